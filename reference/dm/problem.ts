/**
 * RFC 9457 problem details for the DM HTTP binding: every error the server answers is one of
 * these kinds, each with a stable `type` URI, so that clients can branch on it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationIssue } from './types.ts';
import { isLockError } from '../store/lock-error.ts';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://omaspec.dev/problems/dm/';

const KINDS = {
  'invalid-json': { status: 400, title: 'Body is not valid JSON' },
  'schema-violation': { status: 400, title: 'Package does not match its schema' },
  'json-limits': { status: 400, title: 'JSON document beyond the limits' },
  'missing-dev-id': { status: 400, title: 'OMADM-DevID header missing' },
  'missing-session': { status: 400, title: 'Package#3 without its session' },
  'status-count-mismatch': { status: 400, title: 'Package#3 status count differs from its Package#2' },
  unauthorized: { status: 401, title: 'Device or operator not authenticated' },
  'unknown-session': { status: 404, title: 'No such DM session' },
  'session-conflict': { status: 409, title: 'Package#3 out of order or replayed' },
  'data-area-full': { status: 409, title: 'Data area full' },
  'invalid-dev-id': { status: 400, title: 'OMADM-DevID header invalid' },
  'not-found': { status: 404, title: 'No such endpoint' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'invalid-command': { status: 400, title: 'Command refused' },
  'queue-full': { status: 409, title: 'Command queue full' },
  'payload-too-large': { status: 413, title: 'Package too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'store-unavailable': { status: 503, title: 'Store busy, retry later' },
} as const;

export type DmProblemKind = keyof typeof KINDS;

export interface DmProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Schema violations: JSON pointer path and failed rule of each. */
  issues?: ValidationIssue[];
}

export function dmProblem(kind: DmProblemKind, detail: string, issues?: ValidationIssue[]): DmProblem {
  const { status, title } = KINDS[kind];
  return { type: PROBLEM_BASE + kind, title, status, detail, ...(issues ? { issues } : {}) };
}

/**
 * A ProtocolError returned by a handler: its code is the HTTP status when it is one (400–599),
 * otherwise the answer is a 500; its message is the detail. `data.problem` naming a kind of this
 * table gives the problem that type and title (the session refusals do).
 */
export function protocolProblem(error: { code: number; message: string; data?: unknown }): DmProblem {
  const status = Number.isInteger(error.code) && error.code >= 400 && error.code <= 599 ? error.code : 500;
  const kind = (error.data as { problem?: unknown } | undefined)?.problem;
  const known = typeof kind === 'string' && Object.hasOwn(KINDS, kind) ? (kind as DmProblemKind) : undefined;
  if (known) return { type: PROBLEM_BASE + known, title: KINDS[known].title, status, detail: error.message };
  return { type: `${PROBLEM_BASE}protocol-error`, title: 'Request refused', status, detail: error.message };
}

/**
 * Writes the problem and closes the connection: the request body may be partly unread, and a
 * kept-alive socket would otherwise have to swallow the rest of it.
 */
export function sendProblem(res: ServerResponse, problem: DmProblem, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(problem);
  res.writeHead(problem.status, {
    ...headers,
    'Content-Type': PROBLEM_MEDIA_TYPE,
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  });
  res.end(body);
}

/** STORE_UNAVAILABLE (locked, queue full, timed out), STORE_UNREACHABLE (Redis down), or SQLite's own lock codes. */
function storeUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'STORE_UNAVAILABLE' || code === 'STORE_UNREACHABLE' || isLockError(code);
}

/**
 * A node handler around an async one: a failure it did not answer itself becomes a 500 problem
 * (the cause goes to `onError`), or a destroyed socket when the answer had already begun.
 */
export function withInternalErrors(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  onError: ((error: unknown) => void) | undefined,
  detail: string,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const unavailable = storeUnavailable(error);
      // A locked, busy or unreachable store is expected from time to time and says so on the wire; the rest is a bug.
      if (!unavailable) onError?.(error);
      if (res.headersSent) res.destroy();
      else if (unavailable)
        sendProblem(res, dmProblem('store-unavailable', 'the store is busy or unreachable; retry'), {
          'Retry-After': '1',
        });
      else sendProblem(res, dmProblem('internal-error', detail));
    });
  };
}
