/**
 * The CR corpus (test/ingest/corpus/<NN-name>/): CR texts in the house style of /work/shared/CR-STYLE.md,
 * each with the schemas a careful human reader writes down for it (expected.json, format in
 * corpus/README.md). Each fixture is built on top of the seed spec or on its own, and the emitted
 * schemas, the findings and the CR examples are compared with the expectation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ajv } from 'ajv';
import { createAjv } from '../../core/ajv.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSpec, type SpecBuild } from '../../ingest/build.ts';
import { lint, type LintReport } from '../../ingest/lint/lint.ts';
import { META_KEYWORD, SCHEMA_BASE, SOURCE_KEYWORD } from '../../core/spec-format.ts';
import { SEED_DIR, copySpecDir, removeSpecDirs, writeSpecDir } from './fixtures.ts';

const CORPUS = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus');

type Variant = 'request' | 'success' | 'error' | 'single';
interface VariantExpectation {
  /** Property name → schema that the emitted property schema must contain (deep subset). */
  properties?: Record<string, unknown>;
  /** Property names that must not be there (removed, renamed away, never defined). */
  absent?: string[];
  /** The `required` list, exactly (as a set; [] = nothing required). */
  required?: string[];
  /** Expected value of `additionalProperties` on the variant's object. */
  additionalProperties?: boolean;
  /** Properties that must stay open objects (opaque): no `additionalProperties: false`. */
  open?: string[];
}
interface MessageExpectation extends Partial<Record<Variant, VariantExpectation>> {
  /** Subset of the message's `x-omaspec` meta (envelope, kind, responseTo, method, source.section …). */
  meta?: Record<string, unknown>;
}
interface FindingExpectation {
  rule: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  /** CR file of the fixture the line is in; default the last one. */
  file?: string;
  /** Regular expression (case-insensitive) the finding's message must match. */
  messageMatch?: string;
  /** Lint status the finding must have; default any. */
  status?: 'open' | 'resolved';
}
interface ExampleExpectation {
  line: number;
  valid: boolean;
  /** `<interface>/<name>` whose emitted schema the example is validated against. */
  message: string;
  file?: string;
}
interface Expected {
  description: string;
  base: 'seed' | 'empty';
  /** CR files of the fixture dir, in order (default ["cr.txt"]). */
  crs?: string[];
  messages?: Record<string, MessageExpectation>;
  /** Messages (`<interface>/<name>`) whose schema must equal the seed build's (minus source meta). */
  unchanged?: string[];
  /** Messages that must not be emitted: `<interface>/<name>`, or `*\/<name>` for any interface. */
  absentMessages?: string[];
  findings?: FindingExpectation[];
  noOpenErrors?: boolean;
  examples?: ExampleExpectation[];
}

const fixtures = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(CORPUS, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

afterAll(removeSpecDirs);

/** Temp spec file name of a fixture CR: sorts after the seed CRs, stable per fixture. */
const crName = (fixture: string, file: string) =>
  `9${fixture.slice(0, 2)}_${fixture.slice(3)}${file === 'cr.txt' ? '' : `_${file.replace(/\.txt$/, '')}`}.txt`;

function specFor(fixture: string, expected: Expected): { dir: string; names: Map<string, string> } {
  const files = expected.crs ?? ['cr.txt'];
  const names = new Map(files.map((f) => [f, crName(fixture, f)]));
  const crs = Object.fromEntries(
    files.map((f) => [names.get(f)!, readFileSync(path.join(CORPUS, fixture, f), 'utf8')]),
  );
  return { dir: expected.base === 'seed' ? copySpecDir(crs) : writeSpecDir({ crs }), names };
}

const schemaOf = (files: Map<string, string>, ref: string): any => {
  const text = files.get(`schemas/${ref}.schema.json`);
  return text === undefined ? undefined : JSON.parse(text);
};
const emitted = (files: Map<string, string>) =>
  [...files.keys()]
    .filter((f) => /^schemas\/(?!common\/).*\.schema\.json$/.test(f))
    .map((f) => f.slice('schemas/'.length, -'.schema.json'.length));

/** The object schema of one variant of an emitted message, or a reason why there is none. */
function variantOf(schema: any, variant: Variant): { node?: any; why?: string } {
  const jsonrpc = schema['x-omaspec']?.envelope === 'jsonrpc';
  const alternatives: any[] = schema.oneOf ?? [schema];
  if (jsonrpc) {
    const member = { request: 'params', success: 'result', error: 'error', single: undefined }[variant];
    if (!member) return { why: `a JSON-RPC message has no "single" variant (envelope ${schema['x-omaspec']?.kind})` };
    const hit = alternatives.find((a) => a?.properties?.[member]);
    return hit
      ? { node: hit.properties[member] }
      : {
          why: `no "${member}" member in the envelope (members: ${alternatives.map((a) => Object.keys(a?.properties ?? {}).join('/')).join(' | ')})`,
        };
  }
  if (variant === 'single' || variant === 'request') {
    return schema.oneOf
      ? {
          why: `expected one object, found oneOf of ${schema.oneOf.length} (${schema.oneOf.map((a: any) => a.title).join(', ')})`,
        }
      : { node: schema };
  }
  if (!schema.oneOf) return { why: `expected a ${variant} variant (oneOf), found a single object` };
  const suffix = variant === 'success' ? /success$/i : /error$/i;
  const hit = schema.oneOf.find((a: any) => suffix.test(a?.title ?? '')) ?? schema.oneOf[variant === 'success' ? 0 : 1];
  return hit ? { node: hit } : { why: `no ${variant} alternative in oneOf` };
}

/** Differences between an expected subset and the actual value, each as "path: what". */
function subsetDiff(expected: unknown, actual: unknown, at: string): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${at}: expected an object containing ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => {
      const a = (actual as Record<string, unknown>)[k];
      const other = actual as Record<string, unknown>;
      if (k === 'const' && a === undefined && Array.isArray(other.enum) && other.enum.length === 1)
        return subsetDiff(v, other.enum[0], `${at}.enum[0]`);
      if (k === 'enum' && a === undefined && Array.isArray(v) && v.length === 1 && 'const' in other)
        return subsetDiff(v[0], other.const, `${at}.const`);
      if (a === undefined)
        return [`${at}.${k}: missing (expected ${JSON.stringify(v)}); has ${JSON.stringify(strip(actual))}`];
      if (k === 'enum' && Array.isArray(v) && Array.isArray(a)) {
        const norm = (xs: unknown[]) =>
          xs
            .map((x) => JSON.stringify(x))
            .sort()
            .join(',');
        return norm(v) === norm(a) ? [] : [`${at}.enum: expected ${JSON.stringify(v)}, got ${JSON.stringify(a)}`];
      }
      return subsetDiff(v, a, `${at}.${k}`);
    });
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => subsetDiff(e, actual[i], `${at}[${i}]`));
  }
  return Object.is(expected, actual)
    ? []
    : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** A schema without the source meta, for comparing schemas built from different CR texts. */
function strip(node: unknown, prose = false): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n, prose));
  if (!node || typeof node !== 'object') return node;
  const drop = (k: string) =>
    k === META_KEYWORD || k === SOURCE_KEYWORD || (!prose && (k === 'description' || k === 'title'));
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => !drop(k))
      .map(([k, v]) => [k, strip(v, prose)]),
  );
}

/** Follows local `$ref`s (`#/definitions/x` pointers and `#name` id fragments) within the message schema. */
function deref(node: any, root: any, seen = new Set<string>()): any {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(ref)) return node;
  seen.add(ref);
  let target: any;
  if (ref.startsWith('#/')) {
    target = root;
    for (const part of ref.slice(2).split('/'))
      target = target?.[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  } else {
    const find = (n: any): any => {
      if (!n || typeof n !== 'object') return undefined;
      if (n.$id === ref || n.id === ref) return n;
      for (const v of Object.values(n)) {
        const hit = find(v);
        if (hit) return hit;
      }
      return undefined;
    };
    target = find(root);
  }
  if (target === undefined) return node;
  const { $ref: _ref, ...rest } = node;
  return deref({ ...target, ...rest }, root, seen);
}

/** A copy of `node` with every local `$ref` replaced by what it points to. */
function inline(node: any, root: any, depth = 0): any {
  if (depth > 20 || !node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => inline(n, root, depth + 1));
  const resolved = deref(node, root);
  return Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, inline(v, root, depth + 1)]));
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** `<interface>/<name>`, or `<interface>/@<section>`: the one message of that interface defined in that section. */
function resolveRef(files: Map<string, string>, ref: string): { schema?: any; why?: string } {
  const [iface, name] = ref.split('/') as [string, string];
  if (!name.startsWith('@')) return { schema: schemaOf(files, ref) };
  const section = name.slice(1);
  const hits = emitted(files).filter(
    (r) => r.startsWith(`${iface}/`) && schemaOf(files, r)?.['x-omaspec']?.source?.section === section,
  );
  return hits.length === 1
    ? { schema: schemaOf(files, hits[0]!) }
    : { why: `${hits.length} messages of ${iface} defined in §${section} (${hits.join(', ')}), expected exactly one` };
}

function messageDiffs(files: Map<string, string>, ref: string, expectation: MessageExpectation): string[] {
  const { schema, why: unresolved } = resolveRef(files, ref);
  if (unresolved) return [`${ref}: ${unresolved}; emitted: ${emitted(files).join(', ')}`];
  if (!schema) return [`${ref}: not emitted; emitted: ${emitted(files).join(', ')}`];
  const diffs: string[] = [];
  if (expectation.meta) diffs.push(...subsetDiff(expectation.meta, schema['x-omaspec'], `${ref} x-omaspec`));
  for (const variant of ['request', 'success', 'error', 'single'] as const) {
    const want = expectation[variant];
    if (!want) continue;
    const found = variantOf(schema, variant);
    const why = found.why;
    const node = found.node && inline(found.node, schema);
    const where = `${ref} [${variant}]`;
    if (!node) {
      diffs.push(`${where}: ${why}`);
      continue;
    }
    for (const [name, sub] of Object.entries(want.properties ?? {})) {
      const actual = node.properties?.[name];
      if (actual === undefined)
        diffs.push(
          `${where} property "${name}": missing; properties are ${JSON.stringify(Object.keys(node.properties ?? {}))}`,
        );
      else diffs.push(...subsetDiff(sub, actual, `${where} property "${name}"`));
    }
    for (const name of want.open ?? [])
      if (node.properties?.[name]?.additionalProperties === false)
        diffs.push(`${where} property "${name}": an opaque object must not be closed (additionalProperties false)`);
    for (const name of want.absent ?? [])
      if (node.properties?.[name] !== undefined)
        diffs.push(`${where} property "${name}": must be absent, is ${JSON.stringify(strip(node.properties[name]))}`);
    if (want.required) {
      const actual: string[] = node.required ?? [];
      if (!sameSet(want.required, actual))
        diffs.push(`${where} required: expected ${JSON.stringify(want.required)}, got ${JSON.stringify(actual)}`);
    }
    if (want.additionalProperties !== undefined && node.additionalProperties !== want.additionalProperties)
      diffs.push(
        `${where} additionalProperties: expected ${want.additionalProperties}, got ${JSON.stringify(node.additionalProperties)}`,
      );
  }
  return diffs;
}

/** The JSON text of the example that starts at `line` (1-based): from its first `{` or `[` to the balancing bracket. */
function exampleAt(text: string, line: number): unknown {
  const rest = text
    .split('\n')
    .slice(line - 1)
    .join('\n');
  const start = rest.search(/[{[]/);
  let depth = 0;
  let inString = false;
  for (let i = start; i < rest.length; i++) {
    const c = rest[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return JSON.parse(rest.slice(start, i + 1));
    }
  }
  throw new Error(`no complete JSON example at line ${line}`);
}

function makeAjv(files: Map<string, string>): Ajv {
  const schemas = [...files].filter(([rel]) => /^schemas\/.*\.schema\.json$/.test(rel));
  return createAjv('documents', { schemas: schemas.map(([, text]) => JSON.parse(text)) });
}

/**
 * What the reader does not read yet, per fixture and check: run as `it.fails`, so each gap stays visible
 * and turns red the day the reader closes it (then remove the entry). Reasons are for the planning notes.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {};

let seed: Promise<SpecBuild> | undefined;
const seedBuild = () => (seed ??= buildSpec(SEED_DIR));

describe.each(fixtures)('corpus fixture %s', (fixture) => {
  const gaps = KNOWN_GAPS[fixture] ?? {};
  const check = (when: boolean, name: string, fn: () => Promise<void>) =>
    !when ? it.skip(name, fn) : gaps[name] ? it.fails(name, fn) : it(name, fn);
  const expected = JSON.parse(readFileSync(path.join(CORPUS, fixture, 'expected.json'), 'utf8')) as Expected;
  const crFiles = expected.crs ?? ['cr.txt'];
  const lastCr = crFiles.at(-1)!;
  let run: Promise<{ build: SpecBuild; report: LintReport; names: Map<string, string> }> | undefined;
  const built = () =>
    (run ??= (async () => {
      const { dir, names } = specFor(fixture, expected);
      const build = await buildSpec(dir);
      const report = await lint(dir);
      return { build, report, names };
    })());

  check(!!expected.messages || !!expected.absentMessages, 'emits the expected message schemas', async () => {
    const { build } = await built();
    const diffs = Object.entries(expected.messages ?? {}).flatMap(([ref, m]) => messageDiffs(build.files, ref, m));
    const present = emitted(build.files);
    for (const ref of expected.absentMessages ?? []) {
      const [iface, name] = ref.split('/');
      const hits = present.filter((p) => (iface === '*' ? p.endsWith(`/${name}`) : p === ref));
      if (hits.length) diffs.push(`${ref}: must not be emitted, found ${hits.join(', ')}`);
    }
    expect(diffs, `${fixture}:\n  ${diffs.join('\n  ')}`).toEqual([]);
  });

  check(!!expected.unchanged?.length, 'keeps the seed schemas of the messages it does not touch', async () => {
    const [{ build }, base] = await Promise.all([built(), seedBuild()]);
    const diffs = (expected.unchanged ?? []).flatMap((ref) => {
      const before = schemaOf(base.files, ref);
      const after = schemaOf(build.files, ref);
      if (!before) return [`${ref}: not in the seed build (bad fixture)`];
      if (!after) return [`${ref}: no longer emitted`];
      const a = JSON.stringify(strip(before, true));
      const b = JSON.stringify(strip(after, true));
      return a === b ? [] : [`${ref}: changed\n    seed:    ${a.slice(0, 600)}\n    fixture: ${b.slice(0, 600)}`];
    });
    expect(diffs, `${fixture}:\n  ${diffs.join('\n  ')}`).toEqual([]);
  });

  check(!!expected.findings?.length, 'reports the expected findings at their lines', async () => {
    const { build, report, names } = await built();
    const all = [...report.findings, ...build.findings.filter((f) => !report.findings.some((l) => l.key === f.key))];
    const missing = (expected.findings ?? []).filter((want) => {
      const file = names.get(want.file ?? lastCr)!;
      const re = want.messageMatch ? new RegExp(want.messageMatch, 'i') : undefined;
      return !all.some(
        (f) =>
          f.rule === want.rule &&
          f.severity === want.severity &&
          f.loc.file === file &&
          f.loc.line === want.line &&
          (!re || re.test(f.message)) &&
          (!want.status || (f as { status?: string }).status === want.status),
      );
    });
    const inFixture = all
      .filter((f) => [...names.values()].includes(f.loc.file))
      .map((f) => `${f.rule}/${f.severity} ${f.loc.file}:${f.loc.line} ${f.message}`);
    expect(
      missing.map(
        (m) =>
          `${m.rule}/${m.severity} at ${m.file ?? lastCr}:${m.line}${m.messageMatch ? ` ~ /${m.messageMatch}/` : ''}`,
      ),
      `${fixture}: findings missing; the fixture's CR findings are:\n  ${inFixture.join('\n  ') || '(none)'}`,
    ).toEqual([]);
  });

  check(!!expected.noOpenErrors, 'leaves no open error', async () => {
    const { report } = await built();
    const open = report.findings
      .filter((f) => f.status === 'open' && f.severity === 'error')
      .map((f) => `${f.key} @${f.loc.file}:${f.loc.line}: ${f.message}`);
    expect(open, `${fixture}: open errors:\n  ${open.join('\n  ')}`).toEqual([]);
  });

  check(
    !!expected.examples?.length,
    'validates the CR examples it marks valid (and rejects those it marks invalid)',
    async () => {
      const { build } = await built();
      let ajv: Ajv;
      try {
        ajv = makeAjv(build.files);
      } catch (error) {
        throw new Error(`${fixture}: emitted schemas do not load into ajv: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const diffs = (expected.examples ?? []).flatMap((ex) => {
        const text = readFileSync(path.join(CORPUS, fixture, ex.file ?? lastCr), 'utf8');
        const document = exampleAt(text, ex.line);
        const validate = ajv.getSchema(`${SCHEMA_BASE}${ex.message}.schema.json`);
        if (!validate) return [`example at line ${ex.line}: no schema for ${ex.message}`];
        const ok = validate(document) as boolean;
        return ok === ex.valid
          ? []
          : [
              `example at line ${ex.line} against ${ex.message}: expected ${ex.valid ? 'valid' : 'invalid'}, got ${ok ? 'valid' : `invalid ${JSON.stringify(validate.errors?.slice(0, 3))}`}`,
            ];
      });
      expect(diffs, `${fixture}:\n  ${diffs.join('\n  ')}`).toEqual([]);
    },
  );
});
