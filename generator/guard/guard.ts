/**
 * The fail-fast check of a schema as JavaScript statements: each returns `false` at the first rule the instance
 * breaks, so the function they end up in returns true only for a valid instance. Only the answer is computed: no
 * options object, no error objects, string lengths counted in code points only when `.length` cannot decide.
 */
import { isRecord } from '../../core/guards.ts';
import {
  checkKeywords,
  equalTo,
  formatCheck,
  groupCondition,
  impliedBy,
  isSchema,
  lengthFails,
  refTarget,
  runtime,
  typeCondition,
  typesOf,
} from './keywords.ts';
import type { Scope } from './scope.ts';

const FAIL = 'return false;';

interface Context {
  scope: Scope;
  root: unknown;
}

/** A module-level function `name(v)` that returns whether `schema` accepts `v`. */
function predicate(schema: unknown, cx: Context, key?: string): string {
  return cx.scope.function(key, 'check', (name) => {
    const v = cx.scope.name('v');
    return `function ${name}(${v}) {\n${statements(schema, v, cx, false)}\nreturn true;\n}`;
  });
}

/** Statements that return false when `v` breaks `schema`. */
export function statements(schema: unknown, v: string, cx: Context, root: boolean): string {
  if (schema === true) return '';
  if (schema === false) return FAIL;
  if (!isRecord(schema)) {
    cx.scope.fail('a schema that is neither an object nor a boolean');
    return FAIL;
  }
  checkKeywords(schema, cx.scope, root);
  const out: string[] = [];
  const types = typesOf(schema, cx.scope);
  if (types && !valuesImply(schema, types)) out.push(`if (!(${typeCondition(types, v)})) ${FAIL}`);
  out.push(...anyKeywords(schema, v, cx));
  const groups = [
    ['number', numberKeywords(schema, v)],
    ['string', stringKeywords(schema, v, cx)],
    ['array', arrayKeywords(schema, v, cx)],
    ['object', objectKeywords(schema, v, cx)],
  ] as const;
  for (const [group, checks] of groups) {
    if (checks.length === 0) continue;
    const implied = impliedBy(types, group);
    if (implied === true) out.push(...checks);
    else if (implied === undefined) out.push(`if (${groupCondition(group, v)}) {\n${checks.join('\n')}\n}`);
  }
  return out.join('\n');
}

/** Whether `const` or `enum` allows only values of the named types, so that checking the type first is redundant. */
function valuesImply(schema: Record<string, unknown>, types: readonly string[]): boolean {
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  return values !== undefined && values.every((value) => types.some((type) => ofType(value, type)));
}

function ofType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    default:
      return typeof value === type;
  }
}

function anyKeywords(schema: Record<string, unknown>, v: string, cx: Context): string[] {
  const out: string[] = [];
  if ('$ref' in schema) {
    const target = refTarget(schema.$ref, cx.root);
    if (target === undefined) cx.scope.fail(`$ref ${JSON.stringify(schema.$ref)}`);
    else out.push(`if (!${predicate(target, cx, `ref ${String(schema.$ref)}`)}(${v})) ${FAIL}`);
  }
  if ('const' in schema) out.push(`if (!(${equalTo(v, schema.const, cx.scope)})) ${FAIL}`);
  if (Array.isArray(schema.enum))
    out.push(`if (!(${schema.enum.map((value) => equalTo(v, value, cx.scope)).join(' || ') || 'false'})) ${FAIL}`);
  if ('not' in schema) out.push(`if (${predicate(schema.not, cx)}(${v})) ${FAIL}`);
  if (Array.isArray(schema.anyOf))
    out.push(`if (!(${schema.anyOf.map((branch) => `${predicate(branch, cx)}(${v})`).join(' || ')})) ${FAIL}`);
  if (Array.isArray(schema.oneOf)) {
    const passing = cx.scope.name('passing');
    out.push(`let ${passing} = 0;`);
    for (const branch of schema.oneOf) out.push(`if (${predicate(branch, cx)}(${v}) && ++${passing} > 1) ${FAIL}`);
    out.push(`if (${passing} === 0) ${FAIL}`);
  }
  if (Array.isArray(schema.allOf))
    for (const branch of schema.allOf) out.push(`{\n${statements(branch, v, cx, false)}\n}`);
  return out;
}

function numberKeywords(schema: Record<string, unknown>, v: string): string[] {
  const out: string[] = [];
  if (typeof schema.maximum === 'number') out.push(`if (${v} > ${schema.maximum}) ${FAIL}`);
  if (typeof schema.minimum === 'number') out.push(`if (${v} < ${schema.minimum}) ${FAIL}`);
  if (typeof schema.exclusiveMaximum === 'number') out.push(`if (${v} >= ${schema.exclusiveMaximum}) ${FAIL}`);
  if (typeof schema.exclusiveMinimum === 'number') out.push(`if (${v} <= ${schema.exclusiveMinimum}) ${FAIL}`);
  // ajv's test exactly (no multipleOfPrecision): a quotient that parseInt does not give back is not a multiple.
  if (typeof schema.multipleOf === 'number')
    out.push(`if (${v} / ${schema.multipleOf} !== parseInt(${v} / ${schema.multipleOf})) ${FAIL}`);
  return out;
}

function stringKeywords(schema: Record<string, unknown>, v: string, cx: Context): string[] {
  const out: string[] = [];
  for (const keyword of ['maxLength', 'minLength'] as const) {
    const limit = schema[keyword];
    if (typeof limit === 'number' && !(keyword === 'minLength' && limit === 0))
      out.push(`if ${lengthFails(keyword, limit, v, cx.scope)} ${FAIL}`);
  }
  if (typeof schema.pattern === 'string') {
    // ajv's flags: unicode, nothing else.
    const pattern = cx.scope.constant('pattern', `new RegExp(${JSON.stringify(schema.pattern)}, 'u')`);
    out.push(`if (!${pattern}.test(${v})) ${FAIL}`);
  }
  if ('format' in schema) {
    const check = formatCheck(schema.format, v, cx.scope);
    if (check) out.push(`if (!${check}) ${FAIL}`);
  }
  return out;
}

function arrayKeywords(schema: Record<string, unknown>, v: string, cx: Context): string[] {
  const out: string[] = [];
  if (typeof schema.maxItems === 'number') out.push(`if (${v}.length > ${schema.maxItems}) ${FAIL}`);
  if (typeof schema.minItems === 'number' && schema.minItems > 0)
    out.push(`if (${v}.length < ${schema.minItems}) ${FAIL}`);
  if (isSchema(schema.items)) {
    const [i, item] = [cx.scope.name('i'), cx.scope.name('v')];
    const body = statements(schema.items, item, cx, false);
    if (body) out.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\nconst ${item} = ${v}[${i}];\n${body}\n}`);
  }
  if (schema.uniqueItems === true) {
    const [i, j] = [cx.scope.name('i'), cx.scope.name('j')];
    const equal = runtime.equal(cx.scope);
    out.push(
      `for (let ${i} = ${v}.length; ${i}-- > 1; ) for (let ${j} = ${i}; ${j}--; ) if (${equal}(${v}[${i}], ${v}[${j}])) ${FAIL}`,
    );
  }
  return out;
}

const property = (v: string, name: string) => `${v}[${JSON.stringify(name)}]`;

function objectKeywords(schema: Record<string, unknown>, v: string, cx: Context): string[] {
  const out: string[] = [];
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  // Members first, each read once (a required one is also checked for presence there), the walk over all last.
  for (const name of required) if (!(name in properties)) out.push(`if (${property(v, name)} === undefined) ${FAIL}`);
  for (const [name, member] of Object.entries(properties)) {
    const value = cx.scope.name('v');
    const body = statements(member, value, cx, false);
    const checks = required.includes(name)
      ? `if (${value} === undefined) ${FAIL}\n${body}`
      : body && `if (${value} !== undefined) {\n${body}\n}`;
    if (checks) out.push(`{\nconst ${value} = ${property(v, name)};\n${checks}\n}`);
  }
  if (schema.additionalProperties === false) {
    const key = cx.scope.name('key');
    const known = Object.keys(properties).map((name) => `${key} !== ${JSON.stringify(name)}`);
    // for…in, as ajv walks them: inherited enumerable members count too.
    out.push(`for (const ${key} in ${v}) if (${known.join(' && ') || 'true'}) ${FAIL}`);
  }
  return out;
}

/**
 * `function name(data)` answering whether `schema` accepts `data`, with the module-level code it needs in `scope`;
 * undefined (and `scope.unsupported` saying why) when the schema uses what this compiler does not know.
 */
export function compileGuard(schema: unknown, name: string, scope: Scope): string | undefined {
  const v = scope.name('data');
  const body = statements(schema, v, { scope, root: schema }, true);
  if (scope.unsupported.length > 0) return undefined;
  return `function ${name}(${v}) {\n${body}\nreturn true;\n}`;
}
