/**
 * One fixture pair per compatibility rule: a minimal published spec (index.json + one message schema) before and
 * after a change that the rule names, with the deployments the change is meant to break. write-fixtures.ts turns
 * these into test/compat/rules/<rule>/{previous,current,expected.json}; rule-fixtures.test.ts reads the folders back.
 */
import type { Breaks } from '../../../compat/compare.ts';
import type { CompatRuleId } from '../../../compat/rules.ts';

type Schema = Record<string, any>;

export interface MessageShape {
  envelope: 'messageType' | 'jsonrpc' | 'http';
  direction: 'clientToServer' | 'serverToClient';
  tag: string;
  schema: Schema;
}

export interface RuleCase {
  rule: CompatRuleId;
  what: string;
  /** undefined: the message is absent on that side. */
  previous?: MessageShape;
  current?: MessageShape;
  /** What the change is meant to break; write-fixtures refuses to write a case the comparison judges otherwise. */
  breaks: Breaks;
}

const OLD_SENDER = { oldSender: true, oldReceiver: false };
const OLD_RECEIVER = { oldSender: false, oldReceiver: true };
const BOTH = { oldSender: true, oldReceiver: true };
const NEITHER = { oldSender: false, oldReceiver: false };

/** The probe request every edited case starts from (compare.test.ts edits it too). */
export function request(closed = true): Schema {
  return {
    type: 'object',
    properties: {
      messageType: { type: 'string', const: 'probeReq' },
      id: { type: 'string', minLength: 1, maxLength: 64 },
      count: { type: 'integer', minimum: 1, maximum: 10 },
      kind: { type: 'string', enum: ['a', 'b'] },
      meta: { type: 'object', properties: { tag: { type: 'string' } }, additionalProperties: false },
      list: { type: 'array', items: { type: 'string' }, maxItems: 5 },
      ref: { $ref: '#/definitions/a' },
    },
    required: ['messageType', 'id'],
    additionalProperties: !closed,
    definitions: { a: { type: 'string' }, b: { type: 'integer' } },
  };
}

function response(variants: ('success' | 'error')[]): Schema {
  const variant = (name: 'success' | 'error') => ({
    title: `probeRes${name === 'success' ? 'Success' : 'Error'}`,
    type: 'object',
    properties: { messageType: { type: 'string', const: 'probeRes' }, code: { type: 'integer' } },
    required: ['messageType', 'code'],
    additionalProperties: false,
  });
  return { oneOf: variants.map(variant) };
}

const shape = (schema: Schema, over: Partial<MessageShape> = {}): MessageShape => ({
  envelope: 'messageType',
  direction: 'clientToServer',
  tag: 'probeReq',
  schema,
  ...over,
});

/** A case whose previous side is `request(closed)` and whose current side is that edited. */
function edited(
  rule: CompatRuleId,
  what: string,
  edit: (s: Schema) => void,
  breaks: Breaks,
  options: { closed?: boolean; before?: (s: Schema) => void } = {},
): RuleCase {
  const before = request(options.closed ?? true);
  options.before?.(before);
  const after = structuredClone(before);
  edit(after);
  return { rule, what, previous: shape(before), current: shape(after), breaks };
}

export const RULE_CASES: RuleCase[] = [
  { rule: 'message-added', what: 'a new request', current: shape(request()), breaks: NEITHER },
  { rule: 'message-removed', what: 'a request removed', previous: shape(request()), breaks: OLD_SENDER },
  {
    rule: 'envelope-changed',
    what: 'a messageType request now sent over HTTP',
    previous: shape(request()),
    current: shape(request(), { envelope: 'http' }),
    breaks: BOTH,
  },
  {
    rule: 'method-changed',
    what: 'the messageType value renamed',
    previous: shape(request()),
    current: shape(request(), { tag: 'probeRequest' }),
    breaks: BOTH,
  },
  {
    rule: 'variant-added',
    what: 'an error variant added to a response',
    previous: shape(response(['success']), { direction: 'serverToClient', tag: 'probeRes' }),
    current: shape(response(['success', 'error']), { direction: 'serverToClient', tag: 'probeRes' }),
    breaks: OLD_RECEIVER,
  },
  {
    rule: 'variant-removed',
    what: 'the error variant of a response removed',
    previous: shape(response(['success', 'error']), { direction: 'serverToClient', tag: 'probeRes' }),
    current: shape(response(['success']), { direction: 'serverToClient', tag: 'probeRes' }),
    breaks: OLD_SENDER,
  },
  edited(
    'property-added-optional',
    'an optional member added to a closed object',
    (s) => (s.properties.note = { type: 'string' }),
    OLD_RECEIVER,
  ),
  edited(
    'property-added-required',
    'a mandatory member added to an open object',
    (s) => {
      s.properties.note = { type: 'string' };
      s.required.push('note');
    },
    OLD_SENDER,
    { closed: false },
  ),
  edited(
    'property-removed',
    'an optional member removed from a closed object',
    (s) => delete s.properties.kind,
    OLD_SENDER,
  ),
  edited(
    'property-renamed-likely',
    'a mandatory member renamed in place',
    (s) => {
      const { messageType, id, ...rest } = s.properties;
      s.properties = { messageType, ident: id, ...rest };
      s.required = ['messageType', 'ident'];
    },
    BOTH,
  ),
  edited('property-now-required', 'an optional member becomes mandatory', (s) => s.required.push('count'), OLD_SENDER),
  edited(
    'property-now-optional',
    'a mandatory member becomes optional',
    (s) => (s.required = ['messageType']),
    OLD_RECEIVER,
  ),
  edited('type-narrowed', 'string or null → string', (s) => (s.properties.kind.type = 'string'), OLD_SENDER, {
    before: (s) => (s.properties.kind.type = ['null', 'string']),
  }),
  edited('type-widened', 'integer → number', (s) => (s.properties.count.type = 'number'), OLD_RECEIVER),
  edited('type-changed', 'string → integer', (s) => (s.properties.id.type = 'integer'), BOTH),
  edited(
    'reference-changed',
    'a member refers to another definition',
    (s) => (s.properties.ref.$ref = '#/definitions/b'),
    BOTH,
  ),
  edited('values-removed', 'an enum value removed', (s) => (s.properties.kind.enum = ['a']), OLD_SENDER),
  edited('values-added', 'an enum value added', (s) => (s.properties.kind.enum = ['a', 'b', 'c']), OLD_RECEIVER),
  edited('constraint-tightened', 'maxLength lowered', (s) => (s.properties.id.maxLength = 32), OLD_SENDER),
  edited('constraint-relaxed', 'maximum raised', (s) => (s.properties.count.maximum = 20), OLD_RECEIVER),
  edited('object-closed', 'an open message object closed', (s) => (s.additionalProperties = false), OLD_SENDER, {
    closed: false,
  }),
  edited(
    'object-opened',
    'a closed nested object opened',
    (s) => (s.properties.meta.additionalProperties = true),
    OLD_RECEIVER,
  ),
  edited(
    'schema-changed',
    'a combination of schemas introduced',
    (s) => (s.properties.count.oneOf = [{ minimum: 1 }, { maximum: 0 }]),
    BOTH,
  ),
];

/** The published spec/schemas tree of one side: file path (relative to the side's folder) → JSON. */
export function sideFiles(message: MessageShape | undefined): Map<string, unknown> {
  const name = message?.tag.startsWith('probeRes') ? 'probeRes' : 'probeReq';
  const schemaPath = `aoi1/${name}.schema.json`;
  const meta = message && {
    interface: 'aoi1',
    name,
    id: name,
    envelope: message.envelope,
    kind: name === 'probeRes' ? 'response' : 'request',
    direction: message.direction,
    ...(message.envelope === 'jsonrpc' ? { method: message.tag } : { messageType: message.tag }),
    source: { cr: 'fixture.txt', section: '10.1.1', line: 1 },
    schema: schemaPath,
  };
  const index = {
    interfaces: [
      {
        id: 'aoi1',
        title: 'fixture',
        transport: 'websocket',
        client: 'AOI Client',
        server: 'AOI Server',
        sections: ['10.1'],
      },
    ],
    messages: meta ? [meta] : [],
  };
  const files = new Map<string, unknown>([['index.json', index]]);
  if (message) files.set(schemaPath, message.schema);
  return files;
}
