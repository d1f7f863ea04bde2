/**
 * The one way tests run the omaspec CLI: `runCli` calls main() in this process (fast, no start-up),
 * `spawnCli` runs `node bin/omaspec.js` as users do (exit code, real streams, no colours), and `startCli`
 * keeps a long-running command (serve, client listen) up until the test stops it. Spawned, the CLI starts from
 * the precompiled dist/ when no source changed since its build (`npm test` builds first; `npm run build` by
 * hand), else through tsx: both correct, the first several times faster.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(REPO_ROOT, 'bin/omaspec.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() as bin/omaspec.js calls it: its exit code and what it wrote. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const written = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      written[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    return { code: await main(argv), ...written };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

export interface SpawnOptions {
  /** Working directory (default: the repository). */
  cwd?: string;
  /** The bin/omaspec.js to run, e.g. that of a copy of the project (default: this repository's). */
  bin?: string;
  /** Options for node itself, before the script (e.g. `--import` of a module-loading probe). */
  nodeOptions?: string[];
}

const nodeArgs = (args: string[], options: SpawnOptions) => [
  ...(options.nodeOptions ?? []),
  options.bin ?? BIN,
  ...args,
];

/** `node bin/omaspec.js …`, without colours; resolves when it exits. */
export function spawnCli(args: string[], options: SpawnOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      nodeArgs(args, options),
      { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

export interface StartedCli {
  child: ChildProcess;
  /** Resolves with the first match of `pattern` in what the command wrote to stdout or stderr so far. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** A long-running `node bin/omaspec.js …` (serve, client listen). */
export function startCli(args: string[], options: SpawnOptions = {}): StartedCli {
  const child = spawn(process.execPath, nodeArgs(args, options), {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const written = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const)
    child[stream].on('data', (chunk: Buffer) => {
      written[stream] += chunk.toString();
      for (const listener of listeners) listener();
    });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => ({ ...written }),
    waitFor(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (written.stdout + written.stderr).match(pattern);
          if (!match) return;
          done();
          resolve(match);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${written.stdout}\n${written.stderr}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`exited before ${pattern}:\n${written.stdout}\n${written.stderr}`));
        });
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
