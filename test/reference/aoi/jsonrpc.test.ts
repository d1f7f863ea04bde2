import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, appRegistration, registerClient, startServer } from '../support.ts';

// JSON-RPC 2.0 over the AOI-1 socket, end to end (the dispatcher's behaviour as seen on the wire).
let server: OmaspecServer;
let socket: RawSocket;
let clientID: string;

beforeEach(async () => {
  let url: string;
  ({ server, url } = await startServer());
  socket = await RawSocket.open(url);
  clientID = await registerClient(socket);
});
afterEach(async () => {
  socket.close();
  await server.close();
});

describe('JSON-RPC 2.0 over /aoi', () => {
  it('answers -32700 with id null to text that is not JSON, and keeps serving', async () => {
    expect(await socket.request('{"jsonrpc": "2.0", "method": ')).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: expect.any(String) },
    });
    expect((await socket.request(appRegistration(1, clientID))).result.code).toBe(200);
  });

  it('answers -32600 when method is not a string, with id null when the id itself is invalid', async () => {
    expect(await socket.request({ jsonrpc: '2.0', id: 1, method: 42 })).toMatchObject({
      id: 1,
      error: { code: -32600 },
    });
    expect(await socket.request({ jsonrpc: '2.0', id: { a: 1 }, method: 'x' })).toMatchObject({
      id: null,
      error: { code: -32600 },
    });
  });

  it('answers -32600 when jsonrpc is not "2.0"', async () => {
    expect(
      await socket.request({ jsonrpc: '1.0', id: 5, method: 'clientAppRegistrationReq', params: { clientID } }),
    ).toMatchObject({
      error: { code: -32600 },
    });
  });

  it('answers -32601 for an unknown method, echoing the id', async () => {
    const reply = await socket.request({ jsonrpc: '2.0', id: 'abc', method: 'noSuchMethod', params: {} });
    expect(reply).toMatchObject({ jsonrpc: '2.0', id: 'abc', error: { code: -32601, message: expect.any(String) } });
    expect(reply).not.toHaveProperty('result');
  });

  it('answers -32602 when params lack clientID or carry unknown members', async () => {
    expect(
      await socket.request({ jsonrpc: '2.0', id: 3, method: 'clientAppRegistrationReq', params: {} }),
    ).toMatchObject({
      id: 3,
      error: { code: -32602 },
    });
    expect(
      await socket.request({
        jsonrpc: '2.0',
        id: 4,
        method: 'clientAppDeregistrationReq',
        params: { clientID, tokenSeed: 'x' },
      }),
    ).toMatchObject({ id: 4, error: { code: -32602 } });
  });

  it('echoes ids exactly: strings, integers, fractions, zero', async () => {
    for (const id of ['116', 0, 7, 1.5, '']) {
      expect((await socket.request(appRegistration(id, clientID))).id).toBe(id);
    }
  });

  it('sends nothing back for a notification (no id) and registers nothing for it', async () => {
    socket.send({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } });
    // The next frame must be the answer to the following request, not to the notification.
    expect((await socket.request(appRegistration('after', clientID))).id).toBe('after');
    // The CR requires an id on every registration: a token nobody receives must not be stored.
    expect(await server.aoi.store.applicationsOf(clientID.slice(4, 20))).toHaveLength(1);
  });

  it('answers a single -32600 to an empty batch', async () => {
    expect(await socket.request([])).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: expect.any(String) },
    });
  });

  it('answers a batch member by member, with -32600 for invalid members and nothing for notifications', async () => {
    const reply = await socket.request([
      appRegistration('a', clientID),
      1,
      { jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } },
      { jsonrpc: '2.0', id: 'b', method: 'nope' },
    ]);
    expect(reply).toHaveLength(3);
    expect(reply).toContainEqual(expect.objectContaining({ id: 'a', result: expect.objectContaining({ code: 200 }) }));
    expect(reply).toContainEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } });
    expect(reply).toContainEqual(
      expect.objectContaining({ id: 'b', error: expect.objectContaining({ code: -32601 }) }),
    );
  });

  it('sends nothing for a batch made only of notifications', async () => {
    socket.send([{ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } }]);
    expect((await socket.request(appRegistration('next', clientID))).id).toBe('next');
  });

  it('answers [invalid] batches of non-objects with one -32600 per member', async () => {
    const reply = await socket.request([1, 2]);
    expect(reply).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } },
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } },
    ]);
  });
});
