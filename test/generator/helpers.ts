import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtureSpec = path.join(root, 'test/generator/fixtures/spec');
/**
 * The fixture spec's generated code. It imports the runtime from generator/runtime/ (the code under test here)
 * instead of holding a copy in common/; regenerate it with
 *   omaspec generate --spec test/generator/fixtures/spec --out test/generator/fixtures/generated \
 *     --reference test/generator/fixtures/reference --runtime-dir generator/runtime
 */
export const fixtureGenerated = path.join(root, 'test/generator/fixtures/generated');
export const runtimeDir = path.join(root, 'generator/runtime');
/** The generate options the fixture is generated and checked with. */
export const fixtureOptions = { runtimeImport: path.relative(fixtureGenerated, runtimeDir).split(path.sep).join('/') };

/**
 * A scratch directory inside the repository (.omaspec-tmp/, git-ignored) so generated code placed there
 * resolves node_modules like generated/ does. Removed after the test file.
 */
export async function scratch(): Promise<string> {
  const base = path.join(root, '.omaspec-tmp');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, 'gen-'));
  made.push(dir);
  return dir;
}

// One hook, registered when a test file loads: an afterAll registered inside a running test never runs, and
// scratch() is mostly called from tests, which left their directories behind.
const made: string[] = [];
afterAll(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** A writable copy of the fixture spec. */
export async function copyFixtureSpec(into: string): Promise<string> {
  const spec = path.join(into, 'spec');
  await cp(fixtureSpec, spec, { recursive: true });
  return spec;
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, JSON.stringify(value, null, 2) + '\n');
}
