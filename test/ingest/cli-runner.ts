/** Running the omaspec CLI from tests: spawned as users run it, or main() in this process (no tsx start-up). */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { REPO_ROOT } from './fixtures.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node bin/omaspec.js …`, without colours. */
export function spawnOmaspec(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'bin/omaspec.js'), ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** main() as bin/omaspec.js calls it: its exit code and what it wrote. */
export async function runOmaspec(args: string[]): Promise<CliRun> {
  const written = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      written[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    return { code: await main(args), ...written };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
