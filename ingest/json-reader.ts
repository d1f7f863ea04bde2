/**
 * A tolerant JSON reader for the JSON blocks of Word-exported CRs. It repairs what Word and hurried
 * editors do to JSON — typographic quotes, unquoted keys, trailing, missing or semicolon commas,
 * bare placeholders such as `[miid]`, line breaks inside strings — and records every repair with its
 * location. It never throws: a block it cannot read comes back with `error` set.
 */
import { OmaspecError } from '../core/errors.ts';
import type { Loc } from './model.ts';

export type JsonNode =
  | { type: 'object'; entries: { key: string; keyLoc: Loc; value: JsonNode }[]; loc: Loc }
  | { type: 'array'; items: JsonNode[]; loc: Loc }
  | { type: 'string'; value: string; loc: Loc }
  | { type: 'number'; value: number; loc: Loc }
  | { type: 'boolean'; value: boolean; loc: Loc }
  | { type: 'null'; loc: Loc };

export type RepairRule =
  | 'json-smart-quotes'
  | 'json-mismatched-quotes'
  | 'json-unquoted-key'
  | 'json-trailing-comma'
  | 'json-missing-comma'
  | 'json-stray-semicolon'
  | 'json-placeholder'
  | 'json-string-linebreak';

export interface Repair {
  rule: RepairRule;
  loc: Loc;
  original: string;
  repaired: string;
}

export interface JsonReadResult {
  node?: JsonNode;
  repairs: Repair[];
  error?: { message: string; loc: Loc };
}

type Token =
  | { t: 'punct'; v: '{' | '}' | '[' | ']' | ':' | ',' | ';'; loc: Loc }
  | { t: 'string'; v: string; loc: Loc; raw: string }
  | { t: 'number'; v: number; loc: Loc; raw: string }
  | { t: 'word'; v: string; loc: Loc }
  | { t: 'bad'; v: string; loc: Loc }
  | { t: 'end'; loc: Loc };

const OPENING_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const CLOSING_QUOTES = new Set(['"', '\u201c', '\u201d']);
const PUNCT = new Set(['{', '}', '[', ']', ':', ',', ';']);
const VALID_ESCAPE = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})$/;

/** CR blocks nest a few levels; deeper nesting is damage, refused before it exhausts the stack. */
export const DEFAULT_MAX_DEPTH = 64;

export interface ReadOptions {
  /** Deepest nesting of objects and arrays read; a block nested deeper is unrepairable. */
  maxDepth?: number;
}

/** Damage the reader cannot repair; caught below and reported as a finding at `loc`. */
class ReadError extends OmaspecError {
  constructor(
    message: string,
    readonly loc: Loc,
  ) {
    super('INGEST_JSON_SYNTAX', message, { location: loc });
  }
}

function tokenize(lines: string[], firstLine: number, file: string, repairs: Repair[]): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let col = 0;
  const at = (): Loc => ({ file, line: firstLine + line, col: col + 1 });
  const advance = () => {
    col += 1;
  };
  while (line < lines.length) {
    const text = lines[line] ?? '';
    if (col >= text.length) {
      line += 1;
      col = 0;
      continue;
    }
    const c = text[col]!;
    if (/\s/.test(c)) {
      advance();
      continue;
    }
    const loc = at();
    if (PUNCT.has(c)) {
      tokens.push({ t: 'punct', v: c as '{', loc });
      advance();
    } else if (OPENING_QUOTES.has(c)) {
      tokens.push(readString(c, loc));
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(col));
      const raw = m ? m[0] : c;
      tokens.push(m ? { t: 'number', v: Number(raw), loc, raw } : { t: 'bad', v: c, loc });
      col += raw.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const raw = /^[A-Za-z_$][\w$.-]*/.exec(text.slice(col))![0];
      tokens.push({ t: 'word', v: raw, loc });
      col += raw.length;
    } else {
      tokens.push({ t: 'bad', v: c, loc });
      advance();
    }
  }
  tokens.push({
    t: 'end',
    loc: { file, line: firstLine + Math.max(0, lines.length - 1), col: (lines.at(-1)?.length ?? 0) + 1 },
  });
  return tokens;

  function readString(open: string, loc: Loc): Token {
    let value = '';
    let raw = open;
    col += 1;
    for (;;) {
      const text = lines[line] ?? '';
      if (col >= text.length) {
        if (line >= lines.length - 1) throw new ReadError('string is never closed', loc);
        repairs.push({ rule: 'json-string-linebreak', loc: at(), original: `${raw}⏎`, repaired: raw });
        line += 1;
        col = 0;
        continue;
      }
      const c = text[col]!;
      if (c === '\\' && col + 1 < text.length) {
        const escaped = text.slice(col, col + 2);
        const width = escaped === '\\u' ? 6 : 2;
        // JSON.parse would throw on an escape JSON does not know; the reader reports it instead.
        if (!VALID_ESCAPE.test(text.slice(col, col + width)))
          throw new ReadError(`invalid escape '${text.slice(col, col + width)}' in a string`, at());
        value += JSON.parse(`"${text.slice(col, col + width)}"`) as string;
        raw += text.slice(col, col + width);
        col += width;
        continue;
      }
      if (CLOSING_QUOTES.has(c)) {
        raw += c;
        col += 1;
        const typographic = open !== '"' || c !== '"';
        if (typographic) {
          const mismatched = (open === '"') !== (c === '"') || (open === '\u201c' && c === '\u201c');
          repairs.push({
            rule: mismatched ? 'json-mismatched-quotes' : 'json-smart-quotes',
            loc,
            original: raw,
            repaired: JSON.stringify(value),
          });
        }
        return { t: 'string', v: value, loc, raw };
      }
      value += c;
      raw += c;
      col += 1;
    }
  }
}

/** Read a JSON block spanning `lines` (the first at 1-based `firstLine` of `file`). */
export function readJson(lines: string[], firstLine: number, file: string, options: ReadOptions = {}): JsonReadResult {
  const repairs: Repair[] = [];
  try {
    const tokens = tokenize(lines, firstLine, file, repairs);
    const parser = new Parser(tokens, repairs, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    const node = parser.value();
    parser.expectEnd();
    return { node, repairs };
  } catch (error) {
    if (error instanceof ReadError) return { repairs, error: { message: error.message, loc: error.loc } };
    throw error;
  }
}

class Parser {
  private index = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly repairs: Repair[],
    private readonly maxDepth: number,
  ) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    return this.tokens[Math.min(this.index++, this.tokens.length - 1)]!;
  }
  private isPunct(token: Token, v: string): token is Extract<Token, { t: 'punct' }> {
    return token.t === 'punct' && token.v === v;
  }

  value(): JsonNode {
    const token = this.next();
    switch (token.t) {
      case 'punct':
        if (token.v === '{' || token.v === '[') return this.nested(token.v, token.loc);
        throw new ReadError(`expected a value, found '${token.v}'`, token.loc);
      case 'string':
        return { type: 'string', value: token.v, loc: token.loc };
      case 'number':
        return { type: 'number', value: token.v, loc: token.loc };
      case 'word':
        if (token.v === 'true' || token.v === 'false')
          return { type: 'boolean', value: token.v === 'true', loc: token.loc };
        if (token.v === 'null') return { type: 'null', loc: token.loc };
        this.repairs.push({
          rule: 'json-placeholder',
          loc: token.loc,
          original: token.v,
          repaired: JSON.stringify(token.v),
        });
        return { type: 'string', value: token.v, loc: token.loc };
      case 'bad':
        throw new ReadError(`unexpected character '${token.v}'`, token.loc);
      case 'end':
        throw new ReadError('the block ends where a value is expected', token.loc);
    }
  }

  private nested(open: '{' | '[', loc: Loc): JsonNode {
    if (++this.depth > this.maxDepth) throw new ReadError(`nested deeper than ${this.maxDepth} levels`, loc);
    const node = open === '{' ? this.object(loc) : this.array(loc);
    this.depth--;
    return node;
  }

  /** After a member or item: a comma, or a repairable stand-in for one. Returns true when the container goes on. */
  private separator(close: '}' | ']', startsItem: (t: Token) => boolean): boolean {
    const token = this.peek();
    if (token.t === 'punct' && token.v === close) return false;
    if (token.t === 'punct' && (token.v === ',' || token.v === ';')) {
      this.next();
      const closes = this.isPunct(this.peek(), close);
      if (token.v === ';') {
        this.repairs.push({ rule: 'json-stray-semicolon', loc: token.loc, original: ';', repaired: closes ? '' : ',' });
      } else if (closes) {
        this.repairs.push({ rule: 'json-trailing-comma', loc: token.loc, original: ',', repaired: '' });
      }
      return !closes;
    }
    if (startsItem(token)) {
      this.repairs.push({ rule: 'json-missing-comma', loc: token.loc, original: '', repaired: ',' });
      return true;
    }
    throw new ReadError(`expected ',' or '${close}'`, token.loc);
  }

  private object(loc: Loc): JsonNode {
    const entries: { key: string; keyLoc: Loc; value: JsonNode }[] = [];
    const startsMember = (t: Token) => (t.t === 'string' || t.t === 'word') && this.isPunct(this.peekAfter(t), ':');
    if (this.isPunct(this.peek(), '}')) {
      this.next();
      return { type: 'object', entries, loc };
    }
    for (;;) {
      const key = this.next();
      if (key.t === 'word') {
        this.repairs.push({
          rule: 'json-unquoted-key',
          loc: key.loc,
          original: key.v,
          repaired: JSON.stringify(key.v),
        });
      } else if (key.t !== 'string') {
        throw new ReadError('expected a member name', key.loc);
      }
      const colon = this.next();
      if (!this.isPunct(colon, ':')) throw new ReadError(`expected ':' after member name "${key.v}"`, colon.loc);
      entries.push({ key: key.v, keyLoc: key.loc, value: this.value() });
      if (!this.separator('}', startsMember)) break;
    }
    this.next();
    return { type: 'object', entries, loc };
  }

  private peekAfter(token: Token): Token {
    const i = this.tokens.indexOf(token);
    return this.tokens[Math.min(i + 1, this.tokens.length - 1)]!;
  }

  private array(loc: Loc): JsonNode {
    const items: JsonNode[] = [];
    const startsItem = (t: Token) =>
      t.t === 'string' || t.t === 'number' || t.t === 'word' || this.isPunct(t, '{') || this.isPunct(t, '[');
    if (this.isPunct(this.peek(), ']')) {
      this.next();
      return { type: 'array', items, loc };
    }
    for (;;) {
      items.push(this.value());
      if (!this.separator(']', startsItem)) break;
    }
    this.next();
    return { type: 'array', items, loc };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.t !== 'end') throw new ReadError('unexpected text after the end of the JSON value', token.loc);
  }
}

/** The plain JavaScript value of a node. */
export function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, toValue(e.value)]));
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** A node for a value that comes from elsewhere than a CR block (an extension file), all at one place. */
export function fromValue(value: unknown, loc: Loc): JsonNode {
  if (Array.isArray(value)) return { type: 'array', items: value.map((v) => fromValue(v, loc)), loc };
  if (value === null || value === undefined) return { type: 'null', loc };
  if (typeof value === 'object')
    return {
      type: 'object',
      entries: Object.entries(value).map(([key, v]) => ({ key, keyLoc: loc, value: fromValue(v, loc) })),
      loc,
    };
  if (typeof value === 'number') return { type: 'number', value, loc };
  if (typeof value === 'boolean') return { type: 'boolean', value, loc };
  return { type: 'string', value: String(value), loc };
}
