/**
 * readAmendments: sentences of a change proposal → the edits they state, each as
 * (verb, parameter, target, value). A sentence may hold several ("… is renamed “description”, and its
 * “code” element is restricted to …"), name its target once for all of them, and put any words between.
 * A sentence that reads like a change but matches no form is returned as `unread` for the caller to report.
 */
import { CHANGE_WORDS, ENVELOPE_MEMBERS, FORMS, NAME, type FormRead } from './amend-forms.ts';
import type { JsonSchema } from './definitions.ts';
import type { Loc } from './model.ts';
import type { Constraint } from './params/clauses.ts';
import { Q, QUOTE_CHARS, quotedNames } from './params/quotes.ts';

export type Side = 'request' | 'response' | 'success' | 'error';

export interface AmendTarget {
  side?: Side;
  /** The message's title words as the sentence gives them ("AOI Client Deregistration"). */
  title?: string;
  /**
   * A nested element: the member names of the objects holding the parameter, as the sentence names them (the
   * order "of each item of the “Items” array of the “Alert” object" gives is inner first; applyStatement finds
   * the order the definition nests them in).
   */
  path: string[];
  /** Path names said as a plain word ("the Alert “Items” array"): they may name no member, and are then skipped. */
  loose?: string[];
}

export type Edit =
  | { verb: 'rename'; to: string }
  | { verb: 'add'; required: boolean; schema: JsonSchema; description: string }
  | { verb: 'remove' }
  | { verb: 'presence'; required: boolean }
  | { verb: 'type'; schema: JsonSchema }
  | { verb: 'restrict'; values: (string | number | boolean)[] }
  /** "“code” may also take the value 429": values added to an enumeration. */
  | { verb: 'allow'; values: (string | number | boolean)[] }
  /** Ranges, lengths, item counts: "the maximum length of “x” is 64 characters", "“y” shall have at least one item". */
  | { verb: 'constrain'; constraints: Constraint[] };

export interface Statement extends FormRead {
  target: AmendTarget;
  text: string;
  loc: Loc;
}

/** "of each item of the “MOS” array", "in the Alert “Items” array": an object holding the parameter. */
const NESTED = new RegExp(
  // Case-sensitive, so that only a capitalised word before the name is taken as an unquoted owner.
  `\\b(?:[Oo]f|[Ii]n|[Ww]ithin|[Tt]o|[Ff]rom)\\s+(?:[Tt]he\\s+|[Ee]ach\\s+|[Ee]very\\s+)?(?:(?:item|entry)\\s+of\\s+the\\s+)?(?:([A-Z][\\w#-]*)\\s+)?${NAME}\\s*(?:object|item|items|array|element|member|entry|entries)\\b`,
  'g',
);
/** "to the “error” member", "of the AOI Client Deregistration request": words that only name where the edit goes. */
const PLACE = new RegExp(
  `${NESTED.source}|\\b(?:of|in|to|from|into)\\s+(?:the\\s+|each\\s+)?(?:(?:[A-Z][\\w-]*|success|error)\\s+)*(?:request|response|${Q}\\s*(?:params|result|error)\\s*${Q}\\s+member|(?:result|error)\\b)`,
  'g',
);

/** The message and variant a sentence names: "In the AOI Client Deregistration response", "of the request “params” member". */
export function targetOf(text: string): AmendTarget {
  const target: AmendTarget = { path: [] };
  const side =
    /\b((?:[A-Z][\w-]*\s+)*)(success\s+response|error\s+response|request|response)\b/.exec(text) ??
    /\b()(success\s+response|error\s+response|request|response)\b/i.exec(text);
  if (side) {
    const word = side[2]!.toLowerCase().replace(/\s+/g, ' ');
    target.side = word === 'success response' ? 'success' : word === 'error response' ? 'error' : (word as Side);
    const title = side[1]!.trim().replace(/^(?:The|In|Of|To|A|An)(?:\s+|$)/, '');
    if (title) target.title = title;
  }
  // "the “error” member", or "of the error" / "in the result" with no response word.
  const member =
    new RegExp(`${Q}\\s*(result|error)\\s*${Q}\\s+member`, 'i').exec(text) ??
    /\b(?:of|in|from|to|within)\s+the\s+(result|error)\b(?!\s+(?:response|code|member))/i.exec(text);
  if (/\bsuccess(?:ful)?\s+result\b/i.test(text) && (!target.side || target.side === 'response'))
    target.side = 'success';
  else if (member && (!target.side || target.side === 'response'))
    target.side = member[1]!.toLowerCase() === 'result' ? 'success' : 'error';
  for (const m of text.matchAll(NESTED)) {
    if (ENVELOPE_MEMBERS.has(m[2]!)) continue;
    if (m[1] && !/^(?:The|Each|Every|Its|This|That)$/.test(m[1])) {
      target.path.push(m[1]);
      (target.loose ??= []).push(m[1]);
    }
    target.path.push(m[2]!);
  }
  return target;
}

/** The clauses of a sentence that each may hold one statement; "“x” and “y” become optional" is one per name. */
function clausesOf(text: string): string[] {
  return text
    .split(/;\s+|,\s+and\s+(?=(?:its|the|[“"‘']))|\.\s+(?=[A-Z])/)
    .filter((c) => c.trim())
    .flatMap(perName);
}

const NAME_LIST = new RegExp(
  `^([^${QUOTE_CHARS}]*?)(${NAME}(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)${NAME})+)(\\s+[^${QUOTE_CHARS}]*?\\b(?:become|are|shall|must|is)\\b.*)$`,
  'i',
);

/** A list of names in front of one predicate ("The “x”, “y” and “z” parameters are removed"): a clause each. */
function perName(clause: string): string[] {
  const list = NAME_LIST.exec(clause);
  if (!list) return [clause];
  const names = [...list[2]!.matchAll(new RegExp(NAME, 'g'))].map((m) => m[0]);
  return names.map((name) => `${list[1]}${name}${list[5]}`);
}

export function readAmendments(text: string, loc: Loc): { statements: Statement[]; unread: boolean } {
  const statements: Statement[] = [];
  const target = targetOf(text);
  let unread = false;
  for (const clause of clausesOf(text)) {
    const read = readClause(withSubject(clause, statements.at(-1)), target, loc);
    statements.push(...read.statements);
    unread ||= read.unread;
  }
  return { statements, unread };
}

/** "…; it shall not exceed 64 characters": a clause whose subject is a pronoun is about the previous statement's parameter. */
function withSubject(clause: string, previous: Statement | undefined): string {
  if (!previous || quotedNames(clause).length) return clause;
  const name = previous.edit.verb === 'rename' ? previous.edit.to : previous.name;
  // "… becomes mandatory and shall be a URI": a clause that starts at its verb has the same subject.
  if (/^\s*(?:shall|must|may|can|is|are|becomes?)\b/i.test(clause)) return `“${name}” ${clause.trim()}`;
  return clause.replace(/^\s*(?:it|this\s+(?:parameter|element|member))\b/i, `“${name}”`);
}

/** Words left after a form's match that may state more: a name, a number, a change or constraint word. */
const STATES_MORE = new RegExp(
  `[${QUOTE_CHARS}]|\\d|${CHANGE_WORDS.source}|\\b(?:at\\s+(?:most|least)|up\\s+to|between|characters?|default|optional|mandatory)\\b`,
  'i',
);

function readClause(clause: string, target: AmendTarget, loc: Loc): { statements: Statement[]; unread: boolean } {
  const names = quotedNames(clause).filter((n) => !ENVELOPE_MEMBERS.has(n.name));
  const form = FORMS.map((f) => ({ m: f.re.exec(clause), f })).find(({ m, f }) => m && f.edit(m));
  if (!form) return { statements: [], unread: names.length > 0 && CHANGE_WORDS.test(clause) };
  const read = form.f.edit(form.m!)!;
  const own = targetOf(clause);
  const path = own.path.filter((p) => p !== read.name);
  const statement: Statement = {
    ...read,
    target: {
      ...target,
      ...(own.side ? { side: own.side } : {}),
      ...(own.title ? { title: own.title } : {}),
      path: path.length ? path : target.path.filter((p) => p !== read.name),
      ...((path.length ? own : target).loose ? { loose: (path.length ? own : target).loose } : {}),
    },
    text: clause.trim(),
    loc,
  };
  // What follows the match ("… is renamed “description” and a new optional element “expires” is added: integer")
  // is read as a clause of its own; what no form reads is the statement's unread text, never dropped.
  const rest = clause.slice(form.m!.index + form.m![0].length).replace(/^[\s,;.]+|[\s,;.]+$/g, '');
  if (!STATES_MORE.test(rest.replace(PLACE, ' '))) return { statements: [statement], unread: false };
  const more = readClause(withSubject(rest.replace(/^(?:and|or|but)\s+/i, ''), statement), target, loc);
  if (!more.statements.length) statement.unread = [statement.unread, rest].filter(Boolean).join('; ');
  return { statements: [statement, ...more.statements], unread: more.unread };
}
