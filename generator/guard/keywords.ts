/**
 * The JSON Schema (draft-07) keywords the generated checks understand, grouped and ordered as ajv evaluates them:
 * keywords for any instance first, then those for numbers, strings, arrays and objects, each applied only when the
 * instance is of that type. The order matters to the all-errors code, whose issues must come out in ajv's order.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isRecord } from '../../core/guards.ts';
import type { Scope } from './scope.ts';

export type Group = 'any' | 'number' | 'string' | 'array' | 'object';

export const GROUPS: readonly { group: Group; keywords: readonly string[] }[] = [
  { group: 'any', keywords: ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf'] },
  { group: 'number', keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'] },
  { group: 'string', keywords: ['maxLength', 'minLength', 'pattern', 'format'] },
  { group: 'array', keywords: ['maxItems', 'minItems', 'items', 'uniqueItems'] },
  { group: 'object', keywords: ['required', 'additionalProperties', 'properties'] },
];

/** Keywords that say nothing about validity (`definitions` is read through `$ref`). */
const ANNOTATIONS = new Set([
  '$schema',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'definitions',
  'x-omaspec',
  'x-omaspec-source',
  'x-omaspec-unresolved',
]);

const KNOWN = new Set(['type', ...GROUPS.flatMap((g) => g.keywords), ...ANNOTATIONS]);

export const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;

/** What the instance must be for a group's keywords to apply. */
export function groupCondition(group: Exclude<Group, 'any'>, v: string): string {
  return group === 'number' ? `typeof ${v} === 'number' && isFinite(${v})` : typeCondition([group], v);
}

/** ajv's checks (strictNumbers: a number is finite). */
export function typeCondition(types: readonly string[], v: string): string {
  const one = (type: string) => {
    switch (type) {
      case 'string':
      case 'boolean':
        return `typeof ${v} === '${type}'`;
      case 'number':
        return `(typeof ${v} === 'number' && isFinite(${v}))`;
      case 'integer':
        return `Number.isInteger(${v})`;
      case 'null':
        return `${v} === null`;
      case 'array':
        return `Array.isArray(${v})`;
      default:
        return `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`;
    }
  };
  return types.map(one).join(' || ');
}

/** The types a schema names, undefined when it names none; records a failure for anything else. */
export function typesOf(schema: Record<string, unknown>, scope: Scope): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  const types = Array.isArray(type) ? type : [type];
  if (types.length === 0 || !types.every((t) => (TYPES as readonly unknown[]).includes(t)))
    scope.fail(`type ${JSON.stringify(type)}`);
  return types as string[];
}

/** Whether the group's keywords certainly apply once the schema's type has been checked. */
export function impliedBy(types: readonly string[] | undefined, group: Exclude<Group, 'any'>): boolean | undefined {
  if (types === undefined) return undefined;
  const matches = types.filter((t) => t === group || (group === 'number' && t === 'integer'));
  if (matches.length === types.length) return true;
  return matches.length === 0 ? false : undefined;
}

/** Checks the keywords of a schema node, recording what is not understood (and forms such as tuple `items`). */
export function checkKeywords(schema: Record<string, unknown>, scope: Scope, root: boolean): void {
  for (const key of Object.keys(schema)) {
    if (key === '$id' && root) continue;
    if (!KNOWN.has(key)) scope.fail(`keyword ${key}`);
  }
  const numbers = ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'];
  const counts = ['maxLength', 'minLength', 'maxItems', 'minItems'];
  for (const key of numbers)
    if (key in schema && (typeof schema[key] !== 'number' || !isFinite(schema[key]))) scope.fail(`${key} not a number`);
  for (const key of counts)
    if (key in schema && !(Number.isInteger(schema[key]) && (schema[key] as number) >= 0)) scope.fail(`${key} count`);
  if (schema.multipleOf !== undefined && !((schema.multipleOf as number) > 0)) scope.fail('multipleOf not positive');
  if ('items' in schema && !isSchema(schema.items)) scope.fail('items not a schema (tuple form)');
  if ('additionalProperties' in schema && typeof schema.additionalProperties !== 'boolean')
    scope.fail('additionalProperties schema');
  if ('uniqueItems' in schema && typeof schema.uniqueItems !== 'boolean') scope.fail('uniqueItems not boolean');
  if ('pattern' in schema && typeof schema.pattern !== 'string') scope.fail('pattern not a string');
  if ('required' in schema && !isStringList(schema.required)) scope.fail('required not a list of names');
  if ('properties' in schema && !(isRecord(schema.properties) && Object.values(schema.properties).every(isSchema)))
    scope.fail('properties not schemas');
  if ('enum' in schema && !Array.isArray(schema.enum)) scope.fail('enum not a list');
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    if (
      key in schema &&
      !(
        Array.isArray(schema[key]) &&
        (schema[key] as unknown[]).length > 0 &&
        (schema[key] as unknown[]).every(isSchema)
      )
    )
      scope.fail(`${key} not a list of schemas`);
  if ('not' in schema && !isSchema(schema.not)) scope.fail('not is not a schema');
}

export const isSchema = (value: unknown): value is Record<string, unknown> | boolean =>
  typeof value === 'boolean' || isRecord(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The format's check as ajv-formats (full mode, as core/ajv.ts adds them) gives it to ajv: `f(s)` or `f.test(s)`. */
export function formatCheck(name: unknown, v: string, scope: Scope): string | undefined {
  const definition = typeof name === 'string' ? (fullFormats as Record<string, unknown>)[name] : undefined;
  if (definition === true) return undefined;
  const module = `require('ajv-formats/dist/formats').fullFormats[${JSON.stringify(name)}]`;
  if (typeof definition === 'function' || definition instanceof RegExp)
    return call(scope.constant('format', module), definition, v);
  if (isRecord(definition) && (definition.type ?? 'string') === 'string' && !definition.async) {
    const validate = definition.validate;
    if (typeof validate === 'function' || validate instanceof RegExp)
      return call(scope.constant('format', `${module}.validate`), validate, v);
  }
  scope.fail(`format ${JSON.stringify(name)}`);
  return undefined;
}

const call = (f: string, definition: unknown, v: string) =>
  definition instanceof RegExp ? `${f}.test(${v})` : `${f}(${v})`;

/** ajv's run-time helpers, loaded the way its standalone code in the same file loads them. */
export const runtime = {
  ucs2length: (scope: Scope) => scope.constant('ucs2length', `require('ajv/dist/runtime/ucs2length').default`),
  equal: (scope: Scope) => scope.constant('equal', `require('ajv/dist/runtime/equal').default`),
};

/** A JSON literal comparison: `===` for scalars, ajv's deep equality for objects and arrays. */
export function equalTo(v: string, value: unknown, scope: Scope): string {
  if (value === null || typeof value !== 'object') return `${v} === ${JSON.stringify(value)}`;
  return `${runtime.equal(scope)}(${v}, ${scope.constant('value', JSON.stringify(value))})`;
}

/**
 * String length in code points (as JSON Schema counts it), counting only when `.length` (UTF-16 units) leaves the
 * answer open: a string of n units has at most n code points and at least ⌈n/2⌉.
 */
export function lengthFails(keyword: 'maxLength' | 'minLength', limit: number, v: string, scope: Scope): string {
  const count = () => `${runtime.ucs2length(scope)}(${v})`;
  if (keyword === 'maxLength')
    return `(${v}.length > ${limit} && (${v}.length > ${2 * limit} || ${count()} > ${limit}))`;
  // From 2·limit − 1 units on, ⌈n/2⌉ reaches the limit; a limit of 0 or 1 is decided by `.length` alone.
  const surely = 2 * limit - 1;
  return surely <= limit
    ? `(${v}.length < ${limit})`
    : `(${v}.length < ${limit} || (${v}.length < ${surely} && ${count()} < ${limit}))`;
}

/** The `$ref` target inside the root schema: `#` or a JSON pointer under it; undefined for anything else. */
export function refTarget(ref: unknown, root: unknown): unknown {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return isSchema(node) ? node : undefined;
}
