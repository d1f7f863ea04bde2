/** The wording a section's statements are recognised by: regexes and the readers of single sentences. */
import type { Side } from './amend.ts';
import type { MessageDef, PropertyRef, VariantRole } from './definitions.ts';
import type { InterfaceConfig } from './manifest.ts';
import type { ListItem, Loc } from './model.ts';
import { QUOTE_CHARS, quotedNames } from './params/quotes.ts';

export const AMEND_TITLE =
  /\b(add|remove|delete|rename|modify|amend|change)\w*\b.*\b(parameters?|elements?|cardinalit\w*)\b/i;
export const MESSAGE_TYPE_VALUE = new RegExp(`[${QUOTE_CHARS}]\\s*([A-Za-z]\\w*)\\s*[${QUOTE_CHARS}]`);
export const MEDIA_TYPE = new RegExp(
  `\\b(?:MIME|media|content)[\\s-]+type\\b(?:\\s+(?:for|of)\\s+this\\s+(?:format|package|message))?(?:\\s+is|\\s*:)?\\s*[${QUOTE_CHARS}]?\\s*((?:application|text)/[\\w.+-]*\\w)`,
  'i',
);
const Q = `[${QUOTE_CHARS}]`;
const NAMES = `((?:${Q}\\s*[A-Za-z_$][\\w$-]*\\s*${Q}\\s*(?:,|and|,\\s*and)?\\s*)+)`;
// "… as for 10.1.5", "… as for the Client Application Registration error response in 9.3.1"
const REF_AS_FOR = new RegExp(
  `${NAMES}(?:parameters?|elements?|members?)?\\s*as\\s+(?:for|in|defined\\s+in|specified\\s+in)\\s+` +
    `(?:the\\s+((?:[A-Z][\\w-]*\\s+)+?)(?:(?:success|error)\\s+)?(request|response)\\s+(?:in|of)\\s+)?` +
    `(?:section\\s+|clause\\s+)?(\\d+(?:\\.\\d+)+)`,
  'i',
);
const REF_SAME = new RegExp(
  `\\bsame\\s+${NAMES}(?:parameters?|elements?|members?)?\\s*as\\s+(?:the|in\\s+the|for\\s+the)\\s+((?:[A-Z][\\w-]*\\s+)+?)(request|response)`,
);
export const MEMBER = new RegExp(
  `^${Q}\\s*(\\w+)\\s*${Q}(?:\\s+or\\s+${Q}\\s*(\\w+)\\s*${Q})?\\s+members?\\b(.*)$`,
  'i',
);
export const SET_TO = new RegExp(`set\\s+to\\s+${Q}([^${QUOTE_CHARS}]+)${Q}`, 'i');

/**
 * Prose references to another definition: "with “code” and “message” as for 10.1.5", "the same “x” … as the Y
 * request"; one per clause ("The result contains … as for 10.1.5, and the error contains … as for 10.1.6").
 */
export function referencesIn(text: string, loc: Loc, side: 'request' | 'response' | undefined): PropertyRef[] {
  const clauses = text.split(/;\s+|,\s+and\s+(?=the\s+(?:result|error)\b)|\.\s+(?=[A-Z])/i);
  const refs = clauses.map((clause) => referenceIn(clause, loc, side)).filter((r) => r !== undefined);
  return refs.length ? refs : [referenceIn(text, loc, side)].filter((r) => r !== undefined);
}

function referenceIn(text: string, loc: Loc, side: 'request' | 'response' | undefined): PropertyRef | undefined {
  const names = (list: string) => quotedNames(list).map((n) => n.name);
  const sideOf = (fallback: Side): Side =>
    /\berror\b/i.test(text) && !/\bresult\b/i.test(text)
      ? 'error'
      : /\bresult\b/i.test(text) && !/\berror\b/i.test(text)
        ? 'success'
        : /\bresponse\b/i.test(text) && !/\brequest\b/i.test(text) && fallback === 'request'
          ? 'response'
          : fallback;
  const asFor = REF_AS_FOR.exec(text);
  if (asFor) {
    const [, list, title, kind, section] = asFor;
    return {
      names: names(list!),
      section: section!,
      ...(title ? { title: title.trim() } : {}),
      ...(kind ? { fromSide: kind as 'request' | 'response' } : {}),
      side: sideOf(side ?? 'response'),
      loc,
      text: asFor[0].trim(),
    };
  }
  const same = REF_SAME.exec(text);
  if (same)
    return {
      names: names(same[1]!),
      title: same[2]!.trim(),
      side: sideOf(same[3] === 'request' ? 'request' : 'response'),
      fromSide: same[3] as 'request' | 'response',
      loc,
      text: same[0].trim(),
    };
  return undefined;
}

const SAME_AS_SIBLING = new RegExp(`\\bsame\\s+${NAMES}(?:parameters?|elements?|members?)\\b(?!\\s*as\\s)`, 'i');

/** "The error response has the same “messageType” element, …": names taken from the message's other variant. */
export function sameAsSiblingIn(text: string): string[] {
  const same = SAME_AS_SIBLING.exec(text);
  return same ? quotedNames(same[1]!).map((n) => n.name) : [];
}

export function directionOf(
  kind: MessageDef['kind'],
  intent: string,
  config: InterfaceConfig,
): MessageDef['direction'] {
  // "a DM Client sends …", "… is sent by the DM Server", "… sent to the DM Client": the sender the intent names.
  const sends = (party: string | undefined, other: string | undefined) =>
    (party &&
      new RegExp(
        `\\b${party}\\s+(?:sends|issues|returns|pushes)\\b|\\b(?:sent|issued|pushed)\\s+(?:by|from)\\s+(?:the\\s+|an?\\s+)?${party}\\b`,
        'i',
      ).test(intent)) ||
    (other && new RegExp(`\\b(?:sent|issued|pushed)\\s+to\\s+(?:the\\s+|an?\\s+)?${other}\\b`, 'i').test(intent));
  const sender = sends(config.server, config.client)
    ? 'server'
    : sends(config.client, config.server)
      ? 'client'
      : undefined;
  if (sender === 'server' && kind === 'request') return 'serverToClient';
  return kind === 'request' ? 'clientToServer' : 'serverToClient';
}

/** A message name from a section title: the manifest's title patterns, else the title's noun phrase. */
export function nameFromTitle(config: InterfaceConfig, title: string): string {
  for (const n of config.names ?? []) {
    const re = new RegExp(n.title);
    if (re.test(title)) return title.replace(new RegExp(`^.*?${re.source}.*$`), n.name);
  }
  const core = title
    .replace(/^(?:JSON\s+)?(?:Format|Schema)\s+(?:for|of)\s+(?:the\s+)?/i, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
  return (
    config.id +
    core
      .split(' ')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('')
  );
}

export function roleOf(text: string): VariantRole {
  if (/unsuccessful|error response/i.test(text)) return 'error';
  if (/success/i.test(text)) return 'success';
  if (/\brequest\b/i.test(text) && !/\bresponse\b/i.test(text)) return 'request';
  return 'single';
}

export function titleOf(text: string, fallback: string): string {
  const m = /an?\s+((?:[A-Z][\w-]*\s+)+(?:request|response|success response|error response))/.exec(text);
  return m ? m[1]! : fallback;
}

export const paramName = (item: ListItem) => quotedNames(item.text)[0]?.name ?? item.text.split(/[\s:(]/)[0];

/**
 * "… sends an AOI Client Keep-Alive request with “messageType” set to ‘aoiClientKeepAliveReq’": a messageType
 * message stated in a sentence, its other members given by references in the same sentence.
 */
export function messageTypeIn(text: string): { name: string; kind: 'request' | 'response' } | undefined {
  const m =
    /[“"‘']\s*messageType\s*[”"’']\s*(?:element\s+|member\s+)?(?:(?:is\s+)?set\s+to|with\s+(?:the\s+)?value|equal\s+to)\s+[‘'"“]\s*([A-Za-z]\w*)\s*[’'"”]/i.exec(
      text,
    );
  if (!m) return undefined;
  const name = m[1]!;
  const said = [...text.slice(0, m.index).matchAll(/\b(request|response)\b/gi)].at(-1)?.[1]?.toLowerCase();
  const kind = /Res$/.test(name)
    ? 'response'
    : /Req$/.test(name)
      ? 'request'
      : said === 'response'
        ? 'response'
        : 'request';
  return { name, kind };
}
