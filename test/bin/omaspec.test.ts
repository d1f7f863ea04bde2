import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, spawnCli } from '../cli/run.ts';

/**
 * A project whose only source module is cli/main.ts, and whose build is a dist/cli/main.js that says so: which of
 * the two bin/omaspec.js runs is what it prints.
 */
let project: string;
const BUILT_AT = 1_000_000_000_000;
const main = (from: string) => `export async function main() { process.stdout.write('${from}\\n'); return 0; }\n`;
const source = () => path.join(project, 'cli/main.ts');
const touch = (file: string, ms: number) => utimesSync(file, ms / 1000, ms / 1000);
const run = async () => (await spawnCli([], { cwd: project, bin: path.join(project, 'bin/omaspec.js') })).stdout;

const { writeManifest } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/dist.js')).href)) as {
  writeManifest(root: string, sources: string[], builtAt: number): void;
};

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'omaspec-bin-'));
  for (const dir of ['bin', 'scripts']) cpSync(path.join(REPO_ROOT, dir), path.join(project, dir), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'package.json'), path.join(project, 'package.json'));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  mkdirSync(path.join(project, 'cli'));
  mkdirSync(path.join(project, 'dist/cli'), { recursive: true });
  writeFileSync(source(), main('from the sources'));
  writeFileSync(path.join(project, 'dist/cli/main.js'), main('from dist'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('bin/omaspec.js', () => {
  it('runs the build while no source changed since it started', async () => {
    writeManifest(project, ['cli/main.ts'], BUILT_AT);
    touch(source(), BUILT_AT);
    expect(await run()).toBe('from dist\n');
  });

  it('runs the sources through tsx once a source changed after the build started', async () => {
    writeManifest(project, ['cli/main.ts'], BUILT_AT);
    touch(source(), BUILT_AT + 1);
    expect(await run()).toBe('from the sources\n');
  });

  it('runs the sources through tsx when a module the build compiled is gone', async () => {
    writeManifest(project, ['cli/main.ts', 'cli/gone.ts'], BUILT_AT);
    touch(source(), BUILT_AT);
    expect(await run()).toBe('from the sources\n');
  });

  it('runs the sources through tsx when there is no complete build', async () => {
    rmSync(path.join(project, 'dist/sources.json'));
    expect(await run()).toBe('from the sources\n');
  });
});
