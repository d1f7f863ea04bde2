/**
 * The vocabulary the clause grammar (clauses.ts) and its constraint phrases (constraint-phrases.ts) share: numbers,
 * units and bound words as pattern sources, the scalar type words, and the matcher shape each phrase has.
 */
import type { JsonSchema } from '../definitions.ts';
import type { Clauses, Unit } from './clauses.ts';

export const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
/** A bound of a range, which may be a decimal ("from 0.5 to 1.5"). */
export const BOUND = '(-?\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)';
export const UNIT =
  '(characters?|chars?|letters?|digits?|octets?|bytes?|items?|entries|entry|elements?|values?|members?|commands?|objects?)?';
/**
 * A count and its unit; without a unit, a word that names what is counted ("at most 2 decimals") makes it no
 * bound the schema can hold, while a unit of time or a percentage only describes the value.
 */
export const COUNT = `${NUM}(?:\\s*${UNIT.slice(0, -1)}|(?!\\s*(?!(?:seconds?|s|ms|milliseconds?|minutes?|hours?|days?|percent|and|or|each|per|in|if|when|the|of|for|by|default|inclusive)\\b)[A-Za-z]))`;
/** Words for an upper or a lower bound ("at most", "not larger than", "no less than"). */
export const AT_MOST =
  '(?:at\\s+most|up\\s+to|max(?:imum)?\\.?(?:\\s+value)?(?:\\s+of)?|no\\s+more\\s+than|not\\s+more\\s+than|(?:not|no)\\s+(?:larger|greater|bigger|higher)\\s+than|not\\s+exceeding|less\\s+than\\s+or\\s+equal\\s+to|≤|<=)';
export const AT_LEAST =
  '(?:at\\s+least|min(?:imum)?\\.?(?:\\s+value)?(?:\\s+of)?|(?:no|not)\\s+(?:less|smaller|lower)\\s+than|greater\\s+than\\s+or\\s+equal\\s+to|≥|>=)';

const SCALARS: [RegExp, JsonSchema][] = [
  [/^(?:strings?|text|utf-?8 strings?)$/i, { type: 'string' }],
  [/^(?:integers?|int|unsigned integers?|non-negative integers?|positive integers?)$/i, { type: 'integer' }],
  [/^(?:numbers?|float|double|decimal)$/i, { type: 'number' }],
  [/^(?:booleans?|bool)$/i, { type: 'boolean' }],
  [/^(?:urls?|uris?|urns?)$/i, { type: 'string', format: 'uri' }],
  [/^(?:date-?times?|timestamps?)$/i, { type: 'string', format: 'date-time' }],
];

/** The schema of a one-word type ("string", "URL", "integers"), or undefined. */
export function scalarSchema(word: string): JsonSchema | undefined {
  const found = SCALARS.find(([re]) => re.test(word.trim()));
  return found ? { ...found[1] } : undefined;
}

export const DATE_TIME =
  /(?:a\s+)?(?:date and time|date-?time|timestamp)(?:\s+(?:in|as per|according to|following)\s+(?:the\s+)?RFC\s*3339(?:\s+format)?|\s*\(\s*(?:as\s+per\s+|see\s+)?RFC\s*3339\s*\))?/iy;

export interface Matcher {
  re: RegExp;
  apply(m: RegExpExecArray, out: Clauses): void;
}

export const unitOf = (word: string | undefined): Unit | undefined => {
  if (!word) return undefined;
  if (/^(characters?|chars?|letters?|digits?|octets?|bytes?)$/i.test(word)) return 'length';
  return 'items';
};

/** Thrown by a matcher whose pattern matched words it does not read: the next matcher is tried. */
export const NO_MATCH = Symbol('no match');

export function mergeType(o: Clauses, schema: JsonSchema): void {
  if (!o.type) o.type = { schema };
  else if (o.type.schema.type === 'array' && o.type.schema.items && typeof o.type.schema.items === 'object')
    o.type.schema.items = { ...(o.type.schema.items as JsonSchema), ...schema };
  else o.type.schema = { ...o.type.schema, ...schema };
}
