/**
 * `omaspec serve` start-up (to the line saying it listens) and its peak RSS, against a bare node process that
 * starts an HTTP server and says so: the floor any node server pays.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { item, median, type Item } from './measure.ts';

const RUNS = 5;
const BARE = `require('node:http').createServer().listen(0, '127.0.0.1', function () { process.stdout.write('listening on ' + this.address().port + '\\n'); });`;

/** Milliseconds from spawn to the first line matching `ready`, and the peak RSS (MiB) by then. */
async function startOnce(args: string[], ready: RegExp): Promise<{ ms: number; mib: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (ready.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code} before ${ready}: ${out}`)));
    });
    const ms = performance.now() - start;
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    return { ms, mib: Number(peak) / 1024 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
  }
}

async function medianStart(args: () => string[], ready: RegExp) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce(args(), ready));
  return { ms: median(runs.map((r) => r.ms)), mib: median(runs.map((r) => r.mib)) };
}

export async function benchStartup(): Promise<Item[]> {
  const data = mkdtempSync(path.join(tmpdir(), 'omaspec-bench-'));
  try {
    const bin = path.join(PACKAGE_ROOT, 'bin/omaspec.js');
    let n = 0;
    const serve = await medianStart(
      () => [bin, 'serve', '--port', '0', '--data', path.join(data, `run-${n++}`)],
      /health:/,
    );
    const bare = await medianStart(() => ['-e', BARE], /listening on/);
    return [
      item(
        'serve_startup_vs_bare_node',
        { ours: serve.ms, baseline: bare.ms, unit: 'ms', better: 'lower' },
        null,
        `median of ${RUNS}; SQLite store; goal < 500 ms`,
      ),
      item(
        'serve_startup_rss_vs_bare_node',
        { ours: serve.mib, baseline: bare.mib, unit: 'MiB', better: 'lower' },
        null,
        'peak RSS when listening; goal < 100 MiB',
      ),
    ];
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}
