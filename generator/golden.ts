import { OmaspecError } from '../core/errors.ts';
import type { GoldenCase } from '../core/golden-case.ts';
import type { MessageMeta } from '../core/spec-format.ts';
import type { JsonSchema } from './deref.ts';
import { isRecord } from '../core/guards.ts';

export class SampleError extends OmaspecError {
  constructor(message: string) {
    super('GEN_NO_SAMPLE', message);
  }
}

const firstBranch = (schema: JsonSchema): JsonSchema | undefined => {
  const branches = schema.oneOf ?? schema.anyOf;
  return Array.isArray(branches) && isRecord(branches[0]) ? branches[0] : undefined;
};

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type[0] as string;
  return typeof schema.type === 'string' ? schema.type : undefined;
}

/** The smallest document a (dereferenced) schema accepts: required members only, lowest allowed values. */
export function sampleOf(schema: unknown, where = '#'): unknown {
  if (!isRecord(schema)) throw new SampleError(`no schema at ${where}`);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const branch = firstBranch(schema);
  if (branch) return sampleOf({ ...schema, oneOf: undefined, anyOf: undefined, ...branch }, `${where}/oneOf/0`);
  switch (typeOf(schema) ?? (isRecord(schema.properties) ? 'object' : undefined)) {
    case 'object': {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      return Object.fromEntries(required.map((key) => [key, sampleOf(properties[key], `${where}/properties/${key}`)]));
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: count }, () => sampleOf(schema.items, `${where}/items`));
    }
    case 'string':
      if (schema.format === 'uri') return 'https://example.com/';
      if (schema.format === 'date-time') return '1970-01-01T00:00:00Z';
      return 'x'.repeat(typeof schema.minLength === 'number' ? Math.max(1, schema.minLength) : 1);
    case 'integer':
    case 'number':
      if (typeof schema.minimum === 'number') return schema.minimum;
      if (typeof schema.exclusiveMinimum === 'number') return Math.floor(schema.exclusiveMinimum) + 1;
      return typeof schema.exclusiveMaximum === 'number' && schema.exclusiveMaximum <= 0
        ? Math.ceil(schema.exclusiveMaximum) - 1
        : 0;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

const CANDIDATES: [string, unknown][] = [
  ['number', 12345],
  ['string', 'not-the-right-type'],
  ['boolean', true],
  ['array', []],
  ['object', { unexpected: true }],
];

/** A value of a JSON type the schema does not allow (an object when the schema names no type). */
function wrongTypeFor(schema: unknown): unknown {
  const declared = isRecord(schema) ? schema.type : undefined;
  const allowed = (Array.isArray(declared) ? declared : [declared]).map((t) => (t === 'integer' ? 'number' : t));
  if (declared === undefined)
    return isRecord(schema) && isRecord(schema.const) ? 'not-the-right-type' : { unexpected: true };
  return CANDIDATES.find(([type]) => !allowed.includes(type))?.[1];
}

const withoutKey = (object: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

interface Target {
  /** JSON pointer of the object checked (root or /params). */
  at: string;
  schema: JsonSchema;
  get(document: Record<string, unknown>): Record<string, unknown>;
  set(document: Record<string, unknown>, value: Record<string, unknown>): Record<string, unknown>;
}

function targets(schema: JsonSchema, meta: MessageMeta): Target[] {
  const root: Target = { at: '', schema, get: (d) => d, set: (_d, v) => v };
  const params = isRecord(schema.properties) ? schema.properties.params : undefined;
  if (meta.envelope !== 'jsonrpc' || !isRecord(params)) return [root];
  const inParams: Target = {
    at: '/params',
    schema: params,
    get: (d) => (isRecord(d.params) ? d.params : {}),
    set: (d, v) => ({ ...d, params: v }),
  };
  return [root, inParams];
}

/**
 * Negative cases derived from a message schema (so they follow the spec): each mandatory member missing,
 * each member of the wrong type, an unknown member where additionalProperties is false, the wrong envelope,
 * and for JSON-RPC a wrong `jsonrpc` version and a response carrying both `result` and `error`.
 */
export function deriveNegativeCases(schema: JsonSchema, meta: MessageMeta): Record<string, GoldenCase> {
  const base = sampleOf(schema) as Record<string, unknown>;
  const cases: Record<string, GoldenCase> = {};
  const add = (name: string, document: unknown, why: string, focus?: string) => {
    const golden: GoldenCase = {
      message: meta.id,
      verdict: 'invalid',
      source: `derived from the schema: ${why}`,
      document,
    };
    cases[name] = focus === undefined ? golden : { ...golden, focus };
  };
  const shape = firstBranch(schema) ?? schema;
  for (const target of targets(shape, meta)) {
    const object = target.get(base);
    const properties = isRecord(target.schema.properties) ? target.schema.properties : {};
    const required = Array.isArray(target.schema.required) ? (target.schema.required as string[]) : [];
    const suffix = target.at.replace('/', '-');
    for (const key of required) {
      add(
        `missing${suffix}-${key}`,
        target.set(base, withoutKey(object, key)),
        `${target.at}/${key} is mandatory`,
        `${target.at}/${key}`,
      );
    }
    for (const [key, property] of Object.entries(properties)) {
      if (key === 'params' && target.at === '') continue;
      const document = target.set(base, { ...object, [key]: wrongTypeFor(property) });
      add(`wrong-type${suffix}-${key}`, document, `${target.at}/${key} has the wrong type`, `${target.at}/${key}`);
    }
    if (target.schema.additionalProperties === false) {
      const document = target.set(base, { ...object, unexpectedMember: true });
      add(
        `unknown-property${suffix}`,
        document,
        `${target.at || '/'} allows no other members`,
        `${target.at}/unexpectedMember`,
      );
    }
  }
  if (meta.envelope === 'messageType')
    add(
      'wrong-envelope',
      { jsonrpc: '2.0', method: meta.messageType, id: 1, params: withoutKey(base, 'messageType') },
      'sent as JSON-RPC instead of the messageType envelope',
    );
  if (meta.envelope === 'jsonrpc') {
    add(
      'wrong-envelope',
      { messageType: meta.method ?? meta.name, ...(isRecord(base.params) ? base.params : {}) },
      'sent as messageType envelope instead of JSON-RPC',
    );
    add('wrong-jsonrpc-version', { ...base, jsonrpc: '1.0' }, 'jsonrpc must be "2.0"', '/jsonrpc');
    if (meta.kind === 'response')
      add(
        'both-result-and-error',
        { ...base, result: base.result ?? {}, error: { code: -32603, message: 'Internal error' } },
        'a response has result or error, not both',
      );
  }
  if (meta.envelope === 'http')
    add(
      'wrong-envelope',
      { jsonrpc: '2.0', method: meta.name, id: 1, params: base },
      'HTTP body wrapped in a JSON-RPC envelope',
    );
  return cases;
}
