/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   generator/runtime/dispatch.ts
 */
import { JSONRPC_ERRORS, type JsonRpcErrorObject, type JsonRpcId } from './jsonrpc.js';
import type { PendingRequests } from './requests.js';
import { formatIssue, type ValidationIssue, type ValidationResult } from './validation.js';

/**
 * Transport-agnostic decoding and dispatch for one interface. Every wire error is chosen here, once:
 *
 * | situation                                          | JSON-RPC (id)                    | messageType envelope            |
 * |----------------------------------------------------|----------------------------------|---------------------------------|
 * | text is not JSON                                   | -32700 (null)                    | same                            |
 * | empty batch, batch over maxBatchSize, not an object| -32600 (null)                    | same                            |
 * | jsonrpc not "2.0", method not a string, bad id     | -32600 (id if readable, else null)| —                              |
 * | integer id beyond 2^53 (cannot be echoed exactly)  | -32600 (null)                    | —                               |
 * | unknown method                                     | -32601 (id)                      | —                               |
 * | unknown messageType (there is no `…Res` to use)    | —                                | JSON-RPC -32601, id null        |
 * | schema violation inside `params`                   | -32602 (id), data.issues (capped)| `…Res` code 400, issues in desc |
 * | schema violation of the envelope itself            | -32600 (id), data.issues         | `…Res` code 400                 |
 * | handler returns ProtocolError.of(…) or throws one  | its {code, message, data}        | `…Res` {code, desc: message}    |
 * | handler throws anything else / invalid response   | -32603 "Internal error"          | `…Res` code 503                 |
 * | a response (result/error, no method)               | never answered: settles the pending request with that id, |
 * |                                                    | validated against its method's response schema; unknown id → onError |
 *
 * Notifications (no `id`) never get a reply, not even an error. Stack traces never reach the wire:
 * the thrown value goes to `options.onError` only.
 */

export type Envelope = 'jsonrpc' | 'messageType';

export interface Route {
  kind: 'request' | 'notification';
  validate(value: unknown): ValidationResult<unknown>;
  /** Checks what a handler returned (JSON-RPC: the whole response envelope). */
  validateResponse?(value: unknown): ValidationResult<unknown>;
  /** messageType envelope: the `messageType` of the response, used for error replies. */
  responseMessageType?: string;
}

export interface Routes {
  jsonrpc: Readonly<Record<string, Route>>;
  messageType: Readonly<Record<string, Route>>;
  /** Response validators of the JSON-RPC requests this side sends, by method. */
  responses: Readonly<Record<string, (value: unknown) => ValidationResult<unknown>>>;
}

export interface DecodeOptions {
  /** Largest JSON-RPC batch accepted; a longer one is refused whole with -32600. */
  maxBatchSize?: number;
  /** Requests this side sent; responses to them are recognised by id. */
  pending?: PendingRequests;
  /**
   * Most validation issues listed in an error's `data.issues`. Issues echo member names, so without a
   * cap a message of many tiny unknown members would be answered twenty times its own size.
   */
  maxReportedIssues?: number;
}

export interface DispatcherOptions extends DecodeOptions {
  /** Check handler results against the response schema before sending (default true). */
  validateResponses?: boolean;
  /** Receives what a handler threw (or an invalid response); never sent on the wire. */
  onError?(error: unknown, message: { name: string; envelope: Envelope }): void;
}

export const DEFAULT_MAX_BATCH_SIZE = 64;
export const DEFAULT_MAX_REPORTED_ISSUES = 10;

/**
 * A typed protocol error a handler may return or throw: `ProtocolError.of(401, 'Unauthorized')` for an expected
 * outcome, `throw new ProtocolError(503, …)` from deep inside a call.
 */
export class ProtocolError extends Error {
  declare readonly code: number;
  declare readonly data?: unknown;

  constructor(code: number, message: string, data?: unknown) {
    super(message);
    Object.assign(this, data === undefined ? { code } : { code, data });
  }

  /**
   * The same error as a plain value, for the outcomes any peer can provoke at will (401, 400): `new` captures a
   * stack trace, which costs more than the rest of such an answer and which no reply ever shows. Still
   * `instanceof ProtocolError`; it only has no `stack`.
   */
  static of(code: number, message: string, data?: unknown): ProtocolError {
    const error = Object.create(ProtocolError.prototype) as { code: number; message: string; data?: unknown };
    error.code = code;
    error.message = message;
    if (data !== undefined) error.data = data;
    return error as ProtocolError;
  }
}
ProtocolError.prototype.name = 'ProtocolError';

export interface Accepted<N extends string, M> {
  ok: true;
  name: N;
  envelope: Envelope;
  message: M;
  /** JSON-RPC request id; undefined for notifications and the messageType envelope. */
  id: JsonRpcId | undefined;
}

export interface Rejected {
  ok: false;
  error: JsonRpcErrorObject;
  /** What to send back, or undefined when nothing may be sent (a notification). */
  reply: object | undefined;
}

/** A response to a request this side sent, checked against the schema of that request's response. */
export interface ReceivedResponse {
  ok: 'response';
  id: JsonRpcId | null;
  /** Undefined when no request of this side waits under `id` (an unexpected response). */
  method: string | undefined;
  outcome: ValidationResult<unknown> | undefined;
}

export type Item<A> = A | Rejected | ReceivedResponse;
export type Decoded<A> = { batch: false; item: Item<A> } | { batch: true; items: Item<A>[] };

type AnyAccepted = Accepted<string, unknown>;

// Its own guard, not core/guards.ts: this file is copied verbatim into generated/common/, which implementers
// use without the omaspec sources, so the runtime imports nothing from outside generated/.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readableId(value: Record<string, unknown>): JsonRpcId | null {
  return typeof value.id === 'string' || typeof value.id === 'number' ? value.id : null;
}

function jsonRpcError(id: JsonRpcId | null, error: JsonRpcErrorObject) {
  return { jsonrpc: '2.0' as const, id, error };
}

function reject(id: JsonRpcId | null | undefined, code: number, message: string, data?: unknown): Rejected {
  const error: JsonRpcErrorObject = data === undefined ? { code, message } : { code, message, data };
  return { ok: false, error, reply: id === undefined ? undefined : jsonRpcError(id, error) };
}

/** `data` of a validation error: the first issues, and how many there were when some are left out. */
function issuesData(
  issues: readonly ValidationIssue[],
  options: DecodeOptions,
): { issues: ValidationIssue[]; issueCount?: number } {
  const max = options.maxReportedIssues ?? DEFAULT_MAX_REPORTED_ISSUES;
  return issues.length <= max ? { issues: [...issues] } : { issues: issues.slice(0, max), issueCount: issues.length };
}

function summary(issues: readonly ValidationIssue[]): string {
  return issues.slice(0, 3).map(formatIssue).join('; ');
}

/** Responses are never answered (JSON-RPC 2.0 §5); one nobody waits for is reported, not replied to. */
function decodeResponse(
  routes: Routes,
  value: Record<string, unknown>,
  pending: PendingRequests | undefined,
): ReceivedResponse {
  const id = readableId(value);
  const method = id === null ? undefined : pending?.methodOf(id);
  const validate = method === undefined ? undefined : routes.responses[method];
  return { ok: 'response', id, method: validate ? method : undefined, outcome: validate?.(value) };
}

const isResponse = (value: Record<string, unknown>) => !('method' in value) && ('result' in value || 'error' in value);

function decodeJsonRpc(
  routes: Routes,
  value: Record<string, unknown>,
  options: DecodeOptions,
): AnyAccepted | Rejected | ReceivedResponse {
  if (isResponse(value)) return decodeResponse(routes, value, options.pending);
  const isNotification = !('id' in value);
  const replyId = isNotification ? undefined : readableId(value);
  // Not a Request object at all: answered with id null even without an `id` (JSON-RPC 2.0 §5 examples).
  if (value.jsonrpc !== '2.0')
    return reject(replyId ?? null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: jsonrpc must be "2.0"');
  if (typeof value.method !== 'string')
    return reject(replyId ?? null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: method must be a string');
  if (!isNotification && replyId === null)
    return reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: id must be a string or a number');
  // JSON.parse rounds integers beyond 2^53, so the reply would carry another id (and two requests one id).
  if (typeof replyId === 'number' && Number.isInteger(replyId) && !Number.isSafeInteger(replyId))
    return reject(
      null,
      JSONRPC_ERRORS.INVALID_REQUEST,
      'Invalid Request: a numeric id must be a safe integer (use a string)',
    );
  const route = Object.hasOwn(routes.jsonrpc, value.method) ? routes.jsonrpc[value.method] : undefined;
  if (!route) return reject(replyId, JSONRPC_ERRORS.METHOD_NOT_FOUND, 'Method not found', { method: value.method });
  const checked = route.validate(value);
  if (!checked.ok) {
    const inParams = checked.issues.some((issue) => issue.path.startsWith('/params'));
    const code = inParams ? JSONRPC_ERRORS.INVALID_PARAMS : JSONRPC_ERRORS.INVALID_REQUEST;
    return reject(replyId, code, inParams ? 'Invalid params' : 'Invalid Request', issuesData(checked.issues, options));
  }
  return { ok: true, name: value.method, envelope: 'jsonrpc', message: checked.value, id: replyId ?? undefined };
}

function decodeMessageType(
  routes: Routes,
  value: Record<string, unknown>,
  options: DecodeOptions,
): AnyAccepted | Rejected {
  const name = value.messageType;
  if (typeof name !== 'string')
    return reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: messageType must be a string');
  const route = Object.hasOwn(routes.messageType, name) ? routes.messageType[name] : undefined;
  if (!route) return reject(null, JSONRPC_ERRORS.METHOD_NOT_FOUND, 'Unknown messageType', { messageType: name });
  const checked = route.validate(value);
  if (!checked.ok) {
    const error = {
      code: 400,
      message: `Bad Request: ${summary(checked.issues)}`,
      data: issuesData(checked.issues, options),
    };
    const reply = route.responseMessageType
      ? { messageType: route.responseMessageType, code: 400, desc: error.message }
      : undefined;
    return { ok: false, error, reply };
  }
  return { ok: true, name, envelope: 'messageType', message: checked.value, id: undefined };
}

/** Tells the envelope by the `jsonrpc` member: present → JSON-RPC, else `messageType` → messageType envelope. */
function decodeOne(routes: Routes, value: unknown, options: DecodeOptions): Item<AnyAccepted> {
  if (!isObject(value)) return reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: not an object');
  if ('jsonrpc' in value) return decodeJsonRpc(routes, value, options);
  if ('messageType' in value) return decodeMessageType(routes, value, options);
  return reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: neither jsonrpc nor messageType');
}

/** Parses once, tells envelope and message, validates. Never throws. */
export function decode(routes: Routes, raw: string, options: DecodeOptions = {}): Decoded<AnyAccepted> {
  const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { batch: false, item: reject(null, JSONRPC_ERRORS.PARSE_ERROR, 'Parse error') };
  }
  if (!Array.isArray(value)) return { batch: false, item: decodeOne(routes, value, options) };
  if (value.length === 0)
    return { batch: false, item: reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: empty batch') };
  if (value.length > maxBatchSize) {
    return {
      batch: false,
      item: reject(null, JSONRPC_ERRORS.INVALID_REQUEST, `Invalid Request: batch larger than ${maxBatchSize}`),
    };
  }
  const notJsonRpc = () =>
    reject(null, JSONRPC_ERRORS.INVALID_REQUEST, 'Invalid Request: a batch member must be a JSON-RPC object');
  return {
    batch: true,
    items: value.map((member) =>
      isObject(member) && 'jsonrpc' in member ? decodeJsonRpc(routes, member, options) : notJsonRpc(),
    ),
  };
}

function failureReply(accepted: AnyAccepted, route: Route, error: ProtocolError | 'internal'): object | undefined {
  if (accepted.envelope === 'messageType') {
    if (!route.responseMessageType) return undefined;
    return error === 'internal'
      ? { messageType: route.responseMessageType, code: 503, desc: 'Service Unavailable' }
      : { messageType: route.responseMessageType, code: error.code, desc: error.message };
  }
  if (accepted.id === undefined) return undefined;
  if (error === 'internal')
    return jsonRpcError(accepted.id, { code: JSONRPC_ERRORS.INTERNAL_ERROR, message: 'Internal error' });
  const body =
    error.data === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, data: error.data };
  return jsonRpcError(accepted.id, body);
}

async function answer<A extends AnyAccepted>(
  accepted: A,
  routes: Routes,
  invoke: (accepted: A) => Promise<unknown>,
  options: DispatcherOptions,
): Promise<object | undefined> {
  const route = (accepted.envelope === 'jsonrpc' ? routes.jsonrpc : routes.messageType)[accepted.name];
  if (!route) return undefined;
  const where = { name: accepted.name, envelope: accepted.envelope };
  let outcome: unknown;
  try {
    outcome = await invoke(accepted);
  } catch (thrown) {
    if (thrown instanceof ProtocolError) return failureReply(accepted, route, thrown);
    options.onError?.(thrown, where);
    return failureReply(accepted, route, 'internal');
  }
  if (outcome instanceof ProtocolError) return failureReply(accepted, route, outcome);
  if (route.kind === 'notification') return undefined;
  const reply = accepted.envelope === 'jsonrpc' ? { jsonrpc: '2.0', id: accepted.id, result: outcome } : outcome;
  if (accepted.envelope === 'jsonrpc' && accepted.id === undefined) return undefined;
  if (options.validateResponses !== false && route.validateResponse) {
    const checked = route.validateResponse(reply);
    if (!checked.ok) {
      options.onError?.(new Error(`invalid response: ${summary(checked.issues)}`), where);
      return failureReply(accepted, route, 'internal');
    }
  }
  return reply as object;
}

/** Runs the handlers of the accepted messages and serialises the replies; undefined = send nothing. */
export async function dispatch<A extends AnyAccepted>(
  routes: Routes,
  decoded: Decoded<A>,
  invoke: (accepted: A) => Promise<unknown>,
  options: DispatcherOptions = {},
): Promise<string | undefined> {
  // Not async: an async function returning answer()'s promise would cost the reply two more microtask turns.
  const run = (item: Item<A>): Promise<object | undefined> | object | undefined => {
    if (item.ok === true) return answer(item, routes, invoke, options);
    if (item.ok === 'response') {
      const settled = item.id !== null && item.outcome !== undefined && options.pending?.settle(item.id, item.outcome);
      if (!settled)
        options.onError?.(new Error(`response ${JSON.stringify(item.id)} matches no pending request`), {
          name: 'response',
          envelope: 'jsonrpc',
        });
      return undefined;
    }
    return item.reply;
  };
  if (!decoded.batch) {
    const reply = await run(decoded.item);
    return reply === undefined ? undefined : JSON.stringify(reply);
  }
  const replies = (await Promise.all(decoded.items.map(run))).filter((reply) => reply !== undefined);
  return replies.length === 0 ? undefined : JSON.stringify(replies);
}
