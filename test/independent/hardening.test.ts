// Attacks on the reference AOI Server's robustness from outside: hostile frames, floods, abrupt
// disconnects, connection exhaustion and half-open upgrades. After each attack the server must still
// answer /healthz and a fresh registration (the process never crashes: an uncaught exception would
// fail the vitest worker, and `serverErrors` collects what the server reports as internal).
import { connect as tcpConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServer, type ServerOptions } from '../../reference/server.ts';
import { Peer, getJson, obj } from './wire.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(options: ServerOptions = {}) {
  const serverErrors: unknown[] = [];
  const server = createServer({ port: 0, store: 'memory', logError: (error) => serverErrors.push(error), ...options });
  const { aoiUrl, httpUrl, port } = await server.listen();
  cleanups.push(() => server.close());
  const open = async () => {
    const peer = await Peer.open(aoiUrl);
    cleanups.push(() => peer.close());
    return peer;
  };
  /** The server is alive and consistent: health answers, and a new device can register and use its clientID. */
  const stillServes = async () => {
    expect((await getJson(`${httpUrl}/healthz`)).status).toBe(200);
    const peer = await open();
    const registered = obj(await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }));
    expect(registered.code).toBe(200);
    const app = obj(
      await peer.call({
        jsonrpc: '2.0',
        id: 1,
        method: 'clientAppRegistrationReq',
        params: { clientID: registered.clientID ?? null },
      }),
    );
    expect(obj(app.result).code).toBe(200);
  };
  return { server, aoiUrl, httpUrl, port, open, stillServes, serverErrors };
}

/** Sends raw bytes as one masked text frame, bypassing the client's own UTF-8 handling. */
function sendRawTextFrame(peer: Peer, payload: Buffer): void {
  peer.ws.send(payload, { binary: false });
}

describe('hostile frames', () => {
  it('closes with 1007 on a text frame that is not UTF-8, and keeps serving', async () => {
    const { open, stillServes } = await serve();
    const peer = await open();
    sendRawTextFrame(peer, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect((await peer.closed).code).toBe(1007);
    await stillServes();
  });

  // Deeper than jsonLimits.maxDepth (64): refused before parsing, as each envelope's bad request (issue 14 item 8).
  it('answers 60 000 nested brackets within the size limit without overflowing the stack', async () => {
    const { open, stillServes, serverErrors } = await serve();
    const peer = await open();
    expect(await peer.call('['.repeat(60_000))).toMatchObject({ id: null, error: { code: -32600 } });
    expect(await peer.call(`${'['.repeat(30_000)}${']'.repeat(30_000)}`)).toMatchObject({
      id: null,
      error: { code: -32600 },
    });
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const inParams = `{"jsonrpc":"2.0","id":1,"method":"clientAppRegistrationReq","params":{"clientID":${deep}}}`;
    expect(await peer.call(inParams)).toMatchObject({ id: 1, error: { code: -32600 } });
    const inDeviceNumber = `{"messageType":"aoiClientRegistrationReq","deviceNumber":${deep}}`;
    expect(await peer.call(inDeviceNumber)).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 400 });
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(
      await peer.call(
        `{"jsonrpc":"2.0","id":2,"method":"clientAppRegistrationReq","params":{"clientID":"x","a":${deepObject}}}`,
      ),
    ).toMatchObject({
      id: 2,
      error: { code: -32600 },
    });
    expect(serverErrors).toEqual([]);
    await stillServes();
  });

  it('answers over-long strings with 400 and does not echo them back at length', async () => {
    const { open, stillServes } = await serve();
    const peer = await open();
    const long = 'x'.repeat(60_000);
    peer.sendText(JSON.stringify({ messageType: 'aoiClientRegistrationReq', deviceNumber: long }));
    const raw = await new Promise<string>((resolve) => peer.ws.once('message', (data) => resolve(String(data))));
    expect(JSON.parse(raw)).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 400 });
    expect(raw.length).toBeLessThan(1000);
    await stillServes();
  });

  it('answers a message of thousands of unknown members with a bounded error, not one issue per member', async () => {
    const { open, stillServes } = await serve();
    const peer = await open();
    const members = Array.from({ length: 7000 }, (_, i) => `"${i.toString(36)}":0`).join(',');
    const text = `{"jsonrpc":"2.0","id":1,"method":"clientAppRegistrationReq","params":{"clientID":"a",${members}}}`;
    expect(text.length).toBeLessThan(64 * 1024);
    peer.sendText(text);
    const raw = await new Promise<string>((resolve) => peer.ws.once('message', (data) => resolve(String(data))));
    expect(raw.length).toBeLessThan(text.length);
    const error = obj(obj(JSON.parse(raw)).error);
    expect(error.code).toBe(-32602);
    expect(obj(error.data).issueCount).toBe(7000);
    await stillServes();
  });

  it('neither pollutes prototypes nor routes to inherited names with __proto__ and constructor keys', async () => {
    const { open, stillServes, serverErrors } = await serve();
    const peer = await open();
    const polluting =
      '{"jsonrpc":"2.0","id":1,"method":"clientAppRegistrationReq","params":{"clientID":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}';
    expect(await peer.call(polluting)).toMatchObject({ id: 1, error: { code: -32602 } });
    const hiddenEnvelope =
      '{"__proto__":{"jsonrpc":"2.0"},"messageType":"aoiClientRegistrationReq","deviceNumber":"1"}';
    expect(await peer.call(hiddenEnvelope)).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 400 });
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      expect(await peer.call({ messageType: name })).toMatchObject({ id: null, error: { code: -32601 } });
      expect(await peer.call({ jsonrpc: '2.0', id: name, method: name })).toMatchObject({
        id: name,
        error: { code: -32601 },
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(serverErrors).toEqual([]);
    await stillServes();
  });

  it('closes with 1009 one byte over maxPayloadBytes and answers a frame exactly at it', async () => {
    const { open, stillServes } = await serve({ aoi: { socketLimits: { maxPayloadBytes: 1024 } } });
    const atLimit = await open();
    const body = (n: number) =>
      `{"messageType":"aoiClientRegistrationReq","deviceNumber":"1","pad":"${'p'.repeat(n)}"}`;
    const exact = body(1024 - body(0).length);
    expect(Buffer.byteLength(exact)).toBe(1024);
    expect(await atLimit.call(exact)).toMatchObject({ code: 400 });
    const over = await open();
    over.sendText(body(1025 - body(0).length));
    expect((await over.closed).code).toBe(1009);
    await stillServes();
  });

  it('closes with 1009 a message fragmented into frames that are each below maxPayloadBytes but not together', async () => {
    const { open, stillServes } = await serve({ aoi: { socketLimits: { maxPayloadBytes: 1024 } } });
    const peer = await open();
    for (let i = 0; i < 5; i++) peer.ws.send('x'.repeat(300), { fin: false });
    peer.ws.send('x', { fin: true });
    expect((await peer.closed).code).toBe(1009);
    await stillServes();
  });

  it('closes with 1003 on a binary frame, even one holding a valid request', async () => {
    const { open, stillServes } = await serve();
    const peer = await open();
    peer.ws.send(Buffer.from(JSON.stringify({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' })), {
      binary: true,
    });
    expect((await peer.closed).code).toBe(1003);
    await stillServes();
  });
});

describe('floods and exhaustion', () => {
  it('closes a flooding connection with 1008 while another connection keeps being served', async () => {
    const { open, stillServes } = await serve({ aoi: { socketLimits: { messagesPerSecond: 5, messageBurst: 10 } } });
    const bystander = await open();
    const flooder = await open();
    for (let i = 0; i < 200; i++) flooder.sendText(JSON.stringify({ jsonrpc: '2.0', method: 'foobar' }));
    expect((await flooder.closed).code).toBe(1008);
    expect(await bystander.call({ jsonrpc: '2.0', id: 'still', method: 'foobar' })).toMatchObject({
      id: 'still',
      error: { code: -32601 },
    });
    await stillServes();
  });

  it('closes with 1008 a connection with more than maxQueuedMessages awaiting an answer, and answers exactly that many', async () => {
    // Handlers that finish only when told to, so messages pile up as behind slow seeded registrations.
    let finish!: () => void;
    let held = new Promise<void>((resolve) => (finish = resolve));
    const { open } = await serve({
      aoi: {
        socketLimits: { maxQueuedMessages: 5, messagesPerSecond: 1000, messageBurst: 1000 },
        createDispatcher: () => async (raw) => {
          await held;
          return raw;
        },
      },
    });
    const patient = await open();
    for (let i = 0; i < 5; i++) patient.sendText(JSON.stringify({ n: i }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    for (let i = 0; i < 5; i++) expect(await patient.next()).toEqual({ n: i });
    held = new Promise<void>((resolve) => (finish = resolve));
    const pushy = await open();
    for (let i = 0; i < 6; i++) pushy.sendText(JSON.stringify({ n: i }));
    expect(await pushy.closed).toMatchObject({ code: 1008, reason: 'too many messages awaiting an answer' });
    finish();
    expect(patient.ws.readyState).toBe(patient.ws.OPEN);
  });

  it('refuses upgrades beyond maxConnections with HTTP 503 and accepts again after one leaves', async () => {
    const { open, aoiUrl, stillServes } = await serve({ aoi: { socketLimits: { maxConnections: 3 } } });
    const peers = [await open(), await open(), await open()];
    const refused = await Promise.allSettled(Array.from({ length: 5 }, () => Peer.open(aoiUrl)));
    for (const outcome of refused) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain('HTTP 503');
    }
    peers[0]!.close();
    await peers[0]!.closed;
    await expect
      .poll(
        async () =>
          obj((await getJson(`${aoiUrl.replace('ws:', 'http:').replace('/aoi', '/healthz')}`)).body).connections,
      )
      .toBe(2);
    await stillServes();
  });

  it('drops a half-open upgrade whose headers are not complete within headersTimeoutMs, and serves one completed in time', async () => {
    const { port, stillServes } = await serve({ headersTimeoutMs: 400 });
    const dropped: Promise<string>[] = [];
    for (let i = 0; i < 5; i++) {
      const socket = tcpConnect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write('GET /aoi HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n');
      let answer = '';
      socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
      dropped.push(new Promise((resolve) => socket.once('close', () => resolve(answer))));
      cleanups.push(() => void socket.destroy());
    }
    // A slow client that completes its headers before the timeout is upgraded normally.
    const slow = tcpConnect(port, '127.0.0.1');
    cleanups.push(() => void slow.destroy());
    const upgraded = new Promise<string>((resolve) =>
      slow.once('data', (data: Buffer) => resolve(data.toString('latin1'))),
    );
    slow.write('GET /aoi HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    slow.write(
      'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    expect(await upgraded).toMatch(/^HTTP\/1\.1 101 /);
    for (const answer of await Promise.all(dropped)) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(slow.destroyed).toBe(false);
    await stillServes();
  });
});

describe('abrupt disconnects', () => {
  it('survives sockets terminated while their requests are being handled, leaving no connection behind', async () => {
    const { open, httpUrl, stillServes, serverErrors } = await serve();
    const peer = await open();
    const clientID = obj(await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' })).clientID;
    // Seeded tokens take a memory-hard KDF: the sockets are gone long before the answers are ready.
    for (let i = 0; i < 4; i++) {
      const victim = await open();
      victim.sendText(
        JSON.stringify({
          jsonrpc: '2.0',
          id: i,
          method: 'clientAppRegistrationReq',
          params: { clientID, tokenSeed: `seed-${i}` },
        }),
      );
      victim.sendText(JSON.stringify({ messageType: 'aoiClientRegistrationReq', deviceNumber: '2' }));
      victim.ws.terminate();
    }
    await expect.poll(async () => obj((await getJson(`${httpUrl}/healthz`)).body).connections).toBe(1);
    expect(serverErrors).toEqual([]);
    // The registrations finished against a closed socket; the seeded token is still the same afterwards.
    const again = obj(
      await peer.call({
        jsonrpc: '2.0',
        id: 'x',
        method: 'clientAppRegistrationReq',
        params: { clientID: clientID ?? null, tokenSeed: 'seed-0' },
      }),
    );
    expect(obj(again.result).code).toBe(200);
    await stillServes();
  });

  it('does not bind a client to a connection that closed while its registration was being stored', async () => {
    const { server, aoiUrl, stillServes } = await serve();
    // Hold the store write until the socket is gone, so registration completes after the close.
    let storeWrite!: () => void;
    const held = new Promise<void>((resolve) => (storeWrite = resolve));
    const addClient = server.aoi.store.addClient.bind(server.aoi.store);
    let handle: string | undefined;
    server.aoi.store.addClient = async (client) => {
      handle = client.id;
      await held;
      return addClient(client);
    };
    const peer = await Peer.open(aoiUrl);
    peer.sendText(JSON.stringify({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }));
    await expect.poll(() => handle).toBeDefined();
    peer.ws.terminate();
    await peer.closed;
    await expect.poll(() => server.aoi.endpoint.connectionCount).toBe(0);
    storeWrite();
    await expect.poll(async () => (await server.aoi.store.getClient(handle!)) !== undefined).toBe(true);
    // The stored client exists (its answer was lost with the socket), but it is not bound to the dead connection.
    expect(server.aoi.service.sessionOf(handle!)).toBeUndefined();
    server.aoi.store.addClient = addClient;
    await stillServes();
  });
});

describe('the server as a process', () => {
  it('never lets a hostile peer raise an uncaught exception in this process', async () => {
    const uncaught: unknown[] = [];
    const guard = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', guard);
    cleanups.push(() => void process.off('uncaughtException', guard));
    const { open, stillServes } = await serve();
    const attacks = [
      '\u0000',
      '{"jsonrpc":"2.0","id":1,"result":{}}',
      '{"jsonrpc":"2.0","id":1,"error":"x"}',
      'null',
      '"',
      '1e99999',
      '{"messageType":null}',
    ];
    const peer = await open();
    for (const attack of attacks) peer.sendText(attack);
    peer.ws.terminate();
    const raw = new WebSocket(`${(await open()).ws.url}`);
    raw.on('error', () => {});
    raw.terminate();
    await stillServes();
    expect(uncaught).toEqual([]);
  });
});
