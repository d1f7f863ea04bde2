/**
 * The clause grammar of a parameter description: presence, type and constraint phrases of the house
 * style, each a small sticky pattern with what it contributes. `readClauses` walks a description left to
 * right; a phrase no pattern reads is kept as note text (and reported when it looks like a constraint).
 */
import type { JsonSchema } from '../definitions.ts';
import { QUOTE_CHARS } from './quotes.ts';
import { CONSTRAINTS } from './constraint-phrases.ts';
import { DATE_TIME, NO_MATCH, mergeType, scalarSchema, type Matcher } from './phrase-kit.ts';

export { scalarSchema } from './phrase-kit.ts';

export interface Presence {
  required: boolean;
  /** "conditional", "only present when …": optional in the schema, the condition stays in the note. */
  conditional?: boolean;
  /** "mandatory in the success response only". */
  only?: 'success' | 'error';
}

export type Unit = 'length' | 'items' | 'value';

export interface Constraint {
  min?: number;
  max?: number;
  unit?: Unit;
  enum?: (string | number | boolean)[];
  default?: string | number | boolean;
  /** "each one of …", "each at most …": the constraint is on the array items. */
  each?: boolean;
  /** "each an array of strings": the schema of the array items. */
  itemsSchema?: JsonSchema;
  /** "date and time in RFC 3339 format" said in a description: the string's format. */
  format?: string;
  /** "200 on success", "400 or 503 on error": the enumeration holds in that variant of a response only. */
  role?: 'success' | 'error';
  /** "smaller than 120", "> 0": a bound the value never reaches. */
  exclusiveMin?: number;
  exclusiveMax?: number;
  /** "multiple of 5". */
  multipleOf?: number;
}

export interface TypeRead {
  schema: JsonSchema;
  /** "each with:", "object with the following members:": deeper bullets define the members. */
  opensList?: boolean;
  /** "array of widgets": the item type word the reader does not know, and its offset in the description. */
  unknownItems?: string;
  unknownItemsAt?: number;
}

export interface Clauses {
  presence?: Presence;
  /** Cardinality with an upper bound above 1 (`0..n`): the value is an array of the type. */
  many?: { min: number };
  type?: TypeRead;
  constraints: Constraint[];
  /** Text no pattern read, with its offset in the input; `read` when a constraint inside it was taken. */
  notes: { text: string; index: number; read: boolean }[];
  /** Where the last presence or type phrase ends: the description starts after it. */
  headEnd: number;
}

const PRESENCE_WORD: Record<string, Presence> = {
  m: { required: true },
  mandatory: { required: true },
  required: { required: true },
  o: { required: false },
  optional: { required: false },
  c: { required: false, conditional: true },
  conditional: { required: false, conditional: true },
};

const presenceOf = (word: string, only?: string): Presence => {
  const p = { ...PRESENCE_WORD[word.toLowerCase()]! };
  if (only) p.only = /success/i.test(only) ? 'success' : 'error';
  return p;
};

/** Matchers tried at the start of each clause, in order. */
const AT_START: Matcher[] = [
  { re: /\(\s*(M|O|C|mandatory|optional|conditional)\s*\)/iy, apply: (m, o) => (o.presence = presenceOf(m[1]!)) },
  {
    // "Mandatory when “offset” is absent" is a condition, read by markConditional: not a presence of its own.
    re: /(mandatory|optional|conditional|required)\b(?!\s+(?:when|if|unless|only\s+(?:when|if)|in\s+case)\b)(?:\s+(?:in\s+the\s+(success|error)(?:\s+response)?\s+only|only\s+in\s+the\s+(success|error)(?:\s+response)?))?/iy,
    apply: (m, o) => (o.presence = presenceOf(m[1]!, m[2] ?? m[3])),
  },
  { re: /(M|O|C)(?=\s*(?:[,;:)\-–—]|$))/y, apply: (m, o) => (o.presence = presenceOf(m[1]!)) },
  {
    re: /\(?\s*(0|1)\s*\.\.\s*(1|n|\*|\d+)\s*\)?(?=\s|[,;:\-–—]|$)/iy,
    apply: (m, o) => {
      // After a numeric type, "Integer (0..255)" is the range of its value, not a cardinality.
      const numeric = o.type?.schema.type === 'integer' || o.type?.schema.type === 'number';
      if (numeric && /^\d+$/.test(m[2]!) && m[2] !== '1') {
        o.constraints.push({ min: Number(m[1]), max: Number(m[2]) });
        return;
      }
      o.presence = { required: m[1] === '1' };
      if (m[2] !== '1') o.many = { min: Number(m[1]) };
    },
  },
  { re: /\(?\s*1\s*\)?(?=\s*(?:[,;:]|$))/y, apply: (_m, o) => (o.presence = { required: true }) },
  {
    re: /(?:an?\s+)?(?:array|list)\s+of\s+(?:json\s+)?objects?(?:\s*,?\s*(?:each\s+)?(?:with|containing|having)(?:\s+the\s+following(?:\s+\w+)?)?)?\s*:?/iy,
    apply: (m, o) =>
      (o.type = {
        schema: { type: 'array', items: { type: 'object' } },
        opensList: /with|containing|having|:/i.test(m[0]),
      }),
  },
  {
    re: /(?:an?\s+)?(?:array|list)\s*,?\s*(?:each|whose|every)\s+(?:item|entry|element)s?\s+(?:is\s+an?\s+object\s+)?(?:with|containing|having)(?:\s+the\s+following(?:\s+\w+)?)?\s*:?/iy,
    apply: (_m, o) => (o.type = { schema: { type: 'array', items: { type: 'object' } }, opensList: true }),
  },
  {
    re: /(?:an?\s+)?(?:opaque|free-?form|arbitrary|any)\s+(?:json\s+)?object\b/iy,
    apply: (_m, o) => (o.type = { schema: { type: 'object' } }),
  },
  {
    re: /(?:an?\s+)?(?:json\s+)?object(?:\s*,?\s*(?:with|containing|having)(?:\s+the\s+following(?:\s+\w+)?)?\s*:?)?/iy,
    apply: (m, o) =>
      (o.type = {
        schema: { type: 'object' },
        opensList: m[0].trim().length > 'object'.length && /with|containing|having|:/i.test(m[0]),
      }),
  },
  {
    re: /(?:an?\s+)?(?:array|list)\s+of\s+([A-Za-z-]+)(?:\s+in\s+RFC\s*3339(?:\s+format)?)?/iy,
    apply: (m, o) => {
      const items = scalarSchema(m[1]!);
      if (items) o.type = { schema: { type: 'array', items } };
      else
        o.type = { schema: { type: 'array' }, unknownItems: m[1]!, unknownItemsAt: m.index + m[0].lastIndexOf(m[1]!) };
    },
  },
  { re: /(?:an?\s+)?(?:array|list)\b/iy, apply: (_m, o) => (o.type = { schema: { type: 'array' } }) },
  { re: DATE_TIME, apply: (_m, o) => mergeType(o, { type: 'string', format: 'date-time' }) },
  {
    // "non-empty string", "a non-empty array of strings" is read by the array matchers after this prefix.
    re: /(?:an?\s+)?non-?empty\s+(strings?|text)\b/iy,
    apply: (_m, o) => mergeType(o, { type: 'string', minLength: 1 }),
  },
  {
    // "a positive integer": the sign is a bound the schema keeps.
    re: /(?:an?\s+)?(strictly\s+positive|positive|non-negative|nonnegative|unsigned)\s+(integer|number)s?\b/iy,
    apply: (m, o) => {
      const zeroAllowed = !/^(?:strictly\s+)?positive$/i.test(m[1]!);
      const type = m[2]!.toLowerCase();
      mergeType(
        o,
        zeroAllowed ? { type, minimum: 0 } : type === 'integer' ? { type, minimum: 1 } : { type, exclusiveMinimum: 0 },
      );
    },
  },
  {
    // A type word may run into its constraint ("integer between 0 and 7"); "number of …" is a description.
    re: /(?:an?\s+)?([A-Za-z][A-Za-z-]*)(?=\s*(?:[,;:.(]|$|\s+(?:value|type)\b)|\s+(?:between|from|in\s+the\s+range|ranging|up\s+to|at\s+(?:most|least)|not|no|max|min|maximum|minimum|exactly|greater|larger|smaller|less|lower|more|above|below|multiple|non-?empty|[≤≥<>])\b|\s+of\s+(?:at\s+(?:most|least)|up\s+to|between|exactly|max|min|length)\b|\s*[≤≥<>])/iy,
    apply: (m, o) => {
      const s = scalarSchema(m[1]!);
      if (s) mergeType(o, s);
      else throw NO_MATCH;
    },
  },
];
function tryAt(matchers: Matcher[], text: string, pos: number, out: Clauses): number {
  for (const { re, apply } of matchers) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || !m[0].trim()) continue;
    try {
      apply(m, out);
    } catch (error) {
      if (error === NO_MATCH) continue;
      throw error;
    }
    return re.lastIndex;
  }
  return -1;
}

/** The end of the clause starting at `pos`: the next `,` `;` or sentence end outside quotes. */
function clauseEnd(text: string, pos: number): number {
  let quote = false;
  for (let i = pos; i < text.length; i++) {
    const c = text[i]!;
    if (QUOTE_CHARS.includes(c)) quote = !quote;
    if (quote) continue;
    if (c === ',' || c === ';' || c === ':') return i;
    if (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!)) && !/\d/.test(text[i - 1] ?? '')) return i;
  }
  return text.length;
}

/** Reads a description (the text after a parameter's name, or a table cell) clause by clause. */
export function readClauses(text: string, { types = true }: { types?: boolean } = {}): Clauses {
  const out: Clauses = { constraints: [], notes: [], headEnd: 0 };
  let pos = 0;
  while (pos < text.length) {
    const skip = /[\s,;:.\-–—()]+/y;
    skip.lastIndex = pos;
    if (skip.exec(text)) pos = skip.lastIndex;
    if (pos >= text.length) break;
    let next = types ? tryAt(AT_START, text, pos, out) : -1;
    if (next >= 0) out.headEnd = next;
    else next = tryAt(CONSTRAINTS, text, pos, out);
    if (next >= 0) {
      pos = next;
      continue;
    }
    const end = clauseEnd(text, pos);
    // A constraint inside the sentence ("it SHALL be one of ‘400’, ‘401’ or ‘503’") may run past the clause's comma.
    // … but one that starts past the clause's end leaves the clause's own words unread ("upper case only, up to 32").
    const inside = findInside(text, pos, sentenceEnd(text, pos), out, end);
    if (inside) {
      if (inside.start > pos) out.notes.push({ text: text.slice(pos, inside.start).trim(), index: pos, read: true });
      pos = inside.end;
      continue;
    }
    const clause = text.slice(pos, end);
    out.notes.push({ text: clause.trim(), index: pos, read: false });
    pos = end + 1;
  }
  return out;
}

/** "only present when …", "When absent …": presence said in a sentence. The whole sentence stays a note. */
const CONDITIONAL =
  /\b(?:(?:mandatory|required)\s+(?:only\s+)?(?:when|if|unless)|(?:only\s+)?present\s+(?:only\s+)?(?:when|if)|only\s+(?:present|included|sent)\s+(?:when|if)|when\s+absent|if\s+absent|may\s+be\s+(?:omitted|absent))\b/i;

/** "Only present in the error response", "in the success response only": the variant the parameter belongs to. */
const ONLY_IN_VARIANT =
  /\b(?:only\s+(?:present\s+|included\s+|sent\s+)?|present\s+only\s+)in\s+(?:the\s+|an?\s+)?(success|error)\s+response|\bin\s+(?:the\s+)?(success|error)\s+response\s+only\b/i;

/** "only present when …" inside a sentence: the parameter is optional, the sentence stays a note. */
function markConditional(clause: string, out: Clauses): void {
  const variant = ONLY_IN_VARIANT.exec(clause);
  if (variant) {
    out.presence ??= { required: false };
    out.presence.only = (variant[1] ?? variant[2])!.toLowerCase() as 'success' | 'error';
  }
  if (!CONDITIONAL.test(clause)) return;
  const conditional = !/absent|omitted/i.test(clause);
  if (!out.presence) out.presence = { required: false, conditional };
  else if (!out.presence.required && conditional) out.presence.conditional = true;
}

/** The first constraint stated inside the sentence from `pos` to `end`, at a word start. */
/** A constraint starting inside the clause (pos..clauseEnd); its words may run on to the sentence's end. */
function findInside(
  text: string,
  pos: number,
  end: number,
  out: Clauses,
  clauseEnd: number,
): { start: number; end: number } | undefined {
  markConditional(text.slice(pos, end), out);
  for (let i = pos; i < Math.min(end, clauseEnd); i++) {
    if (i > pos && /\w/.test(text[i - 1]!)) continue;
    const next = tryAt(CONSTRAINTS, text, i, out);
    if (next > i) return { start: i, end: next };
  }
  return undefined;
}

function sentenceEnd(text: string, pos: number): number {
  const m = /\.(?:\s|$)/g;
  m.lastIndex = pos;
  let hit = m.exec(text);
  while (hit && /\d/.test(text[hit.index - 1] ?? '')) hit = m.exec(text);
  return hit ? hit.index : text.length;
}

/** Text left in a note that reads like a constraint the patterns did not take. */
export const CONSTRAINT_HINT =
  /\b(?:at\s+least|at\s+most|up\s+to|maximum|minimum|between|one\s+of|default|no\s+more\s+than|less\s+than|greater\s+than|exceed\w*|characters|must\s+be\s+(?:one|either)|shall\s+be|range|only\s+the\s+values|restricted|multiple\s+of|(?:non-?)?negative|positive|unique|distinct|upper\s*case|lower\s*case|alphanumeric|digits?\s+only|only\s+digits|pattern|regular\s+expression)\b|(?<![\w.])\d+\s*(?:characters?|chars?|items?|entries|bytes?|octets?|seconds?|s|ms|minutes?|hours?|days?)\b|[<>≤≥]=?\s*\d|(?<![\w.])\d+\s+(?:on|for|in\s+case\s+of)\s+(?:success|error|failure)\b|^\s*-?\d+(?:\.\d+)?\s*$/i;
