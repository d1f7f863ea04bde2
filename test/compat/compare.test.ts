import { describe, expect, it } from 'vitest';
import { compareSpecs, type Breaks } from '../../compat/compare.ts';
import type { SpecSnapshot } from '../../compat/snapshot.ts';
import type { CompatRuleId } from '../../compat/rules.ts';
import { request } from './rules/cases.ts';

type Schema = Record<string, any>;

/** A one-message spec: an AOI Client → AOI Server messageType request (or the given shape). */
function spec(schema: Schema, meta: Partial<{ envelope: string; messageType: string; direction: string }> = {}) {
  const message = {
    interface: 'aoi1',
    name: 'probeReq',
    id: 'probeReq',
    envelope: meta.envelope ?? 'messageType',
    kind: 'request',
    direction: meta.direction ?? 'clientToServer',
    messageType: meta.messageType ?? 'probeReq',
    source: { cr: 'X.txt', section: '1.1', line: 1 },
    schema: 'aoi1/probeReq.schema.json',
  };
  return {
    label: 'fixture',
    index: {
      interfaces: [
        { id: 'aoi1', title: '', transport: 'websocket', client: 'AOI Client', server: 'AOI Server', sections: [] },
      ],
      messages: [message],
    },
    schemas: new Map([[message.schema, schema]]),
  } as unknown as SpecSnapshot;
}

const base = request;

const oldSender = { oldSender: true, oldReceiver: false };
const oldReceiver = { oldSender: false, oldReceiver: true };
const both = { oldSender: true, oldReceiver: true };
const neither = { oldSender: false, oldReceiver: false };

/** [what changes, the edit, the rule, the deployments it breaks, the object position]. */
const CASES: [string, (s: Schema) => void, CompatRuleId, Breaks, boolean?][] = [
  [
    'optional member added to a closed object',
    (s) => (s.properties.note = { type: 'string' }),
    'property-added-optional',
    oldReceiver,
  ],
  [
    'optional member added to an open object',
    (s) => (s.properties.note = { type: 'string' }),
    'property-added-optional',
    neither,
    false,
  ],
  [
    'mandatory member added to a closed object',
    (s) => {
      s.properties.note = { type: 'string' };
      s.required.push('note');
    },
    'property-added-required',
    both,
  ],
  [
    'mandatory member added to an open object',
    (s) => {
      s.properties.note = { type: 'string' };
      s.required.push('note');
    },
    'property-added-required',
    oldSender,
    false,
  ],
  ['optional member removed from a closed object', (s) => delete s.properties.kind, 'property-removed', oldSender],
  ['optional member removed from an open object', (s) => delete s.properties.kind, 'property-removed', neither, false],
  [
    'mandatory member removed from an open object',
    (s) => {
      delete s.properties.id;
      s.required = ['messageType'];
    },
    'property-removed',
    oldReceiver,
    false,
  ],
  ['optional → mandatory', (s) => s.required.push('count'), 'property-now-required', oldSender],
  ['mandatory → optional', (s) => (s.required = ['messageType']), 'property-now-optional', oldReceiver],
  ['integer → number', (s) => (s.properties.count.type = 'number'), 'type-widened', oldReceiver],
  ['string → [string, null]', (s) => (s.properties.id.type = ['null', 'string']), 'type-widened', oldReceiver],
  ['[string, null] → string (narrowed)', (s) => (s.properties.kind.type = 'string'), 'type-narrowed', oldSender],
  ['string → integer', (s) => (s.properties.id.type = 'integer'), 'type-changed', both],
  ['enum value removed', (s) => (s.properties.kind.enum = ['a']), 'values-removed', oldSender],
  ['enum value added', (s) => (s.properties.kind.enum = ['a', 'b', 'c']), 'values-added', oldReceiver],
  ['enum lifted', (s) => delete s.properties.kind.enum, 'values-added', oldReceiver],
  ['maxLength lowered', (s) => (s.properties.id.maxLength = 32), 'constraint-tightened', oldSender],
  ['minimum raised', (s) => (s.properties.count.minimum = 2), 'constraint-tightened', oldSender],
  ['maximum raised', (s) => (s.properties.count.maximum = 20), 'constraint-relaxed', oldReceiver],
  ['maxItems removed', (s) => delete s.properties.list.maxItems, 'constraint-relaxed', oldReceiver],
  ['pattern introduced', (s) => (s.properties.id.pattern = '^[a-z]+$'), 'constraint-tightened', oldSender],
  ['pattern changed', (s) => (s.properties.id.pattern = '^x$'), 'constraint-tightened', both],
  ['nested object opened', (s) => (s.properties.meta.additionalProperties = true), 'object-opened', oldReceiver],
  ['message object opened', (s) => (s.additionalProperties = true), 'object-opened', oldReceiver],
  ['message object closed', (s) => (s.additionalProperties = false), 'object-closed', oldSender, false],
  [
    'nested member added to a closed nested object',
    (s) => (s.properties.meta.properties.v = { type: 'integer' }),
    'property-added-optional',
    oldReceiver,
  ],
  ['array items retyped', (s) => (s.properties.list.items.type = 'integer'), 'type-changed', both],
  [
    'combined schema changed',
    (s) => (s.properties.count.oneOf = [{ minimum: 1 }, { maximum: 0 }]),
    'schema-changed',
    both,
  ],
];

describe('compareSpecs, one change at a time', () => {
  it.each(CASES)('%s', (_what, edit, rule, breaks, closed = true) => {
    const before = base(closed);
    if (_what.includes('(narrowed)')) before.properties.kind.type = ['null', 'string'];
    if (_what === 'pattern changed') before.properties.id.pattern = '^[a-z]+$';
    const after = structuredClone(before);
    edit(after);
    const findings = compareSpecs(spec(before), spec(after));
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.breaks).toEqual(breaks);
    expect(findings[0]!.level).toBe(breaks.oldSender || breaks.oldReceiver ? 'breaking' : 'info');
  });

  it('reports nothing when only titles, descriptions and sources change', () => {
    const after = base();
    after.properties.id.description = 'reworded';
    after.properties.id['x-omaspec-source'] = { cr: 'Y.txt', section: '2', line: 9 };
    expect(compareSpecs(spec(base()), spec(after))).toEqual([]);
  });

  it('reports a removed and an added member of the same type at the same position as one likely rename', () => {
    const after = base();
    const { id, ...rest } = after.properties;
    after.properties = { messageType: rest.messageType, ident: id, ...rest };
    after.required = ['messageType', 'ident'];
    const findings = compareSpecs(spec(base()), spec(after));
    expect(findings).toMatchObject([
      { rule: 'property-renamed-likely', path: 'id', confidence: 'high', breaks: both, level: 'breaking' },
    ]);
    expect(findings[0]!.detail).toContain('"id" → "ident"');
  });

  it('reports a member inside an added object once, at the object', () => {
    const after = base();
    after.properties.extra = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } };
    expect(compareSpecs(spec(base()), spec(after)).map((f) => `${f.rule} ${f.path}`)).toEqual([
      'property-added-optional extra',
    ]);
  });

  it('names the deployments after the interface sides and the direction of the message', () => {
    const after = base();
    after.required.push('count');
    const [toServer] = compareSpecs(spec(base()), spec(after));
    expect(toServer).toMatchObject({ sender: 'AOI Client', receiver: 'AOI Server' });
    const [toClient] = compareSpecs(
      spec(base(), { direction: 'serverToClient' }),
      spec(after, { direction: 'serverToClient' }),
    );
    expect(toClient).toMatchObject({ sender: 'AOI Server', receiver: 'AOI Client' });
  });

  it('reports messages added and removed, envelopes and tags changed', () => {
    const empty = { ...spec(base()), index: { ...spec(base()).index, messages: [] } } as unknown as SpecSnapshot;
    expect(compareSpecs(empty, spec(base()))).toMatchObject([{ rule: 'message-added', level: 'info' }]);
    expect(compareSpecs(spec(base()), empty)).toMatchObject([{ rule: 'message-removed', breaks: oldSender }]);
    const moved = compareSpecs(spec(base()), spec(base(), { envelope: 'http', messageType: 'probe2' }));
    expect(moved.map((f) => f.rule)).toEqual(['envelope-changed', 'method-changed']);
  });

  it('compares success and error variants separately and reports a variant added', () => {
    const success = { title: 'probeResSuccess', ...base() };
    const error = { title: 'probeResError', type: 'object', properties: { code: { type: 'integer' } } };
    const before = spec({ oneOf: [success] });
    const after = spec({ oneOf: [{ ...success, required: ['messageType'] }, error] });
    expect(compareSpecs(before, after).map((f) => `${f.rule} ${f.variant}`)).toEqual([
      'property-now-optional success',
      'variant-added error',
    ]);
  });

  it('gives every finding a stable key naming its rule, message, variant and path', () => {
    const after = base();
    after.properties.kind.enum = ['a'];
    expect(compareSpecs(spec(base()), spec(after))[0]!.key).toBe('values-removed:aoi1.probeReq:kind');
  });
});
