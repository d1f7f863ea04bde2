/**
 * readAmendments: sentences of a change proposal → the edits they state, each as
 * (verb, parameter, target, value). A sentence may hold several ("… is renamed “description”, and its
 * “code” element is restricted to …"), name its target once for all of them, and put any words between.
 * A sentence that reads like a change but matches no form is returned as `unread` for the caller to report.
 */
import type { JsonSchema } from './definitions.ts';
import type { Loc } from './model.ts';
import { readClauses, type Constraint } from './params/clauses.ts';
import { applyConstraint } from './params/param.ts';
import { QUOTE_CHARS, enumValue, numberWord, quotedNames } from './params/quotes.ts';

export type Side = 'request' | 'response' | 'success' | 'error';

export interface AmendTarget {
  side?: Side;
  /** The message's title words as the sentence gives them ("AOI Client Deregistration"). */
  title?: string;
  /** A nested element: the member names from the message down to the object holding the parameter. */
  path: string[];
}

export type Edit =
  | { verb: 'rename'; to: string }
  | { verb: 'add'; required: boolean; schema: JsonSchema; description: string }
  | { verb: 'remove' }
  | { verb: 'presence'; required: boolean }
  | { verb: 'type'; schema: JsonSchema }
  | { verb: 'restrict'; values: (string | number | boolean)[] }
  /** Ranges, lengths, item counts: "the maximum length of “x” is 64 characters", "“y” shall have at least one item". */
  | { verb: 'constrain'; constraints: Constraint[] };

export interface Statement {
  name: string;
  edit: Edit;
  target: AmendTarget;
  text: string;
  loc: Loc;
}

const Q = `[${QUOTE_CHARS}]`;
const NAME = `${Q}\\s*([A-Za-z_$][\\w$.-]*)\\s*${Q}`;
const VALUE = `(?:${Q}[^${QUOTE_CHARS}]*${Q}|-?\\d+(?:\\.\\d+)?|true|false)`;
const VALUE_LIST = `${VALUE}(?:\\s*(?:,\\s*(?:or|and)?|or|and)\\s*${VALUE})*`;
const KIND = '(?:parameter|element|member|attribute|field|property)';
/** Words between a name and its verb; a quoted container ("of each “MOS” item") may stand among them. */
const FILLER = `(?:[^${QUOTE_CHARS}]|${Q}[^${QUOTE_CHARS}]*${Q}(?=\\s*(?:object|item|items|array|entry|entries|member)\\b))*?`;
const ENVELOPE_MEMBERS = new Set(['params', 'result', 'error']);
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
const UNIT = '(characters?|chars?|octets?|bytes?|items?|entries|elements?)';
/** "from now on", "henceforth": words that date a presence statement, which alone ("“x” is optional") would be a description. */
const FROM_NOW = '(?:from\\s+now\\s+on|henceforth|hereafter|from\\s+this\\s+(?:version|release)\\s+on|now)';

/** Words that make a sentence a change statement; one with a quoted name and none of the forms below is unread. */
export const CHANGE_WORDS =
  /\b(?:renamed?|added|adds?|removed?|deleted?|becomes?|changed?|restricted|limited|replaced?|no\s+longer|is\s+now|modified|now\s+(?:optional|mandatory)|from\s+now\s+on|henceforth|(?:maximum|minimum)\s+(?:length|size|value|number))\b/i;

interface Form {
  re: RegExp;
  edit(m: RegExpExecArray): { name: string; edit: Edit } | undefined;
}

const FORMS: Form[] = [
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:is\\s+|shall\\s+be\\s+|are\\s+)?renamed(?:\\s+(?:to|as|into))?\\s+${NAME}`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'rename', to: m[2]! } }),
  },
  {
    re: new RegExp(`\\brename\\s+(?:the\\s+)?${NAME}.*?\\b(?:to|as|into)\\s+${NAME}`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'rename', to: m[2]! } }),
  },
  {
    re: new RegExp(
      `(?:\\b(?:a|an)\\s+)?(?:new\\s+)?(mandatory|optional|conditional)?\\s*(?:new\\s+)?${KIND}\\s+${NAME}\\s*(?:\\(([MOC])\\))?[^:]*?\\b(?:is|shall\\s+be|are)\\s+added\\b([^:]*)(?::\\s*(.*))?$`,
      'i',
    ),
    edit: (m) => added(m[2]!, m[1] ?? m[3], m[5]),
  },
  {
    re: new RegExp(
      `\\badd\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(mandatory|optional|conditional)?\\s*${KIND}?\\s*${NAME}\\s*(?:\\(([MOC])\\))?[^:]*?(?::\\s*(.*))?$`,
      'i',
    ),
    edit: (m) => added(m[2]!, m[1] ?? m[3], m[4]),
  },
  {
    re: new RegExp(`${NAME}${FILLER}\\b(?:is|shall\\s+be|are)\\s+(?:removed|deleted)\\b`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'remove' } }),
  },
  {
    re: new RegExp(`\\b(?:remove|delete)\\s+(?:the\\s+)?${NAME}`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'remove' } }),
  },
  {
    re: new RegExp(`${NAME}${FILLER}\\bis\\s+no\\s+longer\\s+(?:present|part\\s+of|included)`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'remove' } }),
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:becomes|shall\\s+become|is\\s+changed\\s+to|changes\\s+to|is\\s+made|(?:is|are|shall)\\s+${FROM_NOW}(?:\\s+(?:be|made))?)\\s+(mandatory|optional|required|conditional)\\b`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: /mandatory|required/i.test(m[2]!) } }),
  },
  {
    re: new RegExp(`${NAME}${FILLER}\\bis\\s+no\\s+longer\\s+(mandatory|required)\\b`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: false } }),
  },
  {
    re: new RegExp(
      `\\btype\\s+of\\s+(?:the\\s+)?${NAME}${FILLER}\\b(?:is\\s+changed\\s+to|becomes|changes\\s+to|is\\s+now|is)\\s+(.+)$`,
      'i',
    ),
    edit: (m) => typed(m[1]!, m[2]!),
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:becomes|is\\s+now|is\\s+changed\\s+to|changes\\s+to)\\s+(?:of\\s+type\\s+)?(.+)$`,
      'i',
    ),
    edit: (m) => typed(m[1]!, m[2]!),
  },
  {
    re: new RegExp(
      `\\b(maximum|minimum)\\s+(length|size|value|number\\s+of\\s+(?:items|entries|elements))\\s+(?:of|for)\\s+(?:the\\s+|each\\s+)?${NAME}${FILLER}\\b(?:is|becomes|shall\\s+be|is\\s+changed\\s+to|is\\s+set\\s+to|is\\s+now)\\s+${NUM}`,
      'i',
    ),
    edit: (m) => {
      const bound = numberWord(m[4]!);
      const unit = /^length/i.test(m[2]!)
        ? 'length'
        : /^value/i.test(m[2]!)
          ? 'value'
          : /^number/i.test(m[2]!)
            ? 'items'
            : undefined;
      const constraint: Constraint = /^max/i.test(m[1]!) ? { max: bound } : { min: bound };
      return { name: m[3]!, edit: { verb: 'constrain', constraints: [{ ...constraint, ...(unit ? { unit } : {}) }] } };
    },
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:(?:is|are|becomes|shall\\s+be|must\\s+be)\\s+(?:now\\s+|further\\s+|also\\s+)?(restricted|limited|constrained)\\s+to|(?:shall|must)\\s+(?:now\\s+)?(?:have|contain|hold|be))\\s+(.+)$`,
      'i',
    ),
    edit: (m) => constrained(m[1]!, m[3]!, /^limited$/i.test(m[2] ?? '')),
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:shall|must|may)\\s+not\\s+(?:exceed|be\\s+longer\\s+than|contain\\s+more\\s+than|have\\s+more\\s+than)\\s+${NUM}\\s*${UNIT}?`,
      'i',
    ),
    edit: (m) => constrained(m[1]!, `at most ${m[2]!} ${m[3] ?? ''}`),
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:is|are)?\\s*(?:restricted|limited)\\s+to\\s+(?:the\\s+)?(?:values?\\s+)?(${VALUE_LIST})`,
      'i',
    ),
    edit: (m) => ({
      name: m[1]!,
      edit: { verb: 'restrict', values: [...m[2]!.matchAll(new RegExp(VALUE, 'gi'))].map((v) => enumValue(v[0])) },
    }),
  },
];

function added(
  name: string,
  presence: string | undefined,
  typeSpec: string | undefined,
): { name: string; edit: Edit } | undefined {
  if (!typeSpec) return undefined;
  const clauses = readClauses(typeSpec);
  if (!clauses.type) return undefined;
  const schema = structuredClone(clauses.type.schema);
  for (const c of clauses.constraints) applyConstraint(schema, c);
  const required = presence ? /^(m|mandatory)$/i.test(presence) : (clauses.presence?.required ?? false);
  return {
    name,
    edit: {
      verb: 'add',
      required,
      schema,
      description: typeSpec
        .slice(clauses.headEnd)
        .replace(/^[\s,;:.]+/, '')
        .trim(),
    },
  };
}

function typed(name: string, spec: string): { name: string; edit: Edit } | undefined {
  const clauses = readClauses(spec.replace(/^(?:an?\s+)/i, ''));
  if (!clauses.type || clauses.presence) return undefined;
  return { name, edit: { verb: 'type', schema: clauses.type.schema } };
}

/**
 * A bound said after the verb: "at most 64 characters", "from 1 to 5", "at least one item", or a bare
 * "64 characters" after "limited to" ("limited to 3600": a maximum, where "restricted to 200" is the only value). Values ("restricted to 200 and 401") are the restrict form's.
 */
function constrained(name: string, spec: string, limit = false): { name: string; edit: Edit } | undefined {
  const bare = new RegExp(`^${NUM}\\s*${limit ? `${UNIT}?` : UNIT}(?=[\\s.,;]|$)`, 'i').exec(spec.trim());
  const clauses = readClauses(bare ? `at most ${bare[1]} ${bare[2] ?? ''}` : spec);
  const bounds = clauses.constraints.filter((c) => c.min !== undefined || c.max !== undefined);
  const leading = clauses.notes.every((n) => n.index > 0);
  // A bare number followed by words ("at most one year in the future") is not a bound the schema can hold.
  const unitless = bounds.some((c) => !c.unit) && clauses.notes.some((n) => !/^(?:seconds?|s|ms)\b/i.test(n.text));
  if (!bounds.length || clauses.type || clauses.presence || !leading || unitless) return undefined;
  return { name, edit: { verb: 'constrain', constraints: bounds } };
}

/** The message and variant a sentence names: "In the AOI Client Deregistration response", "of the request “params” member". */
export function targetOf(text: string): AmendTarget {
  const target: AmendTarget = { path: [] };
  const side =
    /\b((?:[A-Z][\w-]*\s+)*)(success\s+response|error\s+response|request|response)\b/.exec(text) ??
    /\b()(success\s+response|error\s+response|request|response)\b/i.exec(text);
  if (side) {
    const word = side[2]!.toLowerCase().replace(/\s+/g, ' ');
    target.side = word === 'success response' ? 'success' : word === 'error response' ? 'error' : (word as Side);
    const title = side[1]!.trim().replace(/^(?:The|In|Of|To|A|An)\s+/, '');
    if (title) target.title = title;
  }
  const member = new RegExp(`${Q}\\s*(result|error)\\s*${Q}\\s+member`, 'i').exec(text);
  if (member && (!target.side || target.side === 'response'))
    target.side = member[1]!.toLowerCase() === 'result' ? 'success' : 'error';
  const nested = new RegExp(
    `\\b(?:of|in|within)\\s+(?:the\\s+|each\\s+)?${NAME}\\s*(?:object|item|items|array|element|member|entry|entries)\\b`,
    'gi',
  );
  for (const m of text.matchAll(nested)) if (!ENVELOPE_MEMBERS.has(m[1]!)) target.path.push(m[1]!);
  return target;
}

/** The clauses of a sentence that each may hold one statement. */
function clausesOf(text: string): string[] {
  return text.split(/;\s+|,\s+and\s+(?=(?:its|the|[“"‘']))|\.\s+(?=[A-Z])/).filter((c) => c.trim());
}

export function readAmendments(text: string, loc: Loc): { statements: Statement[]; unread: boolean } {
  const statements: Statement[] = [];
  const target = targetOf(text);
  let unread = false;
  for (const clause of clausesOf(text)) {
    const names = quotedNames(clause).filter((n) => !ENVELOPE_MEMBERS.has(n.name));
    const form = FORMS.map((f) => ({ m: f.re.exec(clause), f })).find(({ m, f }) => m && f.edit(m));
    if (form) {
      const read = form.f.edit(form.m!)!;
      const own = targetOf(clause);
      const path = own.path.filter((p) => p !== read.name);
      statements.push({
        ...read,
        target: {
          ...target,
          ...(own.side ? { side: own.side } : {}),
          ...(own.title ? { title: own.title } : {}),
          path: path.length ? path : target.path.filter((p) => p !== read.name),
        },
        text: clause.trim(),
        loc,
      });
    } else if (names.length && CHANGE_WORDS.test(clause)) unread = true;
  }
  return { statements, unread };
}
