/**
 * "A new CR needs no code change": for each CR text in test/fixtures/new-crs/, a copy of the project gets
 * `omaspec spec add <cr>`, `omaspec spec build` and `omaspec generate` (the CLI as users run it, in the
 * copy), and must then be consistent: no drift for `omaspec check`, generated/, the reference
 * implementation (with the stubs generate adds) and the tests type-check, and the spec properties of
 * ./spec-properties.ts hold — every message of the CR's sections that the index lists has its schema
 * file, generated type and validator.
 *
 * This asserts only what must hold for any CR; that a sample CR actually yields messages is
 * ./sample-messages.test.ts.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEW_CRS_DIR,
  REPO_ROOT,
  copyProject,
  describeRun,
  newCrFiles,
  omaspec,
  scratchParent,
  type CliRun,
} from './project-copy.ts';
import { allViolations, messageViolations, readProjectSpec, sectionsOf, type ProjectSpec } from './spec-properties.ts';

interface Evolved {
  dir: string;
  add: CliRun;
  build?: CliRun;
  generate?: CliRun;
  check?: CliRun;
}

const crs = newCrFiles();
const scratch = scratchParent('omaspec-add-cr-');
afterAll(scratch.remove);

const evolved = new Map<string, Evolved>();
/** tsc diagnostics, by the copy (CR file name) they are in; '' for those in none. */
const tscErrors = new Map<string, string[]>();
let tscCode = -1;
/** eslint messages on the handler files (where generate adds stubs), by copy. */
const lintErrors = new Map<string, string[]>();

/** spec build and check exit 1 while lint errors are open (a CR's own defects, for decisions); they must say so. */
const endsWell = (run: CliRun | undefined) =>
  run !== undefined && (run.code === 0 || (run.code === 1 && /open error/i.test(`${run.stdout}${run.stderr}`)));

async function evolve(file: string): Promise<Evolved> {
  const dir = copyProject(scratch.dir, path.basename(file, '.txt'));
  const result: Evolved = { dir, add: await omaspec(dir, ['spec', 'add', path.join(NEW_CRS_DIR, file)]) };
  if (result.add.code !== 0) return result;
  result.build = await omaspec(dir, ['spec', 'build']);
  if (!endsWell(result.build)) return result;
  result.generate = await omaspec(dir, ['generate']);
  if (result.generate.code !== 0) return result;
  result.check = await omaspec(dir, ['check']);
  return result;
}

/** One tsc over generated/, reference/ and test/ of every copy: one compiler start instead of one per CR. */
function typeCheck(names: string[]): Promise<void> {
  const config = path.join(scratch.dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify(
      {
        extends: path.join(REPO_ROOT, 'tsconfig.json'),
        include: names.flatMap((n) => [`${n}/generated`, `${n}/reference`, `${n}/test`]),
      },
      null,
      2,
    ),
  );
  const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsc, '--noEmit', '--pretty', 'false', '-p', config],
      { cwd: scratch.dir, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        tscCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        for (const line of `${stdout}${stderr}`.split('\n').filter((l) => /error TS\d+/.test(l))) {
          const owner =
            names.find((n) => line.startsWith(`${n}/`) || line.includes(`${path.sep}${n}${path.sep}`)) ?? '';
          tscErrors.set(owner, [...(tscErrors.get(owner) ?? []), line]);
        }
        if (tscCode !== 0 && tscErrors.size === 0) tscErrors.set('', [`tsc exited ${tscCode}: ${stdout}${stderr}`]);
        resolve();
      },
    );
  });
}

/** The project's own eslint config over each copy's handler files: the stubs generate adds must pass `npm test`'s lint. */
async function lintHandlers(names: string[]): Promise<void> {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: scratch.dir, overrideConfigFile: path.join(REPO_ROOT, 'eslint.config.js') });
  for (const result of await eslint.lintFiles(names.map((n) => `${n}/reference/**/handlers.ts`))) {
    const owner = path.relative(scratch.dir, result.filePath).split(path.sep)[0]!;
    const messages = result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    if (messages.length) lintErrors.set(owner, [...(lintErrors.get(owner) ?? []), ...messages]);
  }
}

beforeAll(async () => {
  // Three at a time: the CLI runs are CPU-bound, and three keep CI's two cores busy while one waits on the disk.
  const t0 = Date.now();
  const queue = [...crs];
  await Promise.all(
    [0, 1, 2].map(async () => {
      for (let file = queue.shift(); file; file = queue.shift()) evolved.set(file, await evolve(file));
    }),
  );
  const t1 = Date.now();
  const ready = crs.filter((f) => evolved.get(f)?.generate?.code === 0).map((f) => path.basename(f, '.txt'));
  if (ready.length > 0) await Promise.all([typeCheck(ready), lintHandlers(ready)]);
  if (process.env.OMASPEC_TIMING) console.log(`cli ${t1 - t0} ms, tsc ${Date.now() - t1} ms`);
}, 120_000);

it('has new CRs to add (test/fixtures/new-crs/*.txt)', () => {
  expect(crs.length).toBeGreaterThan(0);
});

describe.each(crs)('adding %s to the project', (file) => {
  const name = path.basename(file, '.txt');
  const state = () => evolved.get(file)!;
  const spec = (): ProjectSpec => readProjectSpec(state().dir);

  it('spec add and generate exit 0; spec build exits 0, or 1 naming its open errors', () => {
    const { add, build, generate } = state();
    expect(add.code, describeRun(add)).toBe(0);
    expect(endsWell(build), build && describeRun(build)).toBe(true);
    expect(generate?.code, generate && describeRun(generate)).toBe(0);
  });

  it('appends the CR to the manifest, and the index lists it last', () => {
    const { manifest, index } = spec();
    expect(manifest.crs.at(-1)).toBe(`crs/${file}`);
    expect(index.crs.at(-1)?.file).toBe(file);
  });

  it('leaves no drift between spec/ and generated/ (omaspec check exits 0, or 1 for open errors only)', () => {
    const { check } = state();
    expect(endsWell(check), check && describeRun(check)).toBe(true);
  });

  // reference/ names the members it sends through generated <iface>Fields, so a rename needs no change there;
  // test/ is checked too, since `npm test` type-checks it and tests must not pin the spec's types.
  it('leaves generated/, reference/ (with the new handler stubs) and test/ type-checking', () => {
    expect(tscErrors.get(name) ?? [], 'tsc errors in this copy').toEqual([]);
    // An exit without diagnostics is recorded under '' (see typeCheck); another copy's errors are its own test's.
    expect(tscErrors.get('') ?? [], 'tsc errors in no copy').toEqual([]);
  });

  it('leaves the handler files, with the stubs generate added, clean for eslint', () => {
    expect(lintErrors.get(name) ?? []).toEqual([]);
  });

  it("gives every message of the CR's sections in the new index a schema file, a generated type and validator", () => {
    const s = spec();
    const sections = sectionsOf(readFileSync(path.join(NEW_CRS_DIR, file), 'utf8'));
    const ofCr = s.index.messages.filter((m) => m.source?.cr === file || sections.includes(m.source?.section ?? ''));
    expect(messageViolations(s, ofCr)).toEqual([]);
  });

  it('keeps every spec property of the project (pairs, handlers, no orphan schema or example)', () => {
    expect(allViolations(spec())).toEqual([]);
  });
});
