/**
 * Scratch copies of the whole project for spec-evolution tests: what the CLI needs (bin/, cli/, ingest/,
 * generator/, spec/, generated/, reference/, dist/, package.json, tsconfig.json …), without test/ and the VCS,
 * with node_modules symlinked, and the CLI run in them as users run it (`node bin/omaspec.js` with cwd =
 * the copy).
 */
import { spawnCli } from '../cli/run.ts';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NEW_CRS_DIR = path.join(REPO_ROOT, 'test/fixtures/new-crs');

/** Top-level entries that are not part of what `spec add`/`spec build`/`generate`/`check` read or write. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'test', 'bench', 'data', '.omaspec-tmp', '.ci']);

const textOf = (file: string) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();

/**
 * The CR texts of test/fixtures/new-crs/, by file name, sorted — less those the project's manifest already has
 * (the same text under any name): a CR cannot be added to a spec that has it, and tests of adding one would
 * otherwise fail as soon as a spec editor makes a sample part of the spec.
 */
export function newCrFiles(): string[] {
  const spec = path.join(REPO_ROOT, 'spec');
  const manifest = JSON.parse(readFileSync(path.join(spec, 'manifest.json'), 'utf8')) as { crs: string[] };
  const inSpec = new Set(manifest.crs.map((cr) => textOf(path.join(spec, cr))));
  return readdirSync(NEW_CRS_DIR)
    .filter((f) => f.endsWith('.txt') && !inSpec.has(textOf(path.join(NEW_CRS_DIR, f))))
    .sort();
}

/** A parent directory for project copies, with node_modules linked once for all of them. Call the returned remove in afterAll. */
export function scratchParent(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the project into <parent>/<name> (only spec/ with `only: 'spec'`) and returns that directory. */
export function copyProject(parent: string, name: string, only?: 'spec'): string {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  for (const entry of readdirSync(REPO_ROOT)) {
    if (NOT_COPIED.has(entry) || (only === 'spec' && entry !== 'spec')) continue;
    // With their times, so that the copy's dist/ is as fresh as ours and the CLI starts from it (bin/omaspec.js).
    cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true, preserveTimestamps: true });
  }
  return dir;
}

export interface CliRun {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

/** `node <repo or copy>/bin/omaspec.js …` with cwd = `cwd`, without colours. */
export async function omaspec(cwd: string, args: string[], bin = path.join(cwd, 'bin/omaspec.js')): Promise<CliRun> {
  return { args, ...(await spawnCli(args, { cwd, bin })) };
}

/** For an assertion message: the command and what it printed. */
export function describeRun(run: CliRun): string {
  return `omaspec ${run.args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`;
}
