/**
 * A JSON-RPC message restated as the house style's bullet list: the "method", "id" and "params" / "result" /
 * "error" member bullets, then one parameter bullet per member ("“clientID”: mandatory, string"), with nested
 * "object with the following members:" and "array of objects, each with:" lists. Constraints are written in the
 * prose forms the parameter reader takes, between the presence and the type ("mandatory, at most 64 characters,
 * string"); anything else becomes a warning naming the member.
 */
import { QUOTE_CHARS } from '../../ingest/params/quotes.ts';
import { titleOf } from '../../ingest/statement-text.ts';
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

/** What a bullet can say of an array's scalar items: "array of string", "each one of …", "each at most N characters". */
const ITEM_SAID = new Set(['type', 'format', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum']);

const quote = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

/** Names the parameter reader takes between quotes. */
const BULLET_NAME = /^[A-Za-z_$][\w$.-]*$/;
/** Values the reader takes back as they are: a quoted string without quotes or edge spaces, a number, a boolean. */
const sayableValue = (v: unknown) =>
  (typeof v === 'string' && v.trim() === v && v !== '' && !QUOTES.test(v)) ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  typeof v === 'boolean';
const QUOTES = new RegExp(`[${QUOTE_CHARS}]`);

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
    if (!BULLET_NAME.test(name)) warnings.push(`${at}: a member name a parameter bullet cannot quote`);
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
  let itemClauses: string[] = [];
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
    const unsaidOfItems = Object.keys(items ?? {}).filter((k) => !ITEM_SAID.has(k));
    if (unsaidOfItems.length)
      warnings.push(`${at}[]: ${unsaidOfItems.join(', ')} of the items cannot be stated in a bullet`);
    if (items) itemClauses = constraints(items, `${at}[]`, warnings, true);
  } else if (type === 'object') {
    phrase = 'opaque object';
  } else phrase = scalarWord(schema, at, warnings) ?? 'string';
  // Said before the type word, the constraints belong to the bullet's head: after it they would also be read as
  // the member's description.
  const clauses = [...itemClauses, ...constraints(schema, at, warnings)];
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
function constraints(schema: Schema, at: string, warnings: string[], each = false): string[] {
  const lead = each ? 'each ' : '';
  const unit = schema.type === 'string' ? ' characters' : schema.type === 'array' ? ' items' : '';
  const [lo, hi] =
    schema.type === 'string'
      ? ['minLength', 'maxLength']
      : schema.type === 'array'
        ? ['minItems', 'maxItems']
        : ['minimum', 'maximum'];
  const out: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.every(sayableValue))
    warnings.push(`${at}: enum values with quotes, edge spaces, null or objects cannot be listed in a bullet`);
  else if (Array.isArray(schema.enum)) out.push(`${lead}one of ${valueList(schema.enum)}`);
  const min = schema[lo];
  const max = schema[hi];
  const sayable = (n: unknown) => n === undefined || NUMBER_WORD.test(String(n));
  if (!sayable(min) || !sayable(max))
    warnings.push(`${at}: bounds ${min ?? ''}..${max ?? ''} are not whole numbers ≥ 0`);
  else if (min !== undefined && max !== undefined) out.push(`${lead}at least ${min} and at most ${max}${unit}`);
  else if (max !== undefined) out.push(`${lead}at most ${max}${unit}`);
  else if (min !== undefined) out.push(`${lead}at least ${min}${unit}`);
  for (const k of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'])
    if (k in schema && k !== lo && k !== hi)
      warnings.push(`${at}: ${k} does not apply to its type and cannot be stated`);
  if ('default' in schema && each) warnings.push(`${at}: a default of the items cannot be stated`);
  else if ('default' in schema) out.push(`default ${quote(schema.default)}`);
  return out;
}

/**
 * The reader titles a JSON-RPC variant after the "a <Capitalised Words> request|response" of the sentence opening
 * its statement, or "request" / "response" / "error response" when there is none: the sentence that gives `title`.
 */
function opening(title: string, kind: 'request' | 'response' | 'error response', at: string, warnings: string[]) {
  if (title === kind) return 'a JSON-RPC 2.0 [JSON-RPC]';
  if (titleOf(`a ${title},`, '') !== title)
    warnings.push(`${at}: its title "${title}" is not one a sentence can give ("a Capitalised Words ${kind}")`);
  return `a ${title}, encoded as a JSON-RPC 2.0 [JSON-RPC]`;
}

const bodyTitle = (object: Schema | undefined) => String(object?.description ?? '').replace(/\.$/, '');

/** The request and its response, as CR 000 states them: the request object's members, then the response's. */
export function rpcList(
  request: { method: string; params?: Schema; sender: string } | undefined,
  response: { result?: Schema; error?: Schema; sender: string } | undefined,
  /** `<interface>.<name>` of the request and of the response, for warnings. */
  where: { request: string; response: string },
): Restated {
  const warnings: string[] = [];
  const lines: string[] = [];
  if (request) {
    const title = bodyTitle(request.params) || 'request';
    lines.push(
      `The ${request.sender} issues ${opening(title, 'request', where.request, warnings)} request object, with:`,
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
  if (!response) return { lines, warnings };
  const members = (['result', 'error'] as const).filter((m) => response[m]);
  const titles = members.map((m) => bodyTitle(response[m]) || (m === 'result' ? 'response' : 'error response'));
  // One statement for both members when they share a title (CR 000's form), else one statement each.
  const statements = new Set(titles).size === 1 ? [members] : members.map((m) => [m]);
  for (const group of statements) {
    const title = titles[members.indexOf(group[0]!)]!;
    const kind =
      group.length === 1 && group[0] === 'error' && title === 'error response' ? 'error response' : 'response';
    lines.push(
      `Then the ${response.sender} returns ${opening(title, kind, where.response, warnings)} response object, with:`,
      `${BULLET} “id” member matching the identifier included in the request object`,
    );
    for (const member of group) {
      const object = response[member]!;
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
