import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpRouter } from '../../../reference/http/router.ts';
import type { ServerOptions } from '../../../reference/server.ts';
import {
  MAX_CONCURRENT_MESSAGES,
  mountSocketEndpoint,
  type ConnectionContext,
  type MessageHandler,
  type SocketLimits,
} from '../../../reference/ws/socket-endpoint.ts';
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

/** An endpoint alone on a router, with a handler the test controls. */
async function endpointWith(handler: MessageHandler) {
  const router = new HttpRouter();
  const connections: ConnectionContext[] = [];
  const endpoint = mountSocketEndpoint(router, '/t', { handler, onConnect: (c) => void connections.push(c) });
  const http = createServer(router.handle);
  http.on('upgrade', router.handleUpgrade);
  await new Promise<void>((ready) => http.listen(0, '127.0.0.1', ready));
  cleanups.push(async () => {
    await endpoint.close();
    await new Promise<void>((done) => http.close(() => done()));
  });
  const socket = await RawSocket.open(`ws://127.0.0.1:${(http.address() as AddressInfo).port}/t`);
  cleanups.push(() => socket.close());
  return { socket, connections };
}

describe('handling of one connection’s messages', () => {
  it(`handles up to ${MAX_CONCURRENT_MESSAGES} at once and answers them in arrival order, however they finish`, async () => {
    const finish: (() => void)[] = [];
    let started = 0;
    const { socket } = await endpointWith((raw) => {
      started++;
      return new Promise((resolve) => finish.push(() => resolve(`answer ${raw}`)));
    });
    const count = MAX_CONCURRENT_MESSAGES + 2;
    for (let i = 0; i < count; i++) socket.send(`${i}`);
    await expect.poll(() => started).toBe(MAX_CONCURRENT_MESSAGES);
    finish[MAX_CONCURRENT_MESSAGES - 1]!(); // the last one started ends first: one more may start
    await expect.poll(() => started).toBe(MAX_CONCURRENT_MESSAGES + 1);
    for (let i = finish.length - 1; i >= 0; i--) finish[i]!();
    await expect.poll(() => started).toBe(count);
    finish[count - 1]!();
    const answers: string[] = [];
    for (let i = 0; i < count; i++) answers.push(await socket.next());
    expect(answers).toEqual(Array.from({ length: count }, (_, i) => `answer ${i}`));
  });

  it('sends a request of its own after the answers owed to the messages received before it', async () => {
    let finish!: () => void;
    const { socket, connections } = await endpointWith(
      () => new Promise((resolve) => (finish = () => resolve('the answer'))),
    );
    socket.send('question');
    await expect.poll(() => finish).toBeDefined();
    expect(connections[0]!.sendRequest('a request')).toBe(true);
    finish();
    expect([await socket.next(), await socket.next()]).toEqual(['the answer', 'a request']);
  });
});
