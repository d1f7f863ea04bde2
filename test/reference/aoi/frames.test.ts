import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RawSocket, registration, startServer } from '../support.ts';
import { answersNothingPending, screenFrame } from '../../../reference/aoi/frames.ts';
import { PendingRequests } from '../../../generated/common/requests.ts';
import { DEFAULT_JSON_LIMITS } from '../../../reference/limits/json-depth.ts';
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
  it('answers a messageType frame nested deeper than jsonLimits.maxDepth with its …Res code 400, naming the limit', async () => {
    const socket = await open({ jsonLimits: { maxDepth: 8 } });
    const deep = { ...registration(), extra: JSON.parse('['.repeat(8) + ']'.repeat(8)) };
    expect(await socket.request(deep)).toEqual({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
      desc: 'Bad Request: the document nests deeper than 8 levels',
    });
    // One level less reaches the dispatcher (and its schema check) as before, and the socket stays open.
    const shallow = { ...registration(), extra: JSON.parse('['.repeat(7) + ']'.repeat(7)) };
    expect((await socket.request(shallow)).code).toBe(400);
  });

  it('answers a JSON-RPC frame too deep with -32600 and the id read before the limit, a batch with id null', async () => {
    const socket = await open({ jsonLimits: { maxDepth: 8 } });
    const deep = '['.repeat(10) + ']'.repeat(10);
    expect(await socket.request(appRegistration('"r-1"').replace('"aoi-x.y"', deep))).toEqual({
      jsonrpc: '2.0',
      id: 'r-1',
      error: { code: -32600, message: 'Invalid Request: the document nests deeper than 8 levels' },
    });
    expect(await socket.request(`[${appRegistration('2').replace('"aoi-x.y"', deep)}]`)).toMatchObject({
      id: null,
      error: { code: -32600 },
    });
  });

  it('answers 5,000 levels of nesting instead of overflowing a validator, and keeps serving', async () => {
    const socket = await open();
    const frame = `{"messageType":"aoiClientRegistrationReq","deviceNumber":"1","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await socket.request(frame)).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 400 });
    expect(await socket.request('['.repeat(60_000))).toMatchObject({ id: null, error: { code: -32600 } });
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

describe('screenFrame: which frames may be handled beside the others of their connection', () => {
  const exclusive = (frame: unknown) => {
    const screened = screenFrame(typeof frame === 'string' ? frame : JSON.stringify(frame), DEFAULT_JSON_LIMITS);
    return screened.refusal === undefined && screened.exclusive;
  };
  const rpc = (method: string, params: object) => ({ jsonrpc: '2.0', id: 1, method, params });

  it('lets registrations without a seed and responses overlap', () => {
    expect(exclusive(registration())).toBe(false);
    expect(exclusive(rpc('clientAppRegistrationReq', { clientID: 'c' }))).toBe(false);
    expect(exclusive({ jsonrpc: '2.0', id: 'd-1', result: { code: 200, message: 'OK' } })).toBe(false);
  });

  it('makes deregistrations, seeded registrations, batches and unknown requests wait for the others', () => {
    expect(exclusive({ messageType: 'aoiClientDeregistrationReq', clientID: 'c' })).toBe(true);
    expect(exclusive(rpc('clientAppDeregistrationReq', { clientID: 'c', clientAppToken: 't' }))).toBe(true);
    expect(exclusive(rpc('clientAppRegistrationReq', { clientID: 'c', tokenSeed: 's' }))).toBe(true);
    expect(
      exclusive('{"jsonrpc":"2.0","id":1,"method":"clientAppRegistrationReq","params":{"token\\u0053eed":"s"}}'),
    ).toBe(true);
    expect(exclusive(` [${JSON.stringify(rpc('clientAppRegistrationReq', { clientID: 'c' }))}]`)).toBe(true);
    expect(exclusive(rpc('somethingElse', {}))).toBe(true);
    expect(exclusive({ ...registration(), method: 'clientAppDeregistrationReq' })).toBe(true);
  });
});

describe('answersNothingPending: response-shaped frames that no request of the connection waits for', () => {
  const pending = new PendingRequests();
  void pending.add('d-1', 'notificationDeliveryReq').catch(() => {});
  afterAll(() => pending.close());
  const unmatched = (frame: unknown) =>
    answersNothingPending(
      screenFrame(typeof frame === 'string' ? frame : JSON.stringify(frame), DEFAULT_JSON_LIMITS),
      pending,
    );

  it('matches a response to a pending id and counts one to any other id, or to id null', () => {
    expect(unmatched({ jsonrpc: '2.0', id: 'd-1', result: { code: 200 } })).toBe(false);
    expect(unmatched({ jsonrpc: '2.0', id: 'd-2', result: { code: 200 } })).toBe(true);
    expect(unmatched({ jsonrpc: '2.0', id: 7, error: { code: 404 } })).toBe(true);
    expect(unmatched({ jsonrpc: '2.0', id: null, error: { code: -32700 } })).toBe(true);
    expect(unmatched({ messageType: 'x', id: 'd-9' })).toBe(true);
  });

  it('never counts requests, id-less messages, batches or refused frames', () => {
    expect(unmatched({ jsonrpc: '2.0', id: 'd-2', method: 'clientAppRegistrationReq', params: {} })).toBe(false);
    expect(unmatched({ jsonrpc: '2.0', id: 'd-2', method: 5 })).toBe(false);
    expect(unmatched(registration())).toBe(false);
    expect(unmatched([{ jsonrpc: '2.0', id: 'd-2', result: {} }])).toBe(false);
    expect(unmatched(`{"id":"d-2","result":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)).toBe(false);
  });
});
