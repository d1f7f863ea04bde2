/**
 * `cr draft` round trip on generated changes to the seed spec (fast-check): renamed, added (with presence, type
 * and constraints), removed and re-presenced members, and enum restrictions, at any depth of any message a CR
 * defines. The draft, added to the seed spec, must build the edited schemas exactly (sources aside) — which
 * exercises the reader on wordings and combinations nobody wrote by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyDraft } from '../../../compat/draft/verify.ts';
import type { SpecSnapshot } from '../../../compat/snapshot.ts';
import { readManifest } from '../../../ingest/manifest.ts';
import { roundTrip, seedSpec } from './round-trip.ts';

type Schema = Record<string, any>;

/** Member names a JSON-RPC list reserves, and the one a messageType message is dispatched by. */
const RESERVED = new Set(['jsonrpc', 'method', 'id', 'params', 'result', 'error', 'data', 'messageType']);
const NAME = fc.stringMatching(/^[a-z][a-z]{2,8}[A-Z]?[a-z]{0,4}$/).filter((n) => !RESERVED.has(n));
const WORD = fc.stringMatching(/^[a-z]{2,8}$/);

const ADDED_TYPE: fc.Arbitrary<Schema> = fc.oneof(
  fc.constant({ type: 'string' }),
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: 'number' }),
  fc.constant({ type: 'string', format: 'uri' }),
  fc.constant({ type: 'string', format: 'date-time' }),
  fc.constant({ type: 'array', items: { type: 'string' } }),
  fc.nat({ max: 256 }).map((n) => ({ type: 'string', maxLength: n + 1 })),
  fc
    .tuple(fc.nat({ max: 8 }), fc.nat({ max: 64 }))
    .map(([a, b]) => ({ type: 'string', minLength: a, maxLength: a + b })),
  fc
    .tuple(fc.nat({ max: 100 }), fc.nat({ max: 5000 }))
    .map(([a, b]) => ({ type: 'integer', minimum: a, maximum: a + b })),
  fc.uniqueArray(WORD, { minLength: 2, maxLength: 4 }).map((values) => ({ type: 'string', enum: values })),
  fc.tuple(NAME, fc.boolean()).map(([member, required]) => ({ type: 'object', ...nested(member, required) })),
  fc
    .tuple(NAME, fc.boolean())
    .map(([member, required]) => ({ type: 'array', items: { type: 'object', ...nested(member, required) } })),
);

/** The members of an added object (the build closes every object a CR states). */
function nested(member: string, required: boolean): Schema {
  return {
    properties: { [member]: { type: 'string' } },
    ...(required ? { required: [member] } : {}),
    additionalProperties: false,
  };
}

type Edit =
  | { kind: 'rename'; to: string }
  | { kind: 'keyword'; keyword: Schema }
  | { kind: 'add'; name: string; required: boolean; schema: Schema }
  | { kind: 'remove' }
  | { kind: 'presence' }
  | { kind: 'restrict'; values: string[] };

const EDIT: fc.Arbitrary<{ target: number; member: number; edit: Edit }> = fc.record({
  target: fc.nat(),
  member: fc.nat(),
  edit: fc.oneof(
    NAME.map((to): Edit => ({ kind: 'rename', to })),
    fc.record({ name: NAME, required: fc.boolean(), schema: ADDED_TYPE }).map((a): Edit => ({ kind: 'add', ...a })),
    fc.constant<Edit>({ kind: 'remove' }),
    fc.constant<Edit>({ kind: 'presence' }),
    fc.uniqueArray(WORD, { minLength: 2, maxLength: 3 }).map((values): Edit => ({ kind: 'restrict', values })),
  ),
});

/** Every object of a CR-defined message whose members a change can edit, with whether its members carry titles. */
function bodies(snapshot: SpecSnapshot): Schema[] {
  const out: Schema[] = [];
  const walk = (object: Schema) => {
    if (!object || typeof object !== 'object') return;
    if (object.properties) out.push(object);
    for (const child of Object.values((object.properties ?? {}) as Record<string, Schema>)) {
      if (child.properties) walk(child);
      if (child.items?.properties) walk(child.items);
    }
  };
  for (const meta of snapshot.index.messages) {
    if (meta.source.cr.startsWith('extensions/')) continue;
    const schema = snapshot.schemas.get(meta.schema) as Schema;
    for (const variant of (schema.oneOf ?? [schema]) as Schema[]) {
      if (meta.envelope !== 'jsonrpc') walk(variant);
      else
        for (const member of ['params', 'result', 'error'])
          if (variant.properties?.[member]) walk(variant.properties[member]);
    }
  }
  return out;
}

const editable = (object: Schema) => Object.keys(object.properties).filter((n) => !RESERVED.has(n));

/** Applies the edit as the build would have emitted it; false when it does not apply to that object. */
function apply(object: Schema, member: number, edit: Edit): boolean {
  const names = editable(object);
  const titled = Object.entries(object.properties as Record<string, Schema>).some(([n, s]) => s.title === n);
  const required = new Set<string>(object.required ?? []);
  const setRequired = () => {
    const list = Object.keys(object.properties).filter((n) => required.has(n));
    if (list.length) object.required = list;
    else delete object.required;
  };
  if (edit.kind === 'add') {
    if (edit.name in object.properties) return false;
    object.properties[edit.name] = { ...(titled ? { title: edit.name } : {}), ...structuredClone(edit.schema) };
    // The build appends JSON-RPC's `data` to every error object after the members the CR states.
    const { data, ...stated } = object.properties;
    if (data) object.properties = { ...stated, data };
    if (edit.required) required.add(edit.name);
    setRequired();
    return true;
  }
  if (!names.length) return false;
  if (edit.kind === 'keyword') {
    Object.assign(object.properties[names[member % names.length]!], structuredClone(edit.keyword));
    return true;
  }
  const name = names[member % names.length]!;
  const schema = object.properties[name] as Schema;
  if (edit.kind === 'rename') {
    if (edit.to in object.properties) return false;
    object.properties = Object.fromEntries(
      Object.entries(object.properties).map(([n, s]) =>
        n === name ? [edit.to, (s as Schema).title === n ? { ...(s as Schema), title: edit.to } : s] : [n, s],
      ),
    );
    if (required.delete(name)) required.add(edit.to);
  } else if (edit.kind === 'remove') {
    if (Object.keys(object.properties).length < 2) return false;
    delete object.properties[name];
    required.delete(name);
  } else if (edit.kind === 'presence') {
    if (!required.delete(name)) required.add(name);
  } else {
    if (schema.type !== 'string' || schema.const !== undefined || schema.format) return false;
    schema.enum = Array.isArray(schema.enum) && schema.enum.length > 1 ? schema.enum.slice(1) : edit.values;
  }
  setRequired();
  return true;
}

/** Keywords some forms cannot state: a pattern, a const, a union of types, an e-mail format, an open object. */
const HARD: fc.Arbitrary<{ target: number; member: number; edit: Edit }> = fc.record({
  target: fc.nat(),
  member: fc.nat(),
  edit: fc
    .constantFrom<Schema>(
      { pattern: '^[a-z]+$' },
      { const: 'fixed' },
      { type: ['null', 'string'] },
      { format: 'email' },
      { type: 'object', properties: { a: { type: 'string' } } },
    )
    .map((keyword): Edit => ({ kind: 'keyword', keyword })),
});

describe('cr draft round trip on generated changes to the seed spec', () => {
  const seed = seedSpec();

  it('reads the draft back into the edited schemas', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(EDIT, { minLength: 1, maxLength: 3 }), async (edits) => {
        const edited = seed.edited(() => {});
        const targets = bodies(edited);
        const applied = edits.filter(({ target, member, edit }) =>
          apply(targets[target % targets.length]!, member, edit),
        );
        fc.pre(applied.length > 0);
        const { draft, differences, readerFindings } = await roundTrip(seed.dir(), seed.spec(), edited);
        expect({
          warnings: draft.warnings,
          differences,
          readerFindings: readerFindings.filter((f) => f.startsWith('error')),
        }).toEqual({
          warnings: [],
          differences: [],
          readerFindings: [],
        });
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('names every message the round trip changes in a warning, with features no bullet states mixed in', async () => {
    const { interfaces } = await readManifest(seed.dir());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(EDIT, HARD), { minLength: 1, maxLength: 3 }), async (edits) => {
        const edited = seed.edited(() => {});
        const targets = bodies(edited);
        const applied = edits.filter(({ target, member, edit }) =>
          apply(targets[target % targets.length]!, member, edit),
        );
        fc.pre(applied.length > 0);
        const { draft, differences } = await roundTrip(seed.dir(), seed.spec(), edited);
        const warnings = [...draft.warnings, ...(await verifyDraft(draft, edited, interfaces))];
        const byPath = new Map(edited.index.messages.map((m) => [m.schema, `${m.interface}.${m.name}`]));
        for (const d of differences) {
          const message = byPath.get(d.what.replace(/^index /, ''))!;
          expect(
            warnings.some((w) => w.startsWith(message)),
            `${message} ${d.at} changed silently`,
          ).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
