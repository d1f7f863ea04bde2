/**
 * The reference server against a bare `ws` server that only parses and stringifies (bench/server-child.ts), each in
 * its own process, driven by a load generator in this one (so both share the machine's cores the same way).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { item, type Item } from './measure.ts';
import { BENCH_KEY } from './server-keys.ts';

const CONNECTIONS = 50;
const IN_FLIGHT = 8;
const DURATION_MS = 4_000;
const QUEUED = 1_000;
const FANOUT = 500;
/** Connections opened before the heap is first measured (see crowd()). */
const FANOUT_WARM_UP = 100;
const FANOUT_ROUNDS = 5;
const CHILD = fileURLToPath(new URL('./server-child.js', import.meta.url));

type Kind = 'omaspec' | 'bare';

interface Child {
  process: ChildProcess;
  url: string;
  httpUrl: string;
  heap(): Promise<number>;
  stop(): Promise<void>;
}

/** What bench/servers-alone.ts may narrow: some measurements only, and a CPU profile of our server. */
export interface ServerBenchOptions {
  only?: ReadonlySet<Measurement>;
  /** Where `node --cpu-prof` writes the profile of the omaspec server process. */
  profileDir?: string;
}

async function start(kind: Kind, dataDir: string, profileDir?: string): Promise<Child> {
  const profile = kind === 'omaspec' && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(CHILD, [kind, dataDir], { execArgv: ['--expose-gc', ...profile], stdio: 'inherit' });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
  return {
    process: child,
    url: `ws://127.0.0.1:${port}/aoi`,
    httpUrl: `http://127.0.0.1:${port}`,
    heap: () =>
      new Promise((resolve) => {
        child.once('message', (m: { heap: number }) => resolve(m.heap));
        child.send({ heap: true });
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // A profiled child must exit by itself (it does when the IPC channel closes): a signal writes no profile.
      if (profile.length > 0) child.disconnect();
      else child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One client connection; `next` resolves with the next message it receives. */
class Connection {
  private readonly inbox: string[] = [];
  private readonly waiting: ((text: string) => void)[] = [];
  onMessage: ((text: string) => void) | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      if (this.onMessage) return this.onMessage(text);
      const waiter = this.waiting.shift();
      if (waiter) waiter(text);
      else this.inbox.push(text);
    });
  }

  static open(url: string): Promise<Connection> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Connection(socket)));
      socket.once('error', reject);
    });
  }

  request(message: object): Promise<Record<string, unknown>> {
    this.socket.send(JSON.stringify(message));
    return this.next().then((text) => JSON.parse(text) as Record<string, unknown>);
  }

  next(): Promise<string> {
    const text = this.inbox.shift();
    return text !== undefined ? Promise.resolve(text) : new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

const openAll = (url: string, n: number) => Promise.all(Array.from({ length: n }, () => Connection.open(url)));
const registration = (i: number) => ({ messageType: 'aoiClientRegistrationReq', deviceNumber: String(1_000_000 + i) });
let rpcId = 0;
const rpc = (method: string, params: object) => ({ jsonrpc: '2.0', id: `r-${rpcId++}`, method, params });

async function registerClient(connection: Connection, i: number): Promise<string> {
  const reply = await connection.request(registration(i));
  if (reply.code !== 200) throw new Error(`registration refused: ${JSON.stringify(reply)}`);
  return reply.clientID as string;
}

/**
 * Answers per second: CONNECTIONS connections keep IN_FLIGHT requests each outstanding for DURATION_MS; the
 * counts of the first and the second half tell whether the rate holds as the server's state grows.
 */
async function load(url: string, prepare: (c: Connection, i: number) => Promise<(n: number) => object>) {
  const connections = await openAll(url, CONNECTIONS);
  const makers = await Promise.all(connections.map((c, i) => prepare(c, i)));
  const halves = [0, 0];
  const start = performance.now();
  const end = start + DURATION_MS;
  await Promise.all(
    connections.map(
      (connection, i) =>
        new Promise<void>((resolve) => {
          let sent = 0;
          let outstanding = 0;
          const send = () => {
            outstanding++;
            connection.socket.send(JSON.stringify(makers[i]!(sent++)));
          };
          connection.onMessage = () => {
            outstanding--;
            const now = performance.now();
            halves[now < start + DURATION_MS / 2 ? 0 : 1]!++;
            if (now < end) send();
            else if (outstanding === 0) resolve();
          };
          for (let k = 0; k < IN_FLIGHT; k++) send();
        }),
    ),
  );
  await Promise.all(connections.map((c) => c.close()));
  const seconds = DURATION_MS / 2000;
  return { rate: (halves[0]! + halves[1]!) / (2 * seconds), early: halves[0]! / seconds, late: halves[1]! / seconds };
}

const noWrite = async () => (n: number) =>
  n % 2 === 0
    ? rpc('clientAppRegistrationReq', { clientID: 'not-a-client-id' }) // 401 before any store access
    : rpc('clientAppRegistrationReq', { clientID: 7 }); // -32602
const clientRegistrations = async (_c: Connection, i: number) => (n: number) => registration(i * 1_000_000 + n);
const appRegistrations = async (c: Connection, i: number) => {
  const clientID = await registerClient(c, i);
  return () => rpc('clientAppRegistrationReq', { clientID });
};

/** Time from the bind (or the bare server's cue) until `count` deliveries arrived at `connection`, each answered. */
async function drained(connection: Connection, count: number, cue: () => void): Promise<number> {
  let received = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    connection.onMessage = (text) => {
      const message = JSON.parse(text) as { id?: string; method?: string };
      if (message.method !== 'notificationDeliveryReq') return;
      connection.socket.send(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { code: 200, message: 'OK' } }));
      if (++received === count) resolve();
    };
    cue();
  });
  return performance.now() - start;
}

async function submit(server: Child, clientAppToken: string): Promise<void> {
  const response = await fetch(`${server.httpUrl}/notifications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientAppToken, payload: { text: 'hello' }, priority: 5 }),
  });
  if (response.status !== 202) throw new Error(`submission refused: ${response.status} ${await response.text()}`);
}

async function queueDrain(kind: Kind, server: Child): Promise<number> {
  const device = await Connection.open(server.url);
  if (kind === 'bare') {
    const ms = await drained(device, QUEUED, () =>
      device.socket.send(JSON.stringify({ messageType: 'benchDrain', count: QUEUED })),
    );
    await device.close();
    return ms;
  }
  const clientID = await registerClient(device, 0);
  const app = await device.request(rpc('clientAppRegistrationReq', { clientID }));
  const token = (app.result as { clientAppToken: string }).clientAppToken;
  await device.close(); // offline: the notifications queue
  for (let i = 0; i < QUEUED; i++) await submit(server, token);
  const again = await Connection.open(server.url);
  // Any request that proves the clientID binds the connection; a token it never registered costs no write.
  const ms = await drained(again, QUEUED, () =>
    again.socket.send(JSON.stringify(rpc('clientAppDeregistrationReq', { clientID, clientAppToken: 'none' }))),
  );
  await again.close();
  return ms;
}

/** The heap per idle connection (registered, for omaspec), and the time one notification takes to reach them all. */
async function crowd(kind: Kind, server: Child): Promise<{ heapPerConnection: number; fanoutMs: number }> {
  const connect = async (from: number, count: number) => {
    const devices = await openAll(server.url, count);
    for (const [n, device] of devices.entries()) {
      const i = from + n;
      if (kind === 'bare') await device.request(registration(i));
      else {
        const clientID = await registerClient(device, i);
        await device.request(rpc('clientAppRegistrationReq', { clientID, tokenSeed: 'bench-seed' }));
      }
    }
    return devices;
  };
  // The heap is measured across the later connections only: the first ones pay for compiling the code they run
  // and for the server's caches, once per process, not per connection.
  const first = await connect(0, FANOUT_WARM_UP);
  const before = await server.heap();
  const devices = [...first, ...(await connect(FANOUT_WARM_UP, FANOUT - FANOUT_WARM_UP))];
  const heapPerConnection = ((await server.heap()) - before) / (FANOUT - FANOUT_WARM_UP);
  const controller = kind === 'bare' ? await Connection.open(server.url) : undefined;
  // One fan-out is a single sample of a few tens of ms: the median of several is the figure.
  const samples: number[] = [];
  for (let round = 0; round < FANOUT_ROUNDS; round++) {
    const start = performance.now();
    await Promise.all([
      ...devices.map((device) => drained(device, 1, () => {})),
      kind === 'bare'
        ? controller!.socket.send(JSON.stringify({ messageType: 'benchFanout' }))
        : submit(server, 'seeded-bench-seed'),
    ]);
    samples.push(performance.now() - start);
  }
  const fanoutMs = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  await Promise.all([...devices, ...(controller ? [controller] : [])].map((c) => c.close()));
  return { heapPerConnection, fanoutMs };
}

export type Measurement = 'noWrite' | 'clientRegistration' | 'appRegistration' | 'drain' | 'crowd';
export const MEASUREMENTS: readonly Measurement[] = [
  'noWrite',
  'clientRegistration',
  'appRegistration',
  'drain',
  'crowd',
];

interface Measured {
  noWrite?: Awaited<ReturnType<typeof load>>;
  clientRegistration?: Awaited<ReturnType<typeof load>>;
  appRegistration?: Awaited<ReturnType<typeof load>>;
  drainMs?: number;
  crowd?: Awaited<ReturnType<typeof crowd>>;
}

async function measure(kind: Kind, { only, profileDir }: ServerBenchOptions): Promise<Measured> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'omaspec-bench-'));
  const server = await start(kind, dataDir, profileDir);
  const wanted = (m: Measurement) => !only || only.has(m);
  const measured: Measured = {};
  try {
    if (wanted('noWrite')) measured.noWrite = await load(server.url, noWrite);
    if (wanted('clientRegistration')) measured.clientRegistration = await load(server.url, clientRegistrations);
    if (wanted('appRegistration')) measured.appRegistration = await load(server.url, appRegistrations);
    if (wanted('drain')) measured.drainMs = await queueDrain(kind, server);
    if (wanted('crowd')) measured.crowd = await crowd(kind, server);
    return measured;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchServers(options: ServerBenchOptions = {}): Promise<Item[]> {
  const ours = await measure('omaspec', options);
  const bare = await measure('bare', options);
  const rate = (o: number, b: number) => ({ ours: o, baseline: b, unit: 'answers/s', better: 'higher' as const });
  const load = `${CONNECTIONS} connections × ${IN_FLIGHT} in flight, ${DURATION_MS / 1000} s`;
  const items: Item[] = [];
  if (ours.noWrite && bare.noWrite)
    items.push(
      item(
        'server_nowrite_vs_bare_ws',
        rate(ours.noWrite.rate, bare.noWrite.rate),
        0.8,
        `401 and -32602 answers (no store access), ${load}`,
      ),
    );
  if (ours.clientRegistration && bare.clientRegistration)
    items.push(
      item(
        'server_client_registration_vs_bare_ws',
        rate(ours.clientRegistration.rate, bare.clientRegistration.rate),
        0.5,
        `aoiClientRegistrationReq, SQLite (durable), ${load}`,
      ),
    );
  if (ours.appRegistration && bare.appRegistration)
    items.push(
      item(
        'server_app_registration_vs_bare_ws',
        rate(ours.appRegistration.rate, bare.appRegistration.rate),
        0.5,
        `clientAppRegistrationReq without seed, SQLite (durable), ${load}`,
      ),
      item(
        'server_app_registration_late_vs_early',
        { ours: ours.appRegistration.late, baseline: ours.appRegistration.early, unit: 'answers/s', better: 'higher' },
        null,
        'second half against first half of the run above: flat is 1.0',
      ),
    );
  if (ours.drainMs !== undefined && bare.drainMs !== undefined)
    items.push(
      item(
        'queue_drain_vs_bare_ws',
        { ours: ours.drainMs, baseline: bare.drainMs, unit: 'ms', better: 'lower' },
        0.5,
        `${QUEUED} queued notifications delivered to one device (each answered) after it binds`,
      ),
    );
  if (ours.crowd && bare.crowd)
    items.push(
      item(
        'fanout_500_vs_bare_ws',
        { ours: ours.crowd.fanoutMs, baseline: bare.crowd.fanoutMs, unit: 'ms', better: 'lower' },
        0.8,
        `one notification to ${FANOUT} devices sharing a seed-derived token, until the last has it; median of ${FANOUT_ROUNDS}`,
      ),
      item(
        'idle_connection_heap_vs_bare_ws',
        {
          ours: ours.crowd.heapPerConnection / 1024,
          baseline: bare.crowd.heapPerConnection / 1024,
          unit: 'KiB',
          better: 'lower',
        },
        0.67,
        `heap per idle connection (registered, one application), the last ${FANOUT - FANOUT_WARM_UP} of ${FANOUT} connections, after a full GC`,
      ),
    );
  return items;
}
