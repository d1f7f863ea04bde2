import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { OmaspecServer, ServerOptions } from '../../../reference/server.ts';
import {
  RawSocket,
  appDeregistration,
  appRegistration,
  deregistration,
  registerClient,
  startServer,
} from '../support.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(
  options: ServerOptions = {},
): Promise<{ server: OmaspecServer; url: string; open: () => Promise<RawSocket> }> {
  const { server, url } = await startServer(options);
  cleanups.push(() => server.close());
  return {
    server,
    url,
    open: async () => {
      const socket = await RawSocket.open(url);
      cleanups.push(() => socket.close());
      return socket;
    },
  };
}

const handleOf = (clientID: string) => clientID.slice(4, 20);

describe('ownership of clientIDs', () => {
  it('refuses with 401 a clientID whose secret part was altered or left out', async () => {
    const { open } = await serve();
    const victim = await open();
    const attacker = await open();
    const clientID = await registerClient(victim);
    const forged = `${clientID.slice(0, -1)}${clientID.endsWith('A') ? 'B' : 'A'}`;
    expect(await attacker.request(deregistration(forged))).toMatchObject({ code: 401 });
    expect(await attacker.request(deregistration(`aoi-${handleOf(clientID)}`))).toMatchObject({ code: 401 });
    expect((await attacker.request(appRegistration(1, forged))).error.code).toBe(401);
    expect((await victim.request(appRegistration(2, clientID))).result.code).toBe(200);
  });

  it('does not let one device deregister the application of another, even knowing its token', async () => {
    const { server, open } = await serve();
    const victim = await open();
    const attacker = await open();
    const victimId = await registerClient(victim);
    const token = (await victim.request(appRegistration(1, victimId))).result.clientAppToken;
    const attackerId = await registerClient(attacker);
    expect((await attacker.request(appDeregistration(2, attackerId, token))).error.code).toBe(401);
    expect(await server.aoi.store.clientsForToken(token)).toEqual([handleOf(victimId)]);
  });

  it('lets a reconnecting device act again by presenting its clientID, and rebinds it to the new connection', async () => {
    const { server, open } = await serve();
    const first = await open();
    const clientID = await registerClient(first);
    const firstConnection = server.aoi.liveConnection(handleOf(clientID));
    expect(firstConnection).toBeDefined();
    first.close();
    await first.closed;
    await expect.poll(() => server.aoi.liveConnection(handleOf(clientID))).toBeUndefined();
    const second = await open();
    expect((await second.request(appRegistration(1, clientID))).result.code).toBe(200);
    const secondConnection = server.aoi.liveConnection(handleOf(clientID));
    expect(secondConnection?.id).not.toBe(firstConnection!.id);
    expect(secondConnection!.send('{"ping":1}')).toBe(true);
    expect(await second.next()).toBe('{"ping":1}');
  });

  it('binds the client to the connection that proved ownership most recently', async () => {
    const { server, open } = await serve();
    const [old, fresh] = [await open(), await open()];
    const clientID = await registerClient(old);
    const before = server.aoi.liveConnection(handleOf(clientID))!.id;
    await fresh.request(appRegistration(1, clientID));
    expect(server.aoi.liveConnection(handleOf(clientID))!.id).not.toBe(before);
    old.close();
    await old.closed;
    await new Promise((r) => setTimeout(r, 50)); // the old socket's close must not unbind the new one
    expect(server.aoi.liveConnection(handleOf(clientID))).toBeDefined();
  });
});

describe('frame limits', () => {
  it('closes with 1009 a message larger than maxPayloadBytes and serves one at the limit', async () => {
    const { open } = await serve({ aoi: { socketLimits: { maxPayloadBytes: 1024 } } });
    const ok = await open();
    const atLimit = JSON.stringify({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }).padEnd(1024, ' ');
    expect(JSON.parse(await (ok.send(atLimit), ok.next()))).toMatchObject({ code: 200 });
    const big = await open();
    big.send('x'.repeat(1025));
    expect((await big.closed).code).toBe(1009);
  });

  it('closes with 1003 on a binary frame', async () => {
    const { open } = await serve();
    const socket = await open();
    socket.ws.send(Buffer.from('{"messageType":"aoiClientRegistrationReq","deviceNumber":"1"}'), { binary: true });
    expect(await socket.closed).toEqual({ code: 1003, reason: expect.stringContaining('binary') });
  });

  it('keeps serving after malformed JSON and unknown messages', async () => {
    const { open } = await serve();
    const socket = await open();
    for (const junk of [
      '',
      'null',
      '{',
      '"text"',
      '{"messageType":"nope"}',
      '{"messageType":"aoiClientRegistrationReq"}',
    ]) {
      socket.send(junk);
      JSON.parse(await socket.next());
    }
    expect(await registerClient(socket)).toMatch(/^aoi-/);
  });
});

describe('connection limits', () => {
  it('closes with 1008 a connection that exceeds its message rate, after serving the burst', async () => {
    const { open } = await serve({ aoi: { socketLimits: { messagesPerSecond: 0.001, messageBurst: 3 } } });
    const socket = await open();
    for (let i = 0; i < 3; i++) await socket.request({ messageType: 'aoiClientRegistrationReq', deviceNumber: `${i}` });
    socket.send({ messageType: 'aoiClientRegistrationReq', deviceNumber: '4' });
    expect((await socket.closed).code).toBe(1008);
  });

  it('answers HTTP 503 to an upgrade beyond maxConnections and accepts again once one closes', async () => {
    const { url, open } = await serve({ aoi: { socketLimits: { maxConnections: 2 } } });
    const first = await open();
    await open();
    await expect(RawSocket.open(url)).rejects.toThrow(/503/);
    first.close();
    await first.closed;
    await new Promise((r) => setTimeout(r, 50)); // let the server see the close
    const again = await open();
    expect(await registerClient(again)).toMatch(/^aoi-/);
  });

  it('drops a peer that stops answering pings and keeps one that answers', async () => {
    const { url, open } = await serve({ aoi: { socketLimits: { heartbeatIntervalMs: 100 } } });
    const silent = new WebSocket(url, { autoPong: false });
    await new Promise((r) => silent.once('open', r));
    const lively = await open();
    const silentClosed = new Promise<number>((r) => silent.once('close', (code) => r(code)));
    expect(await silentClosed).toBe(1006);
    expect(await registerClient(lively)).toMatch(/^aoi-/);
  });

  it('refuses upgrades on paths other than /aoi with 404', async () => {
    const { url } = await serve();
    await expect(RawSocket.open(url.replace('/aoi', '/other'))).rejects.toThrow(/404/);
  });
});

describe('internal failures', () => {
  it('answers 503 without any internal detail when the store fails', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-ref-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const errors: unknown[] = [];
    const { server, open } = await serve({ store: 'sqlite', dataDir, logError: (e) => errors.push(e) });
    const socket = await open();
    const clientID = await registerClient(socket);
    await server.storeWorker!.close();
    const raw = (socket.send(appRegistration(1, clientID)), await socket.next());
    expect(JSON.parse(raw)).toEqual({ jsonrpc: '2.0', id: 1, error: { code: 503, message: 'Service Unavailable' } });
    expect(raw).not.toMatch(/database|sqlite|\bat /i);
    expect(errors).toHaveLength(1);
  });
});
