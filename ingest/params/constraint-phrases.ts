/**
 * The constraint phrases of a parameter description ("from 1 to 10", "at most 64 characters", "one of ‘a’ or ‘b’",
 * "> 0", "multiple of 5", "default 3"): each a sticky pattern and the Constraint it adds, tried by readClauses at the
 * start of a clause and, failing that, anywhere inside it.
 */
import { VALUE, VALUE_LIST, enumValue, numberWord, valuesOf } from './quotes.ts';
import type { Clauses } from './clauses.ts';
import {
  AT_LEAST,
  AT_MOST,
  BOUND,
  COUNT,
  DATE_TIME,
  NO_MATCH,
  NUM,
  UNIT,
  scalarSchema,
  unitOf,
  type Matcher,
} from './phrase-kit.ts';

/** A range matched as (each?) (low) (high) (unit?). */
const pushRange = (m: RegExpExecArray, o: Clauses) =>
  o.constraints.push({
    min: numberWord(m[2]!),
    max: numberWord(m[3]!),
    unit: unitOf(m[4]),
    ...(m[1] ? { each: true } : {}),
  });

export const CONSTRAINTS: Matcher[] = [
  {
    re: new RegExp(
      `(each\\s+(?:(?:item|value|entry)\\s+)?(?:is\\s+)?)?(?:(?:(?:must|shall)\\s+be\\s+)?one\\s+of(?:\\s+the\\s+values)?\\s*:?|either|restricted\\s+to(?:\\s+the\\s+values)?|(?:possible|allowed|permitted|valid)\\s+values(?:\\s+are)?\\s*:?)\\s*(${VALUE_LIST})`,
      'iy',
    ),
    apply: (m, o) => o.constraints.push({ enum: valuesOf(m[2]!), ...(m[1] ? { each: true } : {}) }),
  },
  {
    re: new RegExp(
      `(each\\s+)?${AT_LEAST}\\s+${NUM}\\s*(?:${UNIT})?\\s*(?:,\\s*)?(?:and\\s+)?${AT_MOST}\\s+${NUM}\\s*${UNIT}`,
      'iy',
    ),
    apply: (m, o) =>
      o.constraints.push({
        min: numberWord(m[2]!),
        max: numberWord(m[4]!),
        unit: unitOf(m[5] ?? m[3]),
        ...(m[1] ? { each: true } : {}),
      }),
  },
  {
    re: new RegExp(
      `(each\\s+)?(?:from|between|(?:in\\s+)?(?:the\\s+)?range(?:\\s+of)?(?:\\s+from)?|ranging\\s+from|within)\\s+${BOUND}\\s*(?:to|and|\\.\\.|-|–)\\s*${BOUND}\\s*${UNIT}`,
      'iy',
    ),
    apply: (m, o) => pushRange(m, o),
  },
  {
    // "1 to 10 items", "1-64 characters": a bare range needs its unit.
    re: new RegExp(`(each\\s+)?${BOUND}\\s*(?:to|\\.\\.|-|–)\\s*${BOUND}\\s*${UNIT.slice(0, -1)}`, 'iy'),
    apply: (m, o) => pushRange(m, o),
  },
  {
    // "maximum length 64", "min. length of 1": a length, whatever the unit word.
    re: new RegExp(`(max(?:imum)?|min(?:imum)?)\\.?\\s+length(?:\\s+of)?\\s+${NUM}\\s*${UNIT}`, 'iy'),
    apply: (m, o) => o.constraints.push({ [/^max/i.test(m[1]!) ? 'max' : 'min']: numberWord(m[2]!), unit: 'length' }),
  },
  {
    re: new RegExp(`(each\\s+)?${AT_MOST}\\s+${COUNT}`, 'iy'),
    apply: (m, o) =>
      o.constraints.push({ max: numberWord(m[2]!), unit: unitOf(m[3]), ...(m[1] ? { each: true } : {}) }),
  },
  {
    re: new RegExp(`(each\\s+)?${AT_LEAST}\\s+${COUNT}`, 'iy'),
    apply: (m, o) =>
      o.constraints.push({ min: numberWord(m[2]!), unit: unitOf(m[3]), ...(m[1] ? { each: true } : {}) }),
  },
  {
    // "'asc' | 'desc'": the values, listed with bars.
    re: new RegExp(`(${VALUE}(?:\\s*\\|\\s*${VALUE})+)`, 'iy'),
    apply: (m, o) => o.constraints.push({ enum: valuesOf(m[1]!) }),
  },
  {
    // "true by default", "3 by default".
    re: new RegExp(`(${VALUE})\\s+(?:by\\s+default|as\\s+(?:the\\s+)?default)\\b`, 'iy'),
    apply: (m, o) => o.constraints.push({ default: enumValue(m[1]!) }),
  },
  {
    // "string (URL)", "String (URI)": the format said after the type.
    re: /\(?\s*(?:an?\s+)?(?:absolute\s+)?(?:URL|URI)\s*\)/iy,
    apply: (_m, o) => {
      if (o.type?.schema.type !== 'string') throw NO_MATCH;
      o.constraints.push({ format: 'uri' });
    },
  },
  {
    // "exactly 5 characters", "exactly 3 items": both bounds.
    re: new RegExp(`(each\\s+)?exactly\\s+${NUM}\\s*${UNIT}`, 'iy'),
    apply: (m, o) => {
      const n = numberWord(m[2]!);
      o.constraints.push({ min: n, max: n, unit: unitOf(m[3]), ...(m[1] ? { each: true } : {}) });
    },
  },
  {
    // "2 items at most", "8 characters at least": the bound before its words.
    re: new RegExp(`(each\\s+)?${NUM}\\s*${UNIT.slice(0, -1)}\\s+at\\s+(most|least)\\b`, 'iy'),
    apply: (m, o) =>
      o.constraints.push({
        [m[4]!.toLowerCase() === 'most' ? 'max' : 'min']: numberWord(m[2]!),
        unit: unitOf(m[3]),
        ...(m[1] ? { each: true } : {}),
      }),
  },
  {
    // "length 1 to 140", "a length of 8 to 64": a range of characters whatever follows.
    re: new RegExp(
      `(each\\s+)?(?:an?\\s+)?length(?:\\s+of)?(?:\\s+from)?\\s+${BOUND}\\s*(?:to|\\.\\.|-|–|and)\\s*${BOUND}\\s*${UNIT}`,
      'iy',
    ),
    apply: (m, o) =>
      o.constraints.push({
        min: numberWord(m[2]!),
        max: numberWord(m[3]!),
        unit: 'length',
        ...(m[1] ? { each: true } : {}),
      }),
  },
  {
    // "0 to 100", "values 0 to 23", "0.0 – 1.0" ending its clause: a bare range of the value.
    re: new RegExp(
      `(each\\s+)?(?:(?:with\\s+)?(?:a\\s+)?values?\\s+(?:from\\s+)?)?${BOUND}\\s*(?:to|\\.\\.|-|–|—)\\s*${BOUND}()(?=\\s*(?:[,;.(]|$))`,
      'iy',
    ),
    apply: (m, o) => pushRange(m, o),
  },
  {
    // "smaller than 120", "less than 1", "> 0", "greater than 0": a bound the value never reaches.
    re: new RegExp(
      `(?:(?:is|shall\\s+be|must\\s+be)\\s+)?(?:(smaller|less|lower|fewer)\\s+than|below|(<)|(greater|larger|more|bigger|higher)\\s+than|above|(>))\\s*${BOUND}(?!\\s*(?:characters?|chars?|items?|entries|elements?|octets?|bytes?)\\b)`,
      'iy',
    ),
    apply: (m, o) => {
      const below = Boolean(m[1] || m[2]) || /^below/i.test(m[0].trim());
      o.constraints.push(below ? { exclusiveMax: numberWord(m[5]!) } : { exclusiveMin: numberWord(m[5]!) });
    },
  },
  {
    re: new RegExp(`(?:an?\\s+)?multiple\\s+of\\s+${BOUND}`, 'iy'),
    apply: (m, o) => o.constraints.push({ multipleOf: numberWord(m[1]!) }),
  },
  {
    // "must not be negative", "never negative": zero is the least value.
    re: /(?:(?:must|shall|may)\s+not\s+be|never|not)\s+negative\b/iy,
    apply: (_m, o) => o.constraints.push({ min: 0 }),
  },
  {
    // "non-empty" of a string or an array: one character or one item at least.
    re: /non-?empty\b/iy,
    apply: (_m, o) => {
      if (o.type?.schema.type === 'array') o.constraints.push({ min: 1, unit: 'items' });
      else if (o.type?.schema.type === 'string') o.constraints.push({ min: 1, unit: 'length' });
      else throw NO_MATCH;
    },
  },
  {
    // "(non-negative)", "positive" said of an integer after its type: the bound the sign gives.
    re: /(strictly\s+positive|positive|non-?negative)\b/iy,
    apply: (m, o) => {
      if (/^non/i.test(m[1]!)) o.constraints.push({ min: 0 });
      else if (o.type?.schema.type === 'integer') o.constraints.push({ min: 1 });
      else throw NO_MATCH;
    },
  },
  {
    // "200 on success", "400, 401 or 503 in case of error": the values the member takes in one response variant.
    re: new RegExp(
      `(${VALUE_LIST})\\s+(?:on|for|upon|in\\s+(?:the\\s+)?case\\s+of|if|when)\\s+(success(?:ful)?|error|failure)\\b`,
      'iy',
    ),
    apply: (m, o) => o.constraints.push({ enum: valuesOf(m[1]!), role: /^success/i.test(m[2]!) ? 'success' : 'error' }),
  },
  {
    // "200, 401 or 503." ending a sentence: the values, listed bare.
    re: new RegExp(`((?:${VALUE}\\s*,\\s*)*${VALUE}\\s*,?\\s+or\\s+${VALUE})(?=\\s*(?:[.;]|$))`, 'iy'),
    apply: (m, o) => o.constraints.push({ enum: valuesOf(m[1]!) }),
  },
  {
    // "it SHALL be set to ‘200’": one value allowed.
    re: new RegExp(`(?:shall|must)\\s+(?:always\\s+)?be\\s+(?:set\\s+to|equal\\s+to)\\s+(${VALUE})`, 'iy'),
    apply: (m, o) => o.constraints.push({ enum: [enumValue(m[1]!)] }),
  },
  {
    re: new RegExp(`(?:by\\s+)?defaults?(?:\\s+value)?(?:\\s+is|\\s+of|\\s+to|\\s*:|\\s*=)?\\s*(${VALUE})`, 'iy'),
    apply: (m, o) => o.constraints.push({ default: enumValue(m[1]!) }),
  },
  {
    re: /each\s+(?:is\s+)?(?:an?\s+)?(?:array|list)\s+of\s+([A-Za-z-]+)/iy,
    apply: (m, o) => {
      const items = scalarSchema(m[1]!);
      if (!items) throw NO_MATCH;
      o.constraints.push({ each: true, itemsSchema: { type: 'array', items } });
    },
  },
];

CONSTRAINTS.push({
  re: new RegExp(DATE_TIME.source, 'iy'),
  apply: (_m, o) => o.constraints.push({ format: 'date-time' }),
});
