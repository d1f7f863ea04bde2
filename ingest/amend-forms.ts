/**
 * The sentence forms of prose amendments (CR-STYLE.md "Amendments in prose"): each a pattern with any words
 * allowed between the parameter's name and its verb, and the edit it states. `readAmendments` (amend.ts) tries
 * them in order on each clause; the first whose edit reads wins.
 */
import type { Edit } from './amend.ts';
import { readClauses, type Constraint } from './params/clauses.ts';
import { applyConstraint } from './params/param.ts';
import { Q, QUOTE_CHARS, VALUE, VALUE_LIST, enumValue, numberWord, valuesOf } from './params/quotes.ts';

export const NAME = `${Q}\\s*([A-Za-z_$][\\w$.-]*)\\s*${Q}`;
export const KIND = '(?:parameter|element|member|attribute|field|property)';
/** Words between a name and its verb; a quoted container ("of each “MOS” item") may stand among them. */
const FILLER = `(?:[^${QUOTE_CHARS}]|${Q}[^${QUOTE_CHARS}]*${Q}(?=\\s*(?:object|item|items|array|entry|entries|member)\\b))*?`;
export const ENVELOPE_MEMBERS = new Set(['params', 'result', 'error']);
/** A type word between the presence and the kind: "an optional integer element “retryAfter”". */
const SCALAR = '(?:string|integer|boolean|number)';
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
const UNIT = '(characters?|chars?|octets?|bytes?|items?|entries|elements?)';
/** "from now on", "henceforth": words that date a presence statement, which alone ("“x” is optional") would be a description. */
const FROM_NOW = '(?:from\\s+now\\s+on|henceforth|hereafter|from\\s+this\\s+(?:version|release)\\s+on|now)';

/** Words that make a sentence a change statement; one with a quoted name and none of the forms below is unread. */
export const CHANGE_WORDS =
  /\b(?:renamed?|added|adds?|removed?|deleted?|becomes?|changed?|restricted|limited|replaced?|no\s+longer|is\s+now|modified|now\s+(?:optional|mandatory)|from\s+now\s+on|henceforth|(?:maximum|minimum)\s+(?:length|size|value|number)|defaults\s+to|default\s+value|gains?|only\s+take|take\s+the\s+values?|extended\s+with|omitted|encoded\s+as\s+an?\s+(?:string|integer|number|boolean)|(?:shall|must)\s+default\s+to|(?:shall|must)\s+be\s+an?\s+(?:string|integer|number|boolean|URI|URL|array|object)|consist\s+of|length\s+of|allowed\s+values|values\s+allowed|(?:shall|must)\s+be\s+one\s+of)\b/i;

/** What a form reads from a clause: the parameter, the edit, and what the edit leaves unread. */
export interface FormRead {
  name: string;
  edit: Edit;
  /** The parameter is named by a plain word of the sentence ("each command array"), not quoted: matched loosely. */
  wordName?: boolean;
  /** Constraint text of the clause the edit does not hold ("the first item is the command name"). */
  unread?: string;
}

export interface Form {
  re: RegExp;
  edit(m: RegExpExecArray): FormRead | undefined;
}

export const FORMS: Form[] = [
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:is\\s+|shall\\s+be\\s+|are\\s+)?renamed(?:\\s+(?:to|as|into))?\\s+${NAME}`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'rename', to: m[2]! } }),
  },
  {
    // "The “desc” element becomes “description”": the parameter is the subject, and the quoted word after the verb
    // its new name; "the default of “x” becomes “never”" is a value (the default form).
    re: new RegExp(
      `^\\s*(?:in\\s+the\\s+[^,${QUOTE_CHARS}]*,\\s*)?(?:the\\s+)?${NAME}\\s*(?:${KIND})?(?:(?!\\b(?:value|default)s?\\b)[^${QUOTE_CHARS}])*?\\b(?:becomes|shall\\s+become|is\\s+now\\s+(?:called|named))\\s+${NAME}\\s*\\.?$`,
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
      `(?:\\b(?:a|an)\\s+)?(?:new\\s+)?(mandatory|optional|conditional)?\\s*(?:new\\s+)?${KIND}\\s+${NAME}\\s*(?:\\(([MOC])\\))?[^:]*?\\b(?:is|shall\\s+be|are)\\s+(?:added|introduced)\\b([^:]*)(?::\\s*(.*))?$`,
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
    re: new RegExp(`${NAME}${FILLER}\\b(?:is|shall\\s+be|are)\\s+(?:removed|deleted|dropped|omitted)\\b`, 'i'),
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
      `${NAME}${FILLER}\\b(?:becomes?|shall\\s+become|(?:is|are)\\s+changed\\s+to|changes?\\s+to|(?:is|are)\\s+made|(?:is|are|shall)\\s+${FROM_NOW}(?:\\s+(?:be|made))?)\\s+(?:an?\\s+)?(mandatory|optional|required|conditional)\\b`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: /mandatory|required/i.test(m[2]!) } }),
  },
  {
    // "“reason” is mandatory from now on", "… shall be optional henceforth".
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:is|are|shall\\s+be)\\s+(mandatory|optional|required|conditional)\\s+${FROM_NOW}\\b`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: /mandatory|required/i.test(m[2]!) } }),
  },
  {
    re: new RegExp(`${NAME}${FILLER}\\bis\\s+no\\s+longer\\s+(mandatory|required)\\b`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: false } }),
  },
  {
    // "“channels” is changed from an array of strings to a string".
    re: new RegExp(`${NAME}${FILLER}\\b(?:is|are)\\s+changed\\s+from\\s+.+?\\s+to\\s+(.+)$`, 'i'),
    edit: (m) => typed(m[1]!, m[2]!),
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
    // "the “items” of each command array are further restricted: every item has at least one character".
    re: new RegExp(
      `${Q}\\s*items\\s*${Q}\\s+of\\s+(?:the\\s+|each\\s+|every\\s+)?(?:${NAME}|([A-Za-z][\\w-]*))\\s+(?:arrays?|lists?)\\s+(?:is|are)\\s+(?:now\\s+|further\\s+|also\\s+)?(?:restricted|limited|constrained)\\s*:\\s*(.+)$`,
      'i',
    ),
    edit: (m) => itemsConstrained(m[1] ?? m[2]!, m[1] === undefined, m[3]!),
  },
  {
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:(?:is|are|becomes|shall\\s+be|must\\s+be)\\s+(?:now\\s+|further\\s+|also\\s+)?(restricted|limited|constrained)\\s+to|(?:shall|must|may)\\s+(?:now\\s+)?(?:have|contain|hold|be|consist\\s+of))\\s+(.+)$`,
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
    edit: (m) => restricted(m[1]!, m[2]!),
  },
  {
    // "can only take the values 200 and 401", "SHALL be one of 200, 401 or 503", "is now one of …".
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:(?:can|may)\\s+only\\s+(?:take|have|be)(?:\\s+one\\s+of)?|(?:shall|must)\\s+(?:only\\s+)?take\\s+the\\s+values?(?=\\s+${VALUE}(?:\\s*(?:,|or|and)\\s*${VALUE})*\\s+only\\b)|(?:shall|must)\\s+(?:only\\s+)?(?:be|take)\\s+one\\s+of|is\\s+(?:now\\s+)?one\\s+of)\\s+(?:the\\s+)?(?:values?\\s+)?(${VALUE_LIST})`,
      'i',
    ),
    edit: (m) => restricted(m[1]!, m[2]!),
  },
  {
    // "The values allowed for “kind” are “a” and “b”", "the allowed values of the error “code” become 1, 2 or 3".
    re: new RegExp(
      `\\b(?:allowed\\s+values|values\\s+allowed|possible\\s+values|permitted\\s+values)\\s+(?:for|of)\\s+(?:the\\s+)?(?:(?:request|response|success|error|result)\\s+)?${NAME}${FILLER}\\b(?:are|is|become|becomes|are\\s+now|are\\s+changed\\s+to)\\s+(${VALUE_LIST})`,
      'i',
    ),
    edit: (m) => restricted(m[1]!, m[2]!),
  },
  {
    // "“code” may also take the value 429", "… can also be 429 or 430".
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:may|can|shall|is\\s+allowed\\s+to)\\s+also\\s+(?:take|have|be)(?:\\s+the)?\\s+(?:values?\\s+)?(${VALUE_LIST})`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'allow', values: valuesOf(m[2]!) } }),
  },
  {
    // "The value 429 is added to the allowed values of “code”".
    re: new RegExp(
      `\\bvalues?\\s+(${VALUE_LIST})\\s+(?:is|are)\\s+added\\s+to\\s+the\\s+(?:allowed|possible|permitted)\\s+values\\s+(?:of|for)\\s+(?:the\\s+)?${NAME}`,
      'i',
    ),
    edit: (m) => ({ name: m[2]!, edit: { verb: 'allow', values: valuesOf(m[1]!) } }),
  },
  {
    re: new RegExp(`${NAME}${FILLER}\\b(?:is|are|shall\\s+be)\\s+replaced\\s+(?:by|with)\\s+${NAME}`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'rename', to: m[2]! } }),
  },
  {
    // "The request no longer contains the “tokenSeed” parameter."
    re: new RegExp(
      `\\bno\\s+longer\\s+(?:contains?|includes?|has|carries|holds)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:${KIND}\\s+)?${NAME}`,
      'i',
    ),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'remove' } }),
  },
  {
    // "“queue” now defaults to false", "the default value of “queue” is changed to false", "“x” has a default of 3".
    re: new RegExp(
      `(?:${NAME}${FILLER}\\b(?:now\\s+)?(?:defaults\\s+to|(?:shall|must|will)\\s+default\\s+to|has\\s+(?:a|the)\\s+default(?:\\s+value)?\\s+of)|\\bdefault(?:\\s+value)?\\s+(?:of|for)\\s+(?:the\\s+)?${NAME}${FILLER}\\b(?:is|becomes)(?:\\s+(?:now|changed\\s+to))?)\\s+(${VALUE})`,
      'i',
    ),
    edit: (m) => ({
      name: (m[1] ?? m[2])!,
      edit: { verb: 'constrain', constraints: [{ default: enumValue(m[3]!) }] },
    }),
  },
  {
    // "The request gains a new optional parameter “lang”: string", "… now has an optional “x” element: integer".
    re: new RegExp(
      `\\b(?:gains?|receives?|gets?|(?:now|additionally|also)\\s+(?:has|contains|includes|carries))\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(mandatory|optional|conditional)?\\s*(?:new\\s+)?(?:(${SCALAR})\\s+)?(?:${KIND}\\s+)?${NAME}\\s*(?:${KIND})?\\s*(?:\\(([MOC])\\))?[^:]*?(?::\\s*(.*))?$`,
      'i',
    ),
    edit: (m) => added(m[3]!, m[1] ?? m[4], [m[2], m[5]].filter(Boolean).join(', ') || undefined),
  },
  {
    // "An optional “priority” parameter (integer, from 1 to 5) is added …", "“until” is added … as an optional string".
    re: new RegExp(
      `(?:\\b(mandatory|optional|conditional)\\s+(?:new\\s+)?(?:(${SCALAR})\\s+)?(?:${KIND}\\s+)?)?${NAME}\\s*(?:${KIND})?\\s*(?:\\(([^)]*)\\))?[^:]*?\\b(?:is|are|shall\\s+be)\\s+(?:added|introduced)\\b(?:[^:]*?\\bas\\s+(?:an?\\s+)?(.*)$|[^:,]*?,\\s*(with\\s+.*)$|[^:]*?(?::\\s*(.*))?$)`,
      'i',
    ),
    edit: (m) => addedWithSpec(m[3]!, m[1], [m[2], m[4]].filter(Boolean).join(', ') || undefined, m[5] ?? m[6] ?? m[7]),
  },
  {
    // "“desc” may be omitted", "… can be left out": no longer mandatory.
    re: new RegExp(`${NAME}${FILLER}\\b(?:may|can)\\s+(?:now\\s+)?be\\s+(?:omitted|absent|left\\s+out)\\b`, 'i'),
    edit: (m) => ({ name: m[1]!, edit: { verb: 'presence', required: false } }),
  },
  {
    // "shall be encoded as an integer instead of a string": the new type.
    re: new RegExp(
      `${NAME}${FILLER}\\b(?:shall|must|is\\s+to)\\s+be\\s+(?:encoded|represented|sent|given|carried)\\s+as\\s+(.+?)(?:\\s+instead\\s+of\\s+.+?)?\\.?$`,
      'i',
    ),
    edit: (m) => typed(m[1]!, m[2]!),
  },
  {
    // "The success result of the response is extended with an optional element “deregisteredAt”, a date and time …".
    re: new RegExp(
      `\\b(?:is|are)\\s+extended\\s+(?:with|by)\\s+(?:a|an)\\s+(?:new\\s+)?(mandatory|optional|conditional)?\\s*(?:new\\s+)?(?:(${SCALAR})\\s+)?(?:${KIND}\\s+)?${NAME}\\s*(?:\\(([MOC])\\))?\\s*[,:]?\\s*(.*)$`,
      'i',
    ),
    edit: (m) =>
      added(m[3]!, m[1] ?? m[4], [m[2], m[5]?.replace(/\.\s*$/, '')].filter(Boolean).join(', ') || undefined),
  },
  {
    // "the “DDF” element shall be a URI": the new type, said last (bounds and values have their own forms above).
    re: new RegExp(`${NAME}${FILLER}\\b(?:shall|must)\\s+(?:now\\s+)?be\\s+(?:an?\\s+)?(.+?)\\.?$`, 'i'),
    edit: (m) => typed(m[1]!, m[2]!),
  },
];

/** Bounds stated of an array's items after a colon; the item schema they fit is found when applied. */
function itemsConstrained(container: string, wordName: boolean, spec: string): FormRead | undefined {
  const clauses = readClauses(spec);
  const bounds = clauses.constraints.filter((c) => c.min !== undefined || c.max !== undefined || c.enum);
  if (!bounds.length || clauses.type) return undefined;
  const rest = clauses.notes
    .map((n) => n.text.replace(/,?\s*(?:and\s+)?(?:every|each|all)\s+items?\s+(?:has|have|is|are)$/i, '').trim())
    .filter(Boolean);
  return {
    name: container,
    edit: { verb: 'constrain', constraints: bounds.map((c) => ({ ...c, each: true })) },
    ...(wordName ? { wordName } : {}),
    ...(rest.length ? { unread: rest.join('; ') } : {}),
  };
}

function restricted(name: string, list: string): { name: string; edit: Edit } {
  return { name, edit: { verb: 'restrict', values: valuesOf(list) } };
}

/** An addition whose type is in parentheses after the name, after " as ", or after a colon; presence may lead. */
function addedWithSpec(
  name: string,
  presence: string | undefined,
  parenthesised: string | undefined,
  after: string | undefined,
): { name: string; edit: Edit } | undefined {
  const spec = [parenthesised, after?.replace(/\.\s*$/, '')].filter(Boolean).join(', ');
  const presenceWord = presence ?? /^\s*([MOC])\s*$/.exec(parenthesised ?? '')?.[1];
  return added(name, presenceWord, spec || undefined);
}

function added(
  name: string,
  presence: string | undefined,
  typeSpec: string | undefined,
): { name: string; edit: Edit } | undefined {
  if (!typeSpec) return undefined;
  const clauses = readClauses(typeSpec);
  // "200 on success" in an addition names a variant the statement does not target: unread, so it is reported.
  if (!clauses.type || clauses.constraints.some((c) => c.role)) return undefined;
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

/** A unit said after a bound ("from 1 to 3600 seconds") describes the value; the schema has nothing to hold. */
const UNIT_WORD = /^(?:seconds?|s|ms|milliseconds?|minutes?|hours?|days?)$/i;

/** "is now of type string, of at most 2048 characters": the new type with the bounds said after it; other words are unread. */
function typed(name: string, spec: string): FormRead | undefined {
  const clauses = readClauses(spec.replace(/^(?:an?\s+)/i, '').replace(/[\s.]+$/, ''));
  if (!clauses.type || clauses.presence) return undefined;
  const schema = structuredClone(clauses.type.schema);
  for (const c of clauses.constraints) applyConstraint(schema, c);
  const rest = clauses.notes.filter((n) => !n.read && !UNIT_WORD.test(n.text)).map((n) => n.text);
  return { name, edit: { verb: 'type', schema }, ...(rest.length ? { unread: rest.join('; ') } : {}) };
}

/**
 * A bound said after the verb: "at most 64 characters", "from 1 to 5", "at least one item", or a bare
 * "64 characters" after "limited to" ("limited to 3600": a maximum, where "restricted to 200" is the only value). Values ("restricted to 200 and 401") are the restrict form's.
 */
function constrained(name: string, said: string, limit = false): { name: string; edit: Edit } | undefined {
  const spec = said.replace(/^\s*an?\s+(?:length|size|value|number\s+of\s+items)\s+of\s+/i, '');
  const bare = new RegExp(`^${NUM}\\s*${limit ? `${UNIT}?` : UNIT}(?=[\\s.,;]|$)`, 'i').exec(spec.trim());
  const clauses = readClauses(bare ? `at most ${bare[1]} ${bare[2] ?? ''}` : spec);
  const bounds = clauses.constraints.filter((c) => c.min !== undefined || c.max !== undefined);
  const leading = clauses.notes.every((n) => n.index > 0);
  // A bare number followed by words ("at most one year in the future") is not a bound the schema can hold.
  const unitless = bounds.some((c) => !c.unit) && clauses.notes.some((n) => !/^(?:seconds?|s|ms)\b/i.test(n.text));
  if (!bounds.length || clauses.presence || !leading || unitless) return undefined;
  // "shall be a positive integer not larger than 86400": the type restated, with its bounds.
  if (clauses.type) {
    const schema = structuredClone(clauses.type.schema);
    for (const c of bounds) applyConstraint(schema, c);
    return clauses.notes.length ? undefined : { name, edit: { verb: 'type', schema } };
  }
  return { name, edit: { verb: 'constrain', constraints: bounds } };
}
