/**
 * `omaspec generate --package`: the package a consumer installs, built with stock tsc (module NodeNext) and run
 * under plain node — no tsx, no vitest, nothing of this repository on the module path but the package's own
 * dependencies.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { names } from '../../generator/names.ts';
import { buildPackage } from '../../generator/package.ts';
import { loadSpec, type LoadedMessage } from '../../generator/spec-loader.ts';
import { runCli } from '../cli/run.ts';
import { root } from './helpers.ts';

const run = promisify(execFile);
const specDir = path.join(root, 'spec');
const TSC = path.join(root, 'node_modules/typescript/bin/tsc');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Case {
  message: LoadedMessage;
  valid: Json;
  invalid: Json;
  /** The JSON pointer of the member the invalid document breaks. */
  path: string;
}

/** The schema a document path leads to, following `properties` through any `oneOf` branch. */
function schemasAt(schema: unknown, keys: string[]): unknown[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as { properties?: Record<string, unknown>; oneOf?: unknown[] };
  const branches = (node.oneOf ?? []).flatMap((branch) => schemasAt(branch, keys));
  if (keys.length === 0) return [schema, ...branches];
  const [key, ...rest] = keys;
  return [...schemasAt(node.properties?.[key!], rest), ...branches];
}

/** Pointers to the string members nested inside an object of the document (`/params/clientID`, not `/method`). */
function nestedStrings(value: Json, at: string[] = []): string[][] {
  if (typeof value === 'string') return at.length > 1 ? [at] : [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, member]) => nestedStrings(member, [...at, key]));
}

/** Per message of the spec with a valid CR example: the example, and a copy whose nested string is an object. */
async function casesFromSpec(): Promise<Case[]> {
  const spec = await loadSpec(specDir);
  const cases: Case[] = [];
  for (const message of spec.messages) {
    const dir = path.join(specDir, 'examples', message.meta.interface, message.meta.name);
    const examples = await readdir(dir, { recursive: true }).catch(() => []);
    for (const file of examples.filter((f) => f.endsWith('.json')).sort()) {
      const example = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { verdict: string; document: Json };
      if (example.verdict !== 'valid') continue;
      // A member every branch types as a string: an object there is invalid whatever branch is meant.
      const keys = nestedStrings(example.document).find((at) => {
        const found = schemasAt(message.schema, at);
        return found.length > 0 && found.every((s) => (s as { type?: unknown }).type === 'string');
      });
      if (!keys) continue;
      const invalid = structuredClone(example.document) as Record<string, Json>;
      let parent = invalid;
      for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, Json>;
      parent[keys.at(-1)!] = { not: 'a string' };
      cases.push({ message, valid: example.document, invalid, path: `/${keys.join('/')}` });
      break;
    }
  }
  return cases;
}

/** A consumer's program: typed imports from the package root and from one per-interface subpath. */
function consumerSource(pkg: string, cases: Case[]): string {
  const [first] = cases;
  const imports = [...new Set(cases.map((c) => names.validate(c.message.meta)))];
  const viaSubpath = `${names.validate(first!.message.meta)} as viaSubpath`;
  return [
    `import { ${imports.join(', ')} } from '${pkg}';`,
    `import type { ${names.type(first!.message.meta)} } from '${pkg}';`,
    `import { ${viaSubpath} } from '${pkg}/${first!.message.meta.interface}/validators';`,
    `import { readFileSync } from 'node:fs';`,
    `const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { valid: unknown; invalid: unknown }[];`,
    `const checked = viaSubpath(cases[0]!.valid);`,
    `const typed: ${names.type(first!.message.meta)} | undefined = checked.ok ? checked.value : undefined;`,
    `const results = [${cases.map((c, i) => `[${names.validate(c.message.meta)}(cases[${i}]!.valid), ${names.validate(c.message.meta)}(cases[${i}]!.invalid)]`).join(', ')}];`,
    `console.log(JSON.stringify({ typed: typed !== undefined, results }));`,
    '',
  ].join('\n');
}

describe('omaspec generate --package', () => {
  let dir: string;
  let pkgDir: string;
  let cases: Case[];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'omaspec-package-'));
    pkgDir = path.join(dir, 'package');
    cases = await casesFromSpec();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a package that a NodeNext consumer compiles with stock tsc and runs under plain node', async () => {
    expect(cases.length, 'the spec has valid examples with nested string members').toBeGreaterThan(0);
    const generated = await runCli('generate', '--spec', specDir, '--package', pkgDir, '--json');
    expect(generated.code, generated.stderr).toBe(0);

    const manifest = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as {
      name: string;
      type: string;
      types: string;
      exports: Record<string, unknown>;
      dependencies: Record<string, string>;
    };
    expect(manifest).toMatchObject({ type: 'module', types: './index.d.ts' });
    const shipped = await readdir(pkgDir, { recursive: true });
    expect(shipped.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    for (const file of shipped.filter((f) => f.endsWith('.d.ts'))) {
      expect(shipped, file).toContain(file.replace(/\.d\.ts$/, '.js'));
    }

    // The consumer: its own package.json and tsconfig, the package copied into node_modules as npm would,
    // and the package's dependencies (plus @types/node for tsc) linked from this repository's node_modules.
    const consumer = path.join(dir, 'consumer');
    const modules = path.join(consumer, 'node_modules');
    await cp(pkgDir, path.join(modules, manifest.name), { recursive: true });
    for (const dependency of [...Object.keys(manifest.dependencies), '@types/node']) {
      await mkdir(path.dirname(path.join(modules, dependency)), { recursive: true });
      await symlink(path.join(root, 'node_modules', dependency), path.join(modules, dependency), 'dir');
    }
    await writeFile(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { [manifest.name]: '*' } }),
    );
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      // As `tsc --init` writes it; checking @types/node as well would triple the time of this test.
      skipLibCheck: true,
      types: ['node'],
      outDir: 'dist',
      rootDir: 'src',
    };
    await writeFile(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
    await mkdir(path.join(consumer, 'src'));
    await writeFile(path.join(consumer, 'src/main.ts'), consumerSource(manifest.name, cases));
    await writeFile(
      path.join(consumer, 'cases.json'),
      JSON.stringify(cases.map(({ valid, invalid }) => ({ valid, invalid }))),
    );

    await run(process.execPath, [TSC, '-p', consumer]).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${error.stdout ?? String(error)}`);
    });
    const { stdout } = await run(
      process.execPath,
      [path.join(consumer, 'dist/main.js'), path.join(consumer, 'cases.json')],
      {
        cwd: consumer,
      },
    );
    const output = JSON.parse(stdout) as {
      typed: boolean;
      results: [{ ok: boolean }, { ok: boolean; issues?: { path: string }[] }][];
    };
    expect(output.typed).toBe(true);
    cases.forEach((c, i) => {
      const [valid, invalid] = output.results[i]!;
      expect(valid, `${c.message.meta.id} example`).toMatchObject({ ok: true });
      expect(invalid.ok, `${c.message.meta.id} with ${c.path} an object`).toBe(false);
      expect(
        invalid.issues?.map((issue) => issue.path),
        c.message.meta.id,
      ).toContain(c.path);
    });

    // Deterministic: a second build changes nothing but the version it was asked for.
    const again = await runCli(
      'generate',
      '--spec',
      specDir,
      '--package',
      pkgDir,
      '--package-version',
      '1.2.3',
      '--json',
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ written: ['package.json'], removed: [] });
    expect(JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8'))).toMatchObject({ version: '1.2.3' });
  }, 120_000);

  it('refuses a non-empty directory it did not write, and leaves it as it was', async () => {
    const foreign = path.join(dir, 'foreign');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'keep.txt'), 'mine\n');
    const refused = await runCli('generate', '--spec', specDir, '--package', foreign);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('GEN_PACKAGE_DIR_FOREIGN');
    expect(await readdir(foreign)).toEqual(['keep.txt']);
  });

  it('refuses a package name or version npm would not take, naming the option', async () => {
    const spec = await loadSpec(specDir);
    expect(() => buildPackage(spec, new Map(), { name: 'Not A Name' })).toThrow(
      expect.objectContaining({ code: 'GEN_PACKAGE_BAD_NAME', where: '--package-name' }),
    );
    expect(() => buildPackage(spec, new Map(), { version: 'latest' })).toThrow(
      expect.objectContaining({ code: 'GEN_PACKAGE_BAD_NAME', where: '--package-version' }),
    );
  });
});
