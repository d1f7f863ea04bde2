import { afterEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../../reference/server.ts';
import type { SocketLimits } from '../../../reference/ws/socket-endpoint.ts';
import { RawSocket, registerClient, registration, startServer } from '../support.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(socketLimits: Partial<SocketLimits>, options: ServerOptions = {}) {
  const started = await startServer({ ...options, aoi: { socketLimits } });
  cleanups.push(() => started.server.close());
  const open = async () => {
    const socket = await RawSocket.open(started.url);
    cleanups.push(() => socket.close());
    return socket;
  };
  return { ...started, open };
}

const delivery = (id: string) => ({
  jsonrpc: '2.0' as const,
  id,
  method: 'notificationDeliveryReq' as const,
  params: { clientAppToken: 't', payload: { text: 'hi' }, priority: 1, notificationId: `n-${id}` },
});
const handleOf = (clientID: string) => clientID.slice(4, 20);

describe('per-connection message rate', () => {
  it('counts frames shaped as answers to a pending delivery, and closes with 1008 past the rate', async () => {
    const { server, open } = await serve({ messagesPerSecond: 0.001, messageBurst: 5 });
    const device = await open();
    const requester = server.aoi.requesterFor(handleOf(await registerClient(device)))!;
    void requester.notificationDeliveryReq(delivery('d-1')).catch(() => {});
    await device.next();
    // The attack of issue 14: frames with the pending id that never settle it.
    for (let i = 0; i < 20; i++) device.send({ id: 'd-1' });
    expect((await device.closed).code).toBe(1008);
  });

  it('grants each request the server sends one answer, so acknowledging many deliveries stays within the rate', async () => {
    const { server, open } = await serve({ messagesPerSecond: 0.001, messageBurst: 2 });
    const device = await open();
    const requester = server.aoi.requesterFor(handleOf(await registerClient(device)))!;
    for (let i = 0; i < 10; i++) {
      const answered = requester.notificationDeliveryReq(delivery(`d-${i}`));
      await device.next();
      device.send({ jsonrpc: '2.0', id: `d-${i}`, result: { code: 200, message: 'OK' } });
      expect(await answered).toMatchObject({ result: { code: 200 } });
    }
    // One request of its own is still within the burst left after registration.
    expect((await device.request(registration())).code).toBe(200);
  });

  it('closes with 1008 after repeated responses that match no pending request, however high the rate', async () => {
    const { open } = await serve({ messagesPerSecond: 10_000, messageBurst: 10_000, unmatchedResponseBurst: 3 });
    const device = await open();
    for (let i = 0; i < 3; i++) device.send({ jsonrpc: '2.0', id: `stale-${i}`, result: { code: 200, message: 'OK' } });
    expect((await device.request(registration())).code).toBe(200); // three are tolerated (late answers)
    device.send({ jsonrpc: '2.0', id: 'stale-3', result: { code: 200, message: 'OK' } });
    expect(await device.closed).toMatchObject({ code: 1008, reason: 'too many responses to no pending request' });
  });

  it('answers every message admitted in the burst before closing for the one over the rate', async () => {
    const { open } = await serve({ messagesPerSecond: 0.001, messageBurst: 4 });
    const device = await open();
    for (let i = 0; i < 6; i++) device.send(registration(`${i}`));
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push(JSON.parse(await device.next()).code);
    expect(answers).toEqual([200, 200, 200, 200]);
    expect(await device.closed).toMatchObject({ code: 1008, reason: 'message rate limit exceeded' });
  });

  it('counts ping frames too, and closes a ping flood with 1008', async () => {
    const { open } = await serve({ messagesPerSecond: 0.001, messageBurst: 5 });
    const device = await open();
    for (let i = 0; i < 20; i++) device.ws.ping();
    expect((await device.closed).code).toBe(1008);
  });

  it('grants the pong each heartbeat asks for, so answering pings never closes a quiet client', async () => {
    const { open } = await serve({ messagesPerSecond: 0.001, messageBurst: 1, heartbeatIntervalMs: 20 });
    const device = await open();
    let pings = 0;
    device.ws.on('ping', () => pings++);
    await expect.poll(() => pings, { timeout: 5000 }).toBeGreaterThanOrEqual(10);
    expect((await device.request(registration())).code).toBe(200);
  });
});
