/**
 * `npm run cluster [-- --nodes N --port P --redis-port R]`: a throw-away Redis (AOF, fsync on every write,
 * in a temp directory) and N `omaspec serve` nodes on it, on ports P, P+1, … of 127.0.0.1, for a person to
 * try cross-node delivery and crashes (kill -9 a node, restart Redis). Ctrl-C stops everything and removes
 * the data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const KEY = 'shop=shop-key-0123456789abcdef';
const BIN = join(import.meta.dirname, '../../bin/omaspec.js');

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '3' },
    port: { type: 'string', default: '7801' },
    'redis-port': { type: 'string', default: '6380' },
  },
});
const [count, firstPort, redisPort] = [values.nodes, values.port, values['redis-port']].map(Number) as [
  number,
  number,
  number,
];
if (![count, firstPort, redisPort].every((n) => Number.isInteger(n) && n > 0))
  throw new Error('--nodes, --port and --redis-port take positive integers');

const dir = mkdtempSync(join(tmpdir(), 'omaspec-cluster-'));
const children: ChildProcess[] = [];
const run = (name: string, command: string, args: string[]) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).trimEnd().split('\n')) process.stdout.write(`[${name}] ${line}\n`);
    });
  child.once('exit', (code, signal) => process.stdout.write(`[${name}] exited (${signal ?? code})\n`));
  children.push(child);
  return child;
};

run('redis', 'redis-server', [
  ...['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', dir],
  ...['--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
]);
const store = `redis://127.0.0.1:${redisPort}`;
// The nodes wait for Redis to answer (up to 5 s), so they may start with it.
for (let i = 0; i < count; i++)
  run(`node${i + 1}`, process.execPath, [
    ...[BIN, 'serve', '--port', String(firstPort + i), '--data', join(dir, `node${i + 1}`)],
    ...['--store', store, '--server-app-key', KEY],
  ]);
process.stdout.write(
  `Redis ${store} (data in ${dir}); nodes on ws://127.0.0.1:${firstPort}..${firstPort + count - 1}/aoi\n` +
    `Server Application key: ${KEY}  (POST /notifications on any node)\nCtrl-C stops everything.\n`,
);

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
/** The nodes first (they give up their routes in Redis), then Redis, then the data. */
const stop = async () => {
  const [redis, ...nodes] = children;
  for (const node of nodes) node.kill('SIGTERM');
  await Promise.all(nodes.map(exited));
  redis!.kill('SIGTERM');
  await exited(redis!);
  rmSync(dir, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
