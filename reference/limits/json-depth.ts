/**
 * The one size and nesting limit for every JSON document the server accepts (AOI-1 frames,
 * notification submissions, DM packages). `JSON.parse` itself copes with deep nesting, but what
 * walks the parsed value afterwards — schema validators, `JSON.stringify` into a store — recurses and
 * overflows the stack thousands of levels down. The check scans the text once without building
 * anything, so it runs before the document is parsed; each protocol answers a failure with its own
 * "bad request".
 */
export interface JsonLimits {
  /** Deepest nesting of objects and arrays; `{}` is depth 1. */
  maxDepth: number;
  /** Largest document in UTF-8 bytes: a ceiling whatever a transport allows (theirs are tighter, checked earlier). */
  maxBytes: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 64, maxBytes: 1024 * 1024 };

export type JsonLimitCheck = { ok: true } | { ok: false; problem: string };

/**
 * Called for each number, string, true, false and null value (not keys, not containers) as it is met: its text
 * as written (strings with their quotes), the key it is the value of (undefined in an array), and the containers around it from the outside
 * in (`'{'`, `'[{'`, …). Values met before a limit is hit are still reported: a refusal can quote them.
 */
export type ValueVisitor = (literal: string, key: string | undefined, containers: string) => void;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER_START = /[-0-9]/;
const NUMBER_TEXT = /[-+.eE0-9]*/y;
/** true, false, null (and whatever misspelling of them the parser will refuse). */
const WORD_TEXT = /[a-z]+/y;

/**
 * Checks `text` against the limits. Only structure is looked at: a malformed document passes here
 * when it is small and shallow enough, and is refused by the parser as before.
 */
export function checkJsonLimits(text: string, limits: JsonLimits, onValue?: ValueVisitor): JsonLimitCheck {
  // UTF-8 is at most 3 bytes per UTF-16 unit: measuring exactly is only needed near the limit.
  if (text.length * 3 > limits.maxBytes && Buffer.byteLength(text, 'utf8') > limits.maxBytes)
    return { ok: false, problem: `the document exceeds ${limits.maxBytes} bytes` };
  let containers = '';
  let key: string | undefined;
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectingKey) key = unquote(text.slice(i, end + 1));
      else onValue?.(text.slice(i, end + 1), containers.endsWith('{') ? key : undefined, containers);
      expectingKey = false;
      i = end;
    } else if (c === '{' || c === '[') {
      containers += c;
      if (containers.length > limits.maxDepth)
        return { ok: false, problem: `the document nests deeper than ${limits.maxDepth} levels` };
      expectingKey = c === '{';
      key = undefined;
    } else if (c === '}' || c === ']') {
      containers = containers.slice(0, -1);
      key = undefined;
    } else if (c === ',') {
      expectingKey = containers.endsWith('{');
    } else if (onValue && (NUMBER_START.test(c) || (c >= 'a' && c <= 'z'))) {
      const pattern = c >= 'a' ? WORD_TEXT : NUMBER_TEXT;
      pattern.lastIndex = i;
      const literal = pattern.exec(text)![0];
      onValue(literal, containers.endsWith('{') ? key : undefined, containers);
      i += literal.length - 1;
    }
  }
  return { ok: true };
}

/** Index of the quote closing the string that opens at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i;
  }
  return text.length;
}

/** A string literal as the parser will see it: escapes (`"i\u0064"`) resolved, so no spelling slips past a check. */
export function unquote(quoted: string): string {
  if (!quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
