import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createClientAppDispatcher } from '../../../generated/clientApp/dispatcher.ts';
import { clientAppHandlers } from '../../../reference/client/client-app-handlers.ts';
import {
  AoiClient,
  AoiRequestError,
  type AoiClientOptions,
  type NotificationHandler,
} from '../../../reference/client/aoi-client.ts';
import { AoiDevice } from '../../../reference/client/device.ts';
import { MemoryDeviceState } from '../../../reference/client/device-state.ts';
import type { OmaspecServer, ServerOptions } from '../../../reference/server.ts';
import { specMember, wireName } from '../spec-members.ts';
import { startServer } from '../support.ts';
import { assembled } from '../../../reference/members.ts';

/** The Client Application's answers name their text member as the spec now does (a CR may rename it). */
const APP_DESC = wireName('clientApp', 'clientAppRegistrationRes', 'desc');

/** A Client Application request as the test writes it; a CR may retype its members (see `assembled`). */
const ask = (device: AoiDevice, members: object) => device.answerClientApplication(assembled(members));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(options: ServerOptions = {}): Promise<{ server: OmaspecServer; url: string }> {
  const started = await startServer(options);
  cleanups.push(() => started.server.close());
  return started;
}

async function connect(url: string, options: AoiClientOptions = {}): Promise<AoiClient> {
  const client = await AoiClient.connect(url, options);
  cleanups.push(() => client.close());
  return client;
}

describe('AoiClient', () => {
  it('runs every AOI-1 procedure as a promise', async () => {
    const { url } = await serve({ aoi: { aoiServerUrl: 'https://aoi.example.test/' } });
    const client = await connect(url);
    const clientID = await client.registerClient('123');
    const [a, b] = await Promise.all([
      client.registerApplication(clientID),
      client.registerApplication(clientID, 'seed'),
    ]);
    expect(a.clientAppToken).not.toBe(b.clientAppToken);
    // Sent while the spec has the member (a CR may remove it).
    const sendsUrl = specMember('aoi1', 'clientAppRegistrationRes', 'aoiServerUrl') !== undefined;
    expect(a.aoiServerUrl).toBe(sendsUrl ? 'https://aoi.example.test/' : undefined);
    await client.deregisterApplication(clientID, a.clientAppToken);
    await client.deregisterClient(clientID);
  });

  it('matches concurrent messageType answers to their requests in order', async () => {
    const { url } = await serve();
    const client = await connect(url);
    const ids = await Promise.all(
      ['1', '', '3'].map((n) => client.registerClient(n).catch((e: AoiRequestError) => e.status)),
    );
    expect(ids[0]).toMatch(/^aoi-/);
    expect(ids[1]).toBe(400);
    expect(ids[2]).toMatch(/^aoi-/);
  });

  it('rejects with the server code (401) as an AoiRequestError', async () => {
    const { url } = await serve();
    const client = await connect(url);
    const error = await client.registerApplication('aoi-nobody').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AoiRequestError);
    expect(error).toMatchObject({ status: 401, reason: 'rejected', code: 'AOI_REJECTED' });
  });

  it('rejects with kind timeout when the server does not answer in time', async () => {
    const silent = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => new Promise((r) => silent.close(r)));
    await new Promise((r) => silent.once('listening', r));
    const client = await connect(`ws://127.0.0.1:${(silent.address() as { port: number }).port}`, {
      requestTimeoutMs: 100,
    });
    await expect(client.registerClient('1')).rejects.toMatchObject({ reason: 'timeout', code: 'AOI_TIMEOUT' });
  });

  it('rejects with kind protocol an answer that does not match its schema', async () => {
    const liar = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => new Promise((r) => liar.close(r)));
    liar.on('connection', (ws) =>
      ws.on('message', () => ws.send('{"messageType":"aoiClientRegistrationRes","code":200}')),
    );
    await new Promise((r) => liar.once('listening', r));
    const client = await connect(`ws://127.0.0.1:${(liar.address() as { port: number }).port}`);
    await expect(client.registerClient('1')).rejects.toMatchObject({ reason: 'protocol', status: 0 });
  });

  it('answers server-initiated notification deliveries with its handler, or 503 without one', async () => {
    const { server, url } = await serve();
    const delivered: unknown[] = [];
    const onNotification: NotificationHandler = async (request) => {
      delivered.push(request.params.payload);
      return { code: 200, message: 'OK' };
    };
    const willing = await connect(url, { onNotification });
    const unwilling = await connect(url);
    const request = (id: string) => ({
      jsonrpc: '2.0' as const,
      id,
      method: 'notificationDeliveryReq' as const,
      params: { clientAppToken: 't', payload: { text: 'hello' }, priority: 1, notificationId: id },
    });
    const a = (await willing.registerClient('1')).slice(4, 20);
    const b = (await unwilling.registerClient('2')).slice(4, 20);
    expect(await server.aoi.requesterFor(a)!.notificationDeliveryReq(request('n-1'))).toEqual({
      jsonrpc: '2.0',
      id: 'n-1',
      result: { code: 200, message: 'OK' },
    });
    expect(delivered).toEqual([{ text: 'hello' }]);
    expect(await server.aoi.requesterFor(b)!.notificationDeliveryReq(request('n-2'))).toMatchObject({
      id: 'n-2',
      error: { code: 503 },
    });
  });

  it('reconnects after the server restarts and keeps using its clientID', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-client-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startServer({ store: 'sqlite', dataDir });
    let reconnected = 0;
    const client = await connect(first.url, {
      backoff: { initialMs: 20, maxMs: 100 },
      onReconnect: () => reconnected++,
    });
    const clientID = await client.registerClient('1');
    await first.server.close();
    const port = Number(new URL(first.url).port);
    await serve({ store: 'sqlite', dataDir, port });
    await expect.poll(() => reconnected, { timeout: 5000 }).toBe(1);
    expect((await client.registerApplication(clientID)).clientAppToken).toBeTruthy();
  });
});

describe('AoiDevice (AOI Client procedures, 9.3.1 API)', () => {
  it('registers on the first Client Application request and stores the token ↔ application mapping', async () => {
    const { server, url } = await serve();
    const state = new MemoryDeviceState();
    const device = new AoiDevice(await connect(url), '555', state);
    const response = await ask(device, {
      messageType: 'clientAppRegistrationReq',
      applicationName: 'mail',
    });
    expect(response).toMatchObject({ messageType: 'clientAppRegistrationRes', code: 200, [APP_DESC]: 'OK' });
    const saved = await state.load();
    expect(saved.clientID).toMatch(/^aoi-/);
    expect(saved.applications).toEqual([
      { applicationName: 'mail', clientAppToken: (response as { clientAppToken: string }).clientAppToken },
    ]);
    expect(await server.aoi.store.clientsForToken(saved.applications[0]!.clientAppToken)).toHaveLength(1);
  });

  it('rebinds to the server after a reconnect by repeating its seeded registrations', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-client-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startServer({ store: 'sqlite', dataDir });
    const client = await connect(first.url, { backoff: { initialMs: 20, maxMs: 100 } });
    const state = new MemoryDeviceState();
    const device = new AoiDevice(client, '555', state);
    await device.registerApplication('weather', 'weather-seed');
    await device.registerApplication('mail');
    await first.server.close();
    const second = await serve({ store: 'sqlite', dataDir, port: Number(new URL(first.url).port) });
    const handle = (await state.load()).clientID!.slice(4, 20);
    await expect.poll(() => second.server.aoi.liveConnection(handle), { timeout: 5000 }).toBeDefined();
    expect((await second.server.aoi.store.applicationsOf(handle)).length).toBe(2);
  });

  it('serves the 9.3.1 Client Application API through the generated clientApp dispatcher', async () => {
    const { url } = await serve();
    const device = new AoiDevice(await connect(url), '555', new MemoryDeviceState());
    const dispatch = createClientAppDispatcher(clientAppHandlers);
    const reply = JSON.parse(
      (await dispatch(
        '{"messageType":"clientAppRegistrationReq","applicationName":"chat","tokenSeed":"room-1"}',
        device,
      ))!,
    );
    const aoiServerUrl = `${url.replace(/^ws/, 'http').replace(/\/aoi$/, '')}/notifications`;
    expect(reply).toEqual({
      messageType: 'clientAppRegistrationRes',
      code: 200,
      [APP_DESC]: 'OK',
      [wireName('clientApp', 'clientAppRegistrationRes', 'clientAppToken')]: await device.tokenOf('chat'),
      // Relayed from the AOI Server's answer while both messages have the member (a CR may remove it).
      ...(specMember('aoi1', 'clientAppRegistrationRes', 'aoiServerUrl') &&
      specMember('clientApp', 'clientAppRegistrationRes', 'aoiServerUrl')
        ? { aoiServerUrl }
        : {}),
    });
    const invalid = JSON.parse((await dispatch('{"messageType":"clientAppRegistrationReq"}', device))!);
    expect(invalid).toMatchObject({ messageType: 'clientAppRegistrationRes', code: 400 });
  });

  it('re-registers once when the server no longer knows the stored clientID', async () => {
    const { url } = await serve();
    const state = new MemoryDeviceState();
    await state.save({ clientID: 'aoi-0000000000000000.' + 'A'.repeat(43), applications: [] });
    const device = new AoiDevice(await connect(url), '555', state);
    const response = await ask(device, {
      messageType: 'clientAppRegistrationReq',
      applicationName: 'news',
      tokenSeed: 's',
    });
    expect(response.code).toBe(200);
    expect((await state.load()).clientID).not.toBe('aoi-0000000000000000.' + 'A'.repeat(43));
  });

  it('answers 400 to an empty applicationName and 503 when the server is unreachable', async () => {
    const { server, url } = await serve();
    const client = await connect(url, { reconnect: false });
    const device = new AoiDevice(client, '555', new MemoryDeviceState());
    expect((await ask(device, { messageType: 'clientAppRegistrationReq', applicationName: '' })).code).toBe(400);
    await server.close();
    expect(await ask(device, { messageType: 'clientAppRegistrationReq', applicationName: 'x' })).toEqual({
      messageType: 'clientAppRegistrationRes',
      code: 503,
      [APP_DESC]: 'Service Unavailable',
    });
  });
});
