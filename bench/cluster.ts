/**
 * `npm run bench:cluster`: notification fan-out through Redis with 1 and with 3 `omaspec serve` nodes
 * (real processes, one throw-away redis-server with AOF always). DEVICES devices share one seeded token and
 * are spread over the nodes; SUBMISSIONS notifications are posted to the first node; every delivery is
 * acknowledged. Reported: deliveries per second (first submission to last delivery) and the latency of each
 * delivery (submission sent → delivery received, one clock: this process), and the 3-node/1-node ratios.
 *
 * What the ratio means here: these machines have 2 cores shared by Redis, the nodes and this process, so 3
 * nodes cannot run 3× the work in parallel; the ratio shows what routing through Redis (wake-ups on pub/sub,
 * a route lookup per copy queued) costs or gains at equal hardware, not how the cluster scales on 3 machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { tokenFromSeed } from '../reference/aoi/tokens.ts';

const DEVICES = 24;
const SUBMISSIONS = 40;
const KEY = 'shop-key-0123456789abcdef';
const SEED = 'bench-fan-out';
const BIN = join(import.meta.dirname, '../bin/omaspec.js');

const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'omaspec-bench-cluster-'));

/** Spawns a process and resolves with the first match of `ready` in its output. */
function start(command: string, args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: string[] }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += String(chunk);
      const match = ready.exec(out);
      if (match) resolve({ child, match: [...match] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${out}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/** A device: registers, binds with SEED, acknowledges every delivery and records its latency. */
async function connectDevice(url: string, latencies: number[], onDelivery: () => void): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const replies: ((message: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown> & {
      params?: { payload: { sentAt: number } };
    };
    if (message.method !== 'notificationDeliveryReq') return replies.shift()?.(message);
    latencies.push(Date.now() - message.params!.payload.sentAt);
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { code: 200, message: 'OK' } }));
    onDelivery();
  });
  const request = (message: unknown) =>
    new Promise<Record<string, unknown>>((resolve) => {
      replies.push(resolve);
      ws.send(JSON.stringify(message));
    });
  const { clientID } = await request({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' });
  await request({ jsonrpc: '2.0', id: 1, method: 'clientAppRegistrationReq', params: { clientID, tokenSeed: SEED } });
  return ws;
}

async function run(nodeCount: number, redisUrl: string, token: string) {
  const nodes = await Promise.all(
    Array.from({ length: nodeCount }, (_, i) =>
      start(
        process.execPath,
        [
          ...[BIN, 'serve', '--port', '0', '--data', join(dir, `n${nodeCount}-${i}`), '--store', redisUrl],
          ...['--server-app-key', `shop=${KEY}`],
        ],
        /omaspec listening on (ws:\/\/\S+)/,
      ),
    ),
  );
  const urls = nodes.map((n) => n.match[1]!);
  const latencies: number[] = [];
  let resolveAll: () => void;
  const allDelivered = new Promise<void>((resolve) => (resolveAll = resolve));
  const expected = DEVICES * SUBMISSIONS;
  const onDelivery = () => latencies.length === expected && resolveAll();
  const devices: WebSocket[] = [];
  for (let i = 0; i < DEVICES; i++) devices.push(await connectDevice(urls[i % nodeCount]!, latencies, onDelivery));
  const httpUrl = urls[0]!.replace(/^ws/, 'http').replace(/\/aoi$/, '');
  const started = Date.now();
  for (let i = 0; i < SUBMISSIONS; i++) {
    const response = await fetch(`${httpUrl}/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ clientAppToken: token, payload: { i, sentAt: Date.now() } }),
    });
    if (response.status !== 202) throw new Error(`submission answered ${response.status}`);
  }
  await allDelivered;
  const seconds = (Date.now() - started) / 1000;
  for (const ws of devices) ws.close();
  for (const node of nodes) node.child.kill('SIGTERM');
  await Promise.all(nodes.map((n) => stopped(n.child)));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    deliveriesPerSecond: expected / seconds,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)]!,
  };
}

try {
  const port = await freePort();
  await start(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
    ],
    /Ready to accept connections/,
  );
  const token = await tokenFromSeed(SEED);
  // Separate databases: the second run starts from empty queues and routes.
  const one = await run(1, `redis://127.0.0.1:${port}/0`, token);
  const three = await run(3, `redis://127.0.0.1:${port}/1`, token);
  const line = (name: string, r: typeof one) =>
    `${name.padEnd(8)} ${r.deliveriesPerSecond.toFixed(0).padStart(8)} deliveries/s   latency median ${r.medianMs} ms, p95 ${r.p95Ms} ms`;
  console.log(`Fan-out: ${SUBMISSIONS} notifications × ${DEVICES} devices, every delivery acknowledged`);
  console.log(line('1 node', one));
  console.log(line('3 nodes', three));
  console.log(
    `3 nodes / 1 node: throughput ×${(three.deliveriesPerSecond / one.deliveriesPerSecond).toFixed(2)}, ` +
      `median latency ×${(three.medianMs / Math.max(1, one.medianMs)).toFixed(2)} (2 shared cores: see bench/cluster.ts)`,
  );
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
