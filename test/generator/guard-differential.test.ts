/**
 * Our generated checks (generator/guard/) against ajv compiled with the generated validators' options, document by
 * document: the guard's answer against ajv's fail-fast code, and the issues of the all-errors code against what
 * toIssues makes of ajv's all-errors code (contents and order). The documents are the golden examples, the cases the
 * golden suite derives from each schema, and random documents drawn from each schema (fixed seed), some keeping to
 * it and some broken in one place or more. Any disagreement is a bug in generator/guard/.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../core/ajv.ts';
import { isRecord } from '../../core/guards.ts';
import { compileGuard } from '../../generator/guard/guard.ts';
import { compileIssues, ISSUES_PRELUDE } from '../../generator/guard/issues.ts';
import { Scope } from '../../generator/guard/scope.ts';
import { deriveNegativeCases, sampleOf } from '../../generator/golden.ts';
import { toIssues } from '../../generator/runtime/validation.ts';
import { sourceTable, type SourceTable } from '../../generator/sources.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import type { MessageMeta } from '../../core/spec-format.ts';
import { loadGoldenFiles } from '../golden/runner.ts';
import { checkAoiClientRegistrationReq } from './fixtures/generated/aoi1/validators.compiled.js';
import { failFastAoiClientRegistrationReq } from './fixtures/generated/aoi1/validators.fail-fast.compiled.js';
import { validateAoiClientRegistrationReq } from './fixtures/generated/index.ts';
import { fixtureSpec, root } from './helpers.ts';

const SEED = 20261202;
const RUNS = 400;
const require = createRequire(import.meta.url);

/** The function as the generated module has it, evaluated here with the same `require`; or why it is not compiled. */
function evaluate<F>(compile: (scope: Scope) => string | undefined, prelude = ''): F | string[] {
  const scope = new Scope('t_');
  const code = compile(scope);
  if (code === undefined) return scope.unsupported;
  return new Function('require', `${prelude}\n${scope.code()}\n${code}\nreturn compiled;`)(require) as F;
}

type Guard = (value: unknown) => boolean;
type Issues = (value: unknown) => ReturnType<typeof toIssues> | null;

const guardOf = (schema: unknown) => evaluate<Guard>((scope) => compileGuard(schema, 'compiled', scope));
const issuesOf = (schema: unknown, table: SourceTable) =>
  evaluate<Issues>((scope) => compileIssues(schema, 'compiled', table, scope), ISSUES_PRELUDE);

type Schema = Record<string, unknown>;

/** Strings that probe lengths counted in code points: astral characters, lone surrogates. */
const tricky = fc.constantFrom('', 'a', '😀', '😀😀', 'a😀', '\ud83d', '\ude00x', 'é'.repeat(3), 'ab'.repeat(40));
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 2 }), tricky, fc.constant(undefined));

/** Documents drawn from a schema: `clean` ones keep to its shape, the others break it here and there. */
interface Draw {
  clean: boolean;
  depth: number;
}

function stringFor(schema: Schema, { clean }: Draw): fc.Arbitrary<string> {
  if (schema.format === 'uri')
    return clean ? fc.webUrl() : fc.oneof(fc.webUrl(), fc.constantFrom('not a url', 'urn:x', 'http://'));
  if (schema.format === 'date-time') {
    const dates = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    return clean ? dates : fc.oneof(dates, fc.constantFrom('2026-02-30T00:00:00Z', '2026-01-01'));
  }
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : min + 8;
  const bounds = clean ? { minLength: min, maxLength: max } : { minLength: Math.max(0, min - 1), maxLength: max + 1 };
  // Astral characters are two UTF-16 units: lengths near the bounds are where code points and units disagree.
  return fc.oneof(fc.string(bounds), fc.string({ ...bounds, unit: 'binary' }), ...(clean ? [] : [tricky]));
}

function numberFor(schema: Schema, integer: boolean, { clean }: Draw): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1000;
  if (clean) return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  const edges = fc.constantFrom(min, max, min - 1, max + 1, min + 0.5, 0, -0);
  return integer ? fc.oneof(fc.integer({ min: min - 2, max: max + 2 }), edges) : fc.oneof(fc.double(), edges);
}

function documentOf(schema: unknown, draw: Draw): fc.Arbitrary<unknown> {
  if (schema === true || !isRecord(schema) || draw.depth > 6) return anyJson;
  const shaped = shapedBy(schema, { ...draw, depth: draw.depth + 1 });
  return draw.clean ? shaped : fc.oneof({ weight: 1, arbitrary: anyJson }, { weight: 4, arbitrary: shaped });
}

function shapedBy(schema: Schema, draw: Draw): fc.Arbitrary<unknown> {
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (branches) {
    const rest = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'oneOf' && k !== 'anyOf'));
    return fc.oneof(...branches.map((b) => documentOf(isRecord(b) ? { ...rest, ...b } : b, draw)));
  }
  const noise = draw.clean ? [] : [anyJson];
  if ('const' in schema) return fc.oneof(fc.constant(schema.const), ...noise);
  if (Array.isArray(schema.enum)) return fc.oneof(fc.constantFrom(...schema.enum), ...noise);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : undefined)];
  return fc.oneof(...type.map((t) => ofType(t, schema, draw)));
}

function ofType(type: unknown, schema: Schema, draw: Draw): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringFor(schema, draw);
    case 'integer':
      return numberFor(schema, true, draw);
    case 'number':
      return numberFor(schema, false, draw);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : min + 3;
      const bounds = draw.clean ? { minLength: min, maxLength: max } : { maxLength: max + 1 };
      return fc.array(documentOf(schema.items, draw), bounds);
    }
    case 'object': {
      const properties = (isRecord(schema.properties) ? schema.properties : {}) as Schema;
      const members = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, documentOf(s, draw)]));
      const required = (schema.required ?? []) as string[];
      if (draw.clean) return fc.record(members, { requiredKeys: required });
      // Every other required member optional to the record, so that some go missing; an extra member now and then.
      const shaped = fc.record(members, { requiredKeys: required.filter((_, i) => i % 2 === 0) });
      const extra = fc.dictionary(fc.constantFrom('extra', 'x', ...Object.keys(properties)), anyJson, { maxKeys: 1 });
      return fc.oneof(
        { weight: 4, arbitrary: shaped },
        fc.tuple(shaped, extra).map(([a, b]) => ({ ...a, ...b })),
      );
    }
    default:
      return anyJson;
  }
}

const drawn = (schema: unknown) =>
  fc.oneof(documentOf(schema, { clean: true, depth: 0 }), documentOf(schema, { clean: false, depth: 0 }));

/** The answer, or that the check threw (ajv's deep equality does on `{ valueOf: false }`, and so does ours). */
function outcome<T>(check: (value: unknown) => T, document: unknown): T | 'throws' {
  try {
    return check(document);
  } catch {
    return 'throws';
  }
}

const specs = [
  { name: 'spec/', dir: path.join(root, 'spec') },
  { name: 'the generator fixture spec', dir: fixtureSpec },
];

for (const { name, dir } of specs) {
  describe(`the checks of ${name} agree with ajv`, async () => {
    const [spec, goldens] = await Promise.all([loadSpec(dir), loadGoldenFiles(path.join(dir, 'examples'))]);
    const failFast = createAjv('generatedFailFast');
    const all = createAjv('generated');
    for (const message of spec.messages) {
      describe(message.meta.id, () => {
        const table = sourceTable(message.schema, message.meta);
        const guard = guardOf(message.schema);
        const issues = issuesOf(message.schema, table);
        const check = failFast.compile(message.schema);
        const checkAll = all.compile(message.schema);
        const ours = (document: unknown) => [
          typeof guard === 'function' && guard(document),
          typeof issues === 'function' && issues(document),
        ];
        const ajvs = (document: unknown) => [
          check(document),
          checkAll(document) ? null : toIssues(checkAll.errors, table),
        ];

        it('is compiled by our generator, not left to ajv', () => {
          expect(guard).toBeTypeOf('function');
          expect(issues).toBeTypeOf('function');
        });

        it('on the golden examples and the derived cases', () => {
          const documents = [
            sampleOf(message.schema),
            ...Object.values(deriveNegativeCases(message.schema, message.meta)).map((c) => c.document),
            ...goldens.filter((g) => g.message === message.meta.id).map((g) => g.document),
          ];
          expect(documents.map((d) => [d, ...ours(d)])).toEqual(documents.map((d) => [d, ...ajvs(d)]));
        });

        it('on random documents drawn from the schema', () => {
          let valid = 0;
          fc.assert(
            fc.property(drawn(message.schema), (document) => {
              const expected = ajvs(document);
              if (expected[0]) valid++;
              expect(ours(document)).toEqual(expected);
            }),
            { seed: SEED, numRuns: RUNS },
          );
          // The documents must exercise both answers, or the comparison says little.
          expect(valid).toBeGreaterThan(RUNS / 20);
          expect(valid).toBeLessThan(RUNS);
        });
      });
    }
  });
}

describe('checks of forms the message schemas do not use yet', () => {
  const ajv = createAjv('generatedFailFast');
  const all = createAjv('generated');
  const at = (line: number) => ({ 'x-omaspec-source': { cr: 'x.txt', section: '1', line } });
  const meta = { id: 'x', interface: 'i', source: { cr: 'x.txt', section: '1', line: 1 } } as MessageMeta;
  const schemas: Schema[] = [
    { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z😀]+$' },
    { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 },
    { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 3, uniqueItems: true },
    {
      allOf: [
        { type: 'object', required: ['a'], properties: { a: true } },
        { type: 'object', properties: { a: { enum: [1, 'b', null, [1]] } } },
      ],
    },
    { not: { const: { a: [1] } } },
    { type: 'string', format: 'date-time' },
    { definitions: { n: { type: ['integer', 'null'] } }, type: 'array', items: { $ref: '#/definitions/n' } },
    { type: ['string', 'boolean', 'null'], minLength: 1, anyOf: [{ type: 'string' }, { type: 'null' }] },
    { type: 'array', items: { type: 'integer', minimum: 0, ...at(2) }, minItems: 1, maxItems: 3 },
    {
      type: 'object',
      required: ['a/b', 'list'],
      additionalProperties: false,
      // Names a JSON pointer escapes (paths) and a URI fragment encodes (ajv's schema paths, hence the sources).
      properties: {
        'a/b': { type: 'string', ...at(3) },
        'c~d': { type: 'integer', ...at(4) },
        'e f': { type: 'string', maxLength: 2 },
        list: {
          type: 'array',
          maxItems: 2,
          items: {
            type: 'object',
            required: ['when'],
            additionalProperties: false,
            properties: { when: { type: 'string', format: 'date-time', ...at(5) } },
          },
          ...at(6),
        },
      },
    },
    {
      ...at(7),
      oneOf: [
        { type: 'object', required: ['a'], properties: { a: { const: 1, ...at(8) } } },
        { type: 'object', required: ['b'], properties: { b: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } },
        {
          type: 'object',
          properties: { a: { const: 1 }, c: { anyOf: [{ type: 'number', minimum: 2 }, { type: 'null' }] } },
        },
      ],
    },
  ];
  for (const schema of schemas) {
    it(JSON.stringify(schema), () => {
      const table = sourceTable(schema, meta);
      const guard = guardOf(schema);
      const check = ajv.compile(schema);
      const issues = issuesOf(schema, table);
      const checkAll = all.compile(schema);
      expect(guard).toBeTypeOf('function');
      if (typeof guard !== 'function') return;
      const allErrors = (document: unknown) => (checkAll(document) ? null : toIssues(checkAll.errors, table));
      fc.assert(
        fc.property(drawn(schema), (document) => {
          expect(outcome(guard, document)).toBe(outcome(check, document));
          if (typeof issues === 'function') expect(outcome(issues, document)).toEqual(outcome(allErrors, document));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it('leaves what it does not know to ajv, saying why', () => {
    const unique = { type: 'array', uniqueItems: true };
    expect(issuesOf(unique, sourceTable(unique, meta))).toEqual(['uniqueItems in the all-errors check']);
    expect(guardOf({ type: 'object', patternProperties: { x: {} } })).toEqual(['keyword patternProperties']);
    expect(guardOf({ type: 'array', items: [{ type: 'string' }] })).toEqual(['items not a schema (tuple form)']);
    expect(guardOf({ properties: { a: { $ref: 'other.json#/x' } } })).toEqual(['$ref "other.json#/x"']);
  });
});

describe("the generated checks keep ajv's `errors`", () => {
  const schema = async () =>
    (await loadSpec(fixtureSpec)).messages.find((m) => m.meta.id === 'aoiClientRegistrationReq')!.schema;
  const wrong = { messageType: 'aoiClientRegistrationReq', deviceNumber: 5, extra: true };
  const right = { messageType: 'aoiClientRegistrationReq', deviceNumber: '1' };

  it("computed from the value last rejected, as ajv's own code gives them, and null once one passes", async () => {
    const failFast = createAjv('generatedFailFast').compile(await schema());
    const all = createAjv('generated').compile(await schema());
    failFast(wrong);
    all(wrong);
    expect(failFastAoiClientRegistrationReq(wrong)).toBe(false);
    expect(failFastAoiClientRegistrationReq.errors).toEqual(failFast.errors);
    expect(validateAoiClientRegistrationReq(wrong).ok).toBe(false);
    expect(checkAoiClientRegistrationReq.errors).toEqual(all.errors);
    expect(failFastAoiClientRegistrationReq(right) && checkAoiClientRegistrationReq(right)).toBe(true);
    expect([failFastAoiClientRegistrationReq.errors, checkAoiClientRegistrationReq.errors]).toEqual([null, null]);
  });
});
