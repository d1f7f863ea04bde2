import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, appRegistration, registerClient } from '../support.ts';
import { startNotifyServer, submit } from './support.ts';

const servers: OmaspecServer[] = [];
const sockets: RawSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

/** A raw AOI Client socket bound to a fresh client with an unseeded application; answers nothing by itself. */
async function rawDevice(options: Parameters<typeof startNotifyServer>[0] = {}) {
  const started = await startNotifyServer(options);
  servers.push(started.server);
  // Short timeout: several checks assert that nothing more arrives.
  const socket = await RawSocket.open(started.url, 500);
  sockets.push(socket);
  const clientID = await registerClient(socket);
  const token = (await socket.request(appRegistration(1, clientID))).result.clientAppToken as string;
  return { ...started, socket, token, handle: clientID.slice(4, 20) };
}

const delivery = async (socket: RawSocket) =>
  JSON.parse(await socket.next()) as { id: string; params: { notificationId: string; clientAppToken: string } };

describe('delivery acknowledgement and backpressure', () => {
  it('keeps at most maxInFlightPerConnection deliveries unanswered on a socket and sends the next one per answer', async () => {
    const { httpUrl, socket, token } = await rawDevice({ notifications: { maxInFlightPerConnection: 3 } });
    for (let i = 0; i < 6; i++) await submit(httpUrl, { clientAppToken: token, payload: { i } });
    const first = [await delivery(socket), await delivery(socket), await delivery(socket)];
    await expect(socket.next()).rejects.toThrow(/no answer/);
    socket.send({ jsonrpc: '2.0', id: first[0]!.id, result: { code: 200, message: 'OK' } });
    expect((await delivery(socket)).params.notificationId).not.toBe(first[0]!.params.notificationId);
    await expect(socket.next()).rejects.toThrow(/no answer/);
  });

  it('fills the slot of an answered delivery at once, while its acknowledgement is still being written', async () => {
    const { httpUrl, socket, token, server, handle } = await rawDevice({
      notifications: { maxInFlightPerConnection: 1 },
    });
    const { store } = server.notifications;
    let release!: () => void;
    const written = new Promise<void>((resolve) => (release = resolve));
    const acknowledge = store.acknowledge.bind(store);
    store.acknowledge = async (clientId, notificationId) => (await written, acknowledge(clientId, notificationId));
    for (let i = 0; i < 2; i++) await submit(httpUrl, { clientAppToken: token, payload: { i } });
    const first = await delivery(socket);
    socket.send({ jsonrpc: '2.0', id: first.id, result: { code: 200, message: 'OK' } });
    const second = await delivery(socket);
    expect(second.params.notificationId).not.toBe(first.params.notificationId);
    expect(await server.notifications.store.queued(handle, 0, 10, Date.now())).toHaveLength(2);
    release();
    socket.send({ jsonrpc: '2.0', id: second.id, result: { code: 200, message: 'OK' } });
    await expect.poll(async () => (await server.notifications.store.queued(handle, 0, 10, Date.now())).length).toBe(0);
  });

  it('shares the in-flight bound among all clients bound to one socket', async () => {
    const { httpUrl, socket, token } = await rawDevice({ notifications: { maxInFlightPerConnection: 3 } });
    const second = await registerClient(socket);
    const otherToken = (await socket.request(appRegistration(2, second))).result.clientAppToken as string;
    for (let i = 0; i < 3; i++) {
      await submit(httpUrl, { clientAppToken: token, payload: { i } });
      await submit(httpUrl, { clientAppToken: otherToken, payload: { i } });
    }
    const sent = [await delivery(socket), await delivery(socket), await delivery(socket)];
    await expect(socket.next()).rejects.toThrow(/no answer/);
    for (const { id } of sent) socket.send({ jsonrpc: '2.0', id, result: { code: 200, message: 'OK' } });
    const rest = [await delivery(socket), await delivery(socket), await delivery(socket)];
    const tokens = [...sent, ...rest].map((d) => d.params.clientAppToken);
    expect(tokens.filter((t) => t === token)).toHaveLength(3);
    expect(tokens.filter((t) => t === otherToken)).toHaveLength(3);
  });

  it('redelivers a notification the client answered 503 to, and drops one answered 404', async () => {
    const { httpUrl, socket, token, server, handle } = await rawDevice({ notifications: { retryDelayMs: 50 } });
    const refused = (await submit(httpUrl, { clientAppToken: token, payload: { n: 1 } })).body.notificationId;
    const once = await delivery(socket);
    expect(once.params.notificationId).toBe(refused);
    expect(await server.notifications.store.queued(handle, 0, 10, Date.now())).toHaveLength(1);
    socket.send({ jsonrpc: '2.0', id: once.id, error: { code: 503, message: 'busy' } });
    const again = await delivery(socket);
    expect(again.params.notificationId).toBe(refused);
    expect(again.id).not.toBe(once.id);
    socket.send({ jsonrpc: '2.0', id: again.id, error: { code: 404, message: 'no instance' } });
    await expect.poll(async () => (await server.notifications.store.queued(handle, 0, 10, Date.now())).length).toBe(0);
    await expect(socket.next()).rejects.toThrow(/no answer/);
  });

  it('does not count acknowledgements against the socket message rate', async () => {
    const { httpUrl, socket, token } = await rawDevice({
      aoi: { socketLimits: { messagesPerSecond: 1, messageBurst: 2 } },
    });
    for (let i = 0; i < 10; i++) {
      await submit(httpUrl, { clientAppToken: token, payload: { i } });
      const { id } = await delivery(socket);
      socket.send({ jsonrpc: '2.0', id, result: { code: 200, message: 'OK' } });
    }
    // An answer to nothing the server asked is an ordinary message: it still counts.
    for (let i = 0; i < 3; i++) socket.send({ jsonrpc: '2.0', id: `bogus-${i}`, result: { code: 200, message: 'OK' } });
    expect((await socket.closed).code).toBe(1008);
  });
});
