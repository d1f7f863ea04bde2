import { afterEach, describe, expect, it } from 'vitest';
import { RawSocket, registration, startServer } from '../support.ts';
import type { OmaspecServer } from '../../../reference/server.ts';

const servers: OmaspecServer[] = [];
const sockets: RawSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of servers.splice(0)) await server.close();
});

async function open(options: Parameters<typeof startServer>[0] = {}): Promise<RawSocket> {
  const { server, url } = await startServer(options);
  servers.push(server);
  const socket = await RawSocket.open(url);
  sockets.push(socket);
  return socket;
}

const appRegistration = (id: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"clientAppRegistrationReq","params":{"clientID":"aoi-x.y"}}`;

describe('AOI-1 frames refused before parsing', () => {
  it('answers -32600 with id null, naming the limit, to a frame nested deeper than jsonLimits.maxDepth', async () => {
    const socket = await open({ jsonLimits: { maxDepth: 8 } });
    const deep = { ...registration(), extra: JSON.parse('['.repeat(8) + ']'.repeat(8)) };
    expect(await socket.request(deep)).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: 'Invalid Request: the document nests deeper than 8 levels' },
    });
    // One level less reaches the dispatcher (and its schema check) as before, and the socket stays open.
    const shallow = { ...registration(), extra: JSON.parse('['.repeat(7) + ']'.repeat(7)) };
    expect((await socket.request(shallow)).code).toBe(400);
  });

  it('answers 5,000 levels of nesting with -32600 instead of overflowing a validator', async () => {
    const socket = await open();
    const frame = `{"messageType":"aoiClientRegistrationReq","deviceNumber":"1","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await socket.request(frame)).toMatchObject({ id: null, error: { code: -32600 } });
    expect((await socket.request(registration())).code).toBe(200);
  });

  it('does not answer an id written 1e-400 as 0: the request is invalid, with id null', async () => {
    const socket = await open();
    expect(await socket.request(appRegistration('1e-400'))).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: 'Invalid Request: the id 1e-400 cannot be echoed exactly' },
    });
    for (const id of ['1e400', '0.10000000000000000000001', '-1e-400']) {
      const batch = await socket.request(`[${appRegistration('7')},${appRegistration(id)}]`);
      expect(batch).toMatchObject({ id: null, error: { code: -32600 } });
    }
  });

  it('keeps ids a double holds exactly, however they are written', async () => {
    const socket = await open();
    for (const [written, echoed] of [
      ['7', 7],
      ['1.50', 1.5],
      ['1e2', 100],
      ['-0', 0],
      ['2.5E-3', 0.0025],
    ] as const)
      expect(await socket.request(appRegistration(written))).toMatchObject({ id: echoed, error: { code: 401 } });
  });
});
