/**
 * A JSON-RPC message restated as the house style's bullet list: the "method", "id" and "params" / "result" /
 * "error" member bullets, then one parameter bullet per member ("“clientID”: mandatory, string"), with nested
 * "object with the following members:" and "array of objects, each with:" lists. Constraints are written in the
 * prose forms the parameter reader takes, between the presence and the type ("mandatory, at most 64 characters,
 * string"); anything else becomes a warning naming the member.
 */
import type { Restated, Schema } from './blocks.ts';

const BULLET = '·';
const NUMBER_WORD = /^\d+$/;
/** Keywords a bullet states: the type words, presence, values, bounds, a default, a description. */
const SAID = new Set([
  'type',
  'title',
  'description',
  'properties',
  'required',
  'items',
  'enum',
  'format',
  'default',
  'additionalProperties',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'x-omaspec-source',
]);

const quote = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

function valueList(values: unknown[]): string {
  const shown = values.map(quote);
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown[0]!;
}

/** Parameter bullets for the members of `object`, each nested list one level (four spaces) deeper. */
export function paramBullets(object: Schema, depth: number, where: string, warnings: string[]): string[] {
  const required = new Set<string>(Array.isArray(object.required) ? object.required : []);
  const lines: string[] = [];
  for (const [name, schema] of Object.entries((object.properties ?? {}) as Record<string, Schema>)) {
    const at = `${where}.${name}`;
    const { phrase, children } = describe(schema, depth, at, warnings);
    const presence = required.has(name) ? 'mandatory' : 'optional';
    const text = schema.description ? `${phrase}. ${String(schema.description).trim()}` : phrase;
    lines.push(`${'    '.repeat(depth)}${BULLET} “${name}”: ${presence}, ${text}`, ...children);
  }
  return lines;
}

function describe(
  schema: Schema,
  depth: number,
  at: string,
  warnings: string[],
): { phrase: string; children: string[] } {
  const unsaid = Object.keys(schema).filter((k) => !SAID.has(k) && !(k === 'title'));
  if (unsaid.length)
    warnings.push(`${at}: ${unsaid.join(', ')} cannot be stated in a parameter bullet; dropped from the draft`);
  const type = schema.type;
  if (Array.isArray(type)) warnings.push(`${at}: a union of types (${type.join(', ')}) cannot be stated in a bullet`);
  let phrase: string;
  let children: string[] = [];
  if (type === 'object' && schema.properties) {
    phrase = 'object with the following members:';
    children = paramBullets(schema, depth + 1, at, warnings);
    openness(schema, at, warnings);
  } else if (type === 'array' && schema.items?.type === 'object' && schema.items.properties) {
    phrase = 'array of objects, each with:';
    children = paramBullets(schema.items, depth + 1, `${at}[]`, warnings);
    openness(schema.items, `${at}[]`, warnings);
    const itemKeys = Object.keys(schema.items).filter(
      (k) => !['type', 'properties', 'required', 'additionalProperties'].includes(k),
    );
    if (itemKeys.length) warnings.push(`${at}[]: ${itemKeys.join(', ')} of the items cannot be stated in a bullet`);
  } else if (type === 'array') {
    const items = schema.items as Schema | undefined;
    const word = items ? scalarWord(items, `${at}[]`, warnings) : undefined;
    phrase = word ? `array of ${word}` : 'array';
    if (items && Object.keys(items).some((k) => !['type', 'format'].includes(k)))
      warnings.push(`${at}[]: item constraints cannot be stated in a bullet`);
  } else if (type === 'object') {
    phrase = 'opaque object';
  } else phrase = scalarWord(schema, at, warnings) ?? 'string';
  // Said before the type word, the constraints belong to the bullet's head: after it they would also be read as
  // the member's description.
  const clauses = constraints(schema, at, warnings);
  return { phrase: [...clauses, phrase].join(', '), children };
}

function openness(object: Schema, at: string, warnings: string[]): void {
  if (object.additionalProperties !== false)
    warnings.push(`${at}: an object that accepts unlisted members cannot be stated in a bullet (the reader closes it)`);
}

function scalarWord(schema: Schema, at: string, warnings: string[]): string | undefined {
  const format = schema.format;
  if (schema.type === 'string' && format === 'uri') return 'URI';
  if (schema.type === 'string' && format === 'date-time') return 'date-time';
  if (format !== undefined) warnings.push(`${at}: format "${format}" cannot be stated in a bullet`);
  if (typeof schema.type === 'string' && ['string', 'integer', 'number', 'boolean'].includes(schema.type))
    return schema.type;
  if (schema.type === undefined) warnings.push(`${at}: a member of any type cannot be stated in a bullet`);
  return undefined;
}

/** The prose forms of the parameter reader: "one of …", "at least N and at most M [characters|items]", "default X". */
function constraints(schema: Schema, at: string, warnings: string[]): string[] {
  const unit = schema.type === 'string' ? ' characters' : schema.type === 'array' ? ' items' : '';
  const [lo, hi] =
    schema.type === 'string'
      ? ['minLength', 'maxLength']
      : schema.type === 'array'
        ? ['minItems', 'maxItems']
        : ['minimum', 'maximum'];
  const out: string[] = [];
  if (Array.isArray(schema.enum)) out.push(`one of ${valueList(schema.enum)}`);
  const min = schema[lo];
  const max = schema[hi];
  const sayable = (n: unknown) => n === undefined || NUMBER_WORD.test(String(n));
  if (!sayable(min) || !sayable(max))
    warnings.push(`${at}: bounds ${min ?? ''}..${max ?? ''} are not whole numbers ≥ 0`);
  else if (min !== undefined && max !== undefined) out.push(`at least ${min} and at most ${max}${unit}`);
  else if (max !== undefined) out.push(`at most ${max}${unit}`);
  else if (min !== undefined) out.push(`at least ${min}${unit}`);
  for (const k of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'])
    if (k in schema && k !== lo && k !== hi)
      warnings.push(`${at}: ${k} does not apply to its type and cannot be stated`);
  if ('default' in schema) out.push(`default ${quote(schema.default)}`);
  return out;
}

/** The request and its response, as CR 000 states them: the request object's members, then the response's. */
export function rpcList(
  request: { title: string; method: string; params?: Schema; sender: string } | undefined,
  response: { title: string; result?: Schema; error?: Schema; sender: string } | undefined,
  /** `<interface>.<name>` of the request and of the response, for warnings. */
  where: { request: string; response: string },
): Restated {
  const warnings: string[] = [];
  const lines: string[] = [];
  if (request) {
    lines.push(
      `The ${request.sender} issues a ${request.title}, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:`,
      `${BULLET} “method” member set to “${request.method}”`,
      `${BULLET} “id” member including an unique identifier for each request`,
    );
    if (request.params) {
      lines.push(`${BULLET} “params” member including the following parameters:`);
      lines.push(...paramBullets(request.params, 0, `${where.request} params`, warnings));
      openness(request.params, `${where.request} params`, warnings);
    }
    lines.push('');
  }
  if (response) {
    lines.push(
      `Then the ${response.sender} returns a ${response.title}, encoded as a JSON-RPC 2.0 [JSON-RPC] response object, with:`,
      `${BULLET} “id” member matching the identifier included in the request object`,
    );
    for (const [member, object] of [
      ['result', response.result],
      ['error', response.error],
    ] as const) {
      if (!object) continue;
      lines.push(
        `${BULLET} “${member}” member, in case of ${member === 'result' ? 'success' : 'error'}, including the following parameters:`,
      );
      lines.push(...paramBullets(object, 0, `${where.response} ${member}`, warnings));
      openness(object, `${where.response} ${member}`, warnings);
    }
    lines.push('');
  }
  return { lines, warnings };
}
