/**
 * The one error model of every stage: an error the user can act on is an `OmaspecError` with a stable
 * `code` from `ERROR_CODES`, a message, where it is (`file:line:col`, as precise as the stage knows) and
 * what to do about it (`hint`). The CLI prints them all one way (cli/errors.ts) and maps the code's
 * `kind` to the exit code. Anything else that escapes is a bug and keeps its stack.
 *
 * Codes are `<AREA>_<WHAT>`: the area is the stage that detects the problem (CLI, INGEST, GEN, COMPAT, AOI,
 * NOTIFY, DM, STORE; RPC for the wire runtime copied into generated/common, which cannot import this module; IO for the
 * file system in any stage). A code never changes meaning; README lists them all.
 */

/**
 * What the user did wrong, which decides the exit code: a bad command line or a missing input file (2), an
 * input that was read but is wrong (1), an operation that failed (1).
 */
export type ErrorKind = 'usage' | 'missing-input' | 'invalid' | 'failure';

export interface ErrorCodeInfo {
  kind: ErrorKind;
  /** What the code means, one line (README's table). */
  summary: string;
}

export const ERROR_CODES = {
  CLI_USAGE: { kind: 'usage', summary: 'the command line is wrong: unknown option, missing or extra argument' },
  CLI_UNKNOWN_MESSAGE: { kind: 'usage', summary: '`validate`: no message (or more than one) has that name' },
  CLI_REFUSED: { kind: 'usage', summary: '`spec add`/`spec remove` refused the file or CR; spec/ is unchanged' },
  CLI_NO_GENERATED: {
    kind: 'missing-input',
    summary: 'generated/registry.ts cannot be loaded: run `omaspec generate`',
  },
  CLI_NOT_JSON: { kind: 'invalid', summary: 'an input document (validate, dm-client --mo-file) is not JSON' },
  CLI_INVALID_INPUT: { kind: 'invalid', summary: 'an input document is JSON but not what the command accepts' },
  IO_NOT_FOUND: { kind: 'missing-input', summary: 'an input file or directory does not exist' },
  IO_UNREADABLE: { kind: 'failure', summary: 'an input file exists but cannot be read (permissions, a directory)' },
  IO_LISTEN: { kind: 'failure', summary: '`serve`: the address cannot be listened on (port taken, not permitted)' },
  INGEST_MANIFEST_MISSING: { kind: 'missing-input', summary: 'spec/manifest.json does not exist' },
  INGEST_MANIFEST: { kind: 'invalid', summary: 'spec/manifest.json is not JSON or lacks crs/interfaces' },
  INGEST_DECISIONS_SYNTAX: { kind: 'invalid', summary: 'spec/decisions.yaml is not YAML, or not a list of decisions' },
  INGEST_DECISION: {
    kind: 'invalid',
    summary: 'a decision is incomplete or names a message, property or example the spec lacks',
  },
  INGEST_EXTENSION: { kind: 'invalid', summary: 'a spec/extensions/*.yaml file is not YAML or lacks its messages' },
  INGEST_JSON_SYNTAX: {
    kind: 'invalid',
    summary: 'a CR JSON block is damaged beyond repair (reported as a lint finding)',
  },
  GEN_SPEC_MISSING: { kind: 'missing-input', summary: 'spec/schemas/index.json or a schema it lists cannot be read' },
  GEN_SPEC_INVALID: { kind: 'invalid', summary: 'spec/schemas/index.json or a schema it lists is not valid' },
  GEN_BAD_NAME: { kind: 'invalid', summary: 'a message or type name is not a TypeScript identifier' },
  GEN_BAD_REF: { kind: 'invalid', summary: 'a $ref in spec/schemas does not resolve' },
  GEN_SCHEMA_STRICT: {
    kind: 'invalid',
    summary: 'ajv strict mode refuses a schema of spec/schemas, so its validators cannot be compiled',
  },
  GEN_NO_SAMPLE: { kind: 'invalid', summary: 'no sample document can be derived from a schema (golden cases)' },
  GEN_NO_RESPONSE: {
    kind: 'invalid',
    summary: 'a socket request has no response message (left out of the dispatcher)',
  },
  GEN_UNKNOWN_RESPONSE: { kind: 'invalid', summary: 'a request names a response that is not in index.json' },
  GEN_UNKNOWN_INTERFACE: { kind: 'invalid', summary: 'a message names an interface that is not in index.json' },
  GEN_MIXED_DISPATCH: {
    kind: 'invalid',
    summary: 'one side of an interface receives two envelopes a dispatcher cannot tell apart',
  },
  GEN_UNRESOLVED_SCHEMA: {
    kind: 'invalid',
    summary: 'a schema holds a CR "$ref" that resolves nowhere; its validators reject every value there',
  },
  GEN_PACKAGE_BAD_NAME: {
    kind: 'usage',
    summary: '`generate --package`: --package-name or --package-version npm would refuse',
  },
  GEN_PACKAGE_DIR_FOREIGN: {
    kind: 'invalid',
    summary: '`generate --package`: the directory is not empty and was not written by a previous --package',
  },
  GEN_PACKAGE_TYPE_ERROR: { kind: 'failure', summary: '`generate --package`: the generated code does not compile' },
  GEN_STUB_CONFIG: {
    kind: 'invalid',
    summary: 'omaspec.config.json (generator.implementations) is not JSON or places an interface badly',
  },
  RPC_TIMEOUT: { kind: 'failure', summary: 'a sent JSON-RPC request got no response in time (generated/common)' },
  RPC_TOO_MANY_PENDING: { kind: 'failure', summary: 'too many sent requests are waiting for responses' },
  RPC_DUPLICATE_ID: { kind: 'failure', summary: 'a request with the same JSON-RPC id is already waiting' },
  RPC_INVALID_REQUEST: { kind: 'invalid', summary: 'a request about to be sent breaks its schema' },
  RPC_INVALID_RESPONSE: { kind: 'invalid', summary: 'a response received breaks the schema of its request’s response' },
  RPC_CLOSED: { kind: 'failure', summary: 'the connection closed while the request was waiting' },
  AOI_REJECTED: { kind: 'failure', summary: 'the AOI Server refused the request (its code, e.g. 401, is the status)' },
  AOI_TIMEOUT: { kind: 'failure', summary: 'the AOI Server did not answer in time' },
  AOI_CONNECTION: { kind: 'failure', summary: 'no connection to the AOI Server, or it was lost' },
  AOI_PROTOCOL: { kind: 'failure', summary: 'the AOI Server answered with a message that breaks its schema' },
  NOTIFY_KEYS: {
    kind: 'usage',
    summary: 'a Server Application key (--server-app-key, key file line) is malformed; the CLI reports it as CLI_USAGE',
  },
  COMPAT_SNAPSHOT: {
    kind: 'invalid',
    summary: '`diff`: a side (git revision, folder, spec + CR) holds no readable published spec',
  },
  PUBLISH_BAD_REF: { kind: 'invalid', summary: '`docs`/`export`: a $ref in spec/schemas does not resolve' },
  PUBLISH_OUT_DIR: {
    kind: 'invalid',
    summary: '`docs --out`: the directory is a file, or not empty and not written by a previous `omaspec docs`',
  },
  DM_QUEUE_FULL: { kind: 'failure', summary: 'the device already has the most DM commands one may queue' },
  DM_DATA_AREA_FULL: { kind: 'failure', summary: "the device's DM data area already holds the most resources it may" },
  DM_ADMIN_OPEN: {
    kind: 'usage',
    summary: 'the DM operator endpoint would listen on a non-loopback address without an admin key',
  },
  STORE_CORRUPT: { kind: 'failure', summary: 'the database fails its integrity check: the server refuses to start' },
  STORE_READ_ONLY: { kind: 'failure', summary: 'the data directory or its database cannot be written' },
  STORE_UNAVAILABLE: {
    kind: 'failure',
    summary: 'the store is locked, too slow, stopped or its queue is full (a request needing it gets 503)',
  },
  STORE_INCONSISTENT: { kind: 'failure', summary: 'a row read from the database breaks its checksum (logged, 503)' },
  STORE_UNREACHABLE: {
    kind: 'failure',
    summary: '`serve --store redis://…`: Redis did not answer at start-up (later outages are answered 503)',
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where an error is; line and column are 1-based and given when the stage knows them. */
export interface ErrorLocation {
  file: string;
  line?: number;
  col?: number;
}

export interface ErrorDetails {
  location?: ErrorLocation | undefined;
  hint?: string | undefined;
  cause?: unknown;
}

export class OmaspecError extends Error {
  readonly kind: ErrorKind;
  readonly location: ErrorLocation | undefined;
  readonly hint: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.kind = ERROR_CODES[code].kind;
    this.location = details.location;
    this.hint = details.hint;
  }
}

/** `file`, `file:line` or `file:line:col`: the prefix editors and terminals turn into links. */
export function formatLocation(location: ErrorLocation): string {
  if (location.line === undefined) return location.file;
  return `${location.file}:${location.line}${location.col === undefined ? '' : `:${location.col}`}`;
}

/** 1-based line and column of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: before.length - lineStart + 1 };
}

/**
 * JSON.parse with its SyntaxError turned into `CLI_NOT_JSON` (or the given code) at line:column: V8 says
 * "at position 44", or only quotes the text around the fault, neither of which an editor can jump to.
 */
export function parseJsonText(text: string, file: string, code: ErrorCode = 'CLI_NOT_JSON'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const raw = (error as Error).message;
    const reason = raw.includes(' is not valid JSON')
      ? raw.replace(/, ".*$/s, '')
      : raw.replace(/\s*in JSON at position \d+.*$/s, '');
    throw new OmaspecError(code, `not JSON: ${reason}`, {
      location: { file, ...lineColumnAt(text, jsonErrorOffset(text)) },
      cause: error,
    });
  }
}

/** Offset of the first character at which `text` stops being JSON (RFC 8259), or text.length if it ends early. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word)
      if (text[i] === c) i++;
      else fail();
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++)
            if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
            else fail();
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '"') return string();
    if (c === 't' || c === 'f' || c === 'n') return void literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
    const digits = () => {
      if (!/[0-9]/.test(text[i] ?? '')) fail();
      while (/[0-9]/.test(text[i] ?? '')) i++;
    };
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return offset as number;
  }
}
