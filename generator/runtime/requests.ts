import type { JsonRpcId } from './jsonrpc.js';
import type { ValidationIssue, ValidationResult } from './validation.js';

/**
 * Requests this side sent and still waits for, by JSON-RPC id: lets the dispatcher recognise a response
 * arriving on the socket, validate it against the right schema and hand it to the waiting caller.
 */

export interface PendingOptions {
  /** How long to wait for a response before failing with RPC_TIMEOUT. */
  timeoutMs?: number;
  /** Most requests waiting at once; one more fails with RPC_TOO_MANY_PENDING. */
  maxPending?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_PENDING = 1024;

export type RequestErrorCode =
  | 'RPC_TIMEOUT'
  | 'RPC_TOO_MANY_PENDING'
  | 'RPC_DUPLICATE_ID'
  | 'RPC_INVALID_REQUEST'
  | 'RPC_INVALID_RESPONSE'
  | 'RPC_CLOSED';

export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

interface Waiting {
  method: string;
  resolve(response: unknown): void;
  reject(error: RequestError): void;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  /**
   * Made by the first request and dropped when the last one settles: a connection holds one of these for its
   * whole life, mostly with nothing waiting, and an empty Map still costs its hash table.
   */
  #waiting: Map<JsonRpcId, Waiting> | undefined;
  readonly #timeoutMs: number;
  readonly #maxPending: number;

  constructor(options: PendingOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
  }

  get size(): number {
    return this.#waiting?.size ?? 0;
  }

  /** Starts waiting for the response to request `id`; resolves with the validated response message. */
  add(id: JsonRpcId, method: string): Promise<unknown> {
    const waiting = (this.#waiting ??= new Map());
    if (waiting.has(id))
      return Promise.reject(
        new RequestError('RPC_DUPLICATE_ID', `a request with id ${JSON.stringify(id)} is already waiting`),
      );
    if (waiting.size >= this.#maxPending)
      return Promise.reject(new RequestError('RPC_TOO_MANY_PENDING', `more than ${this.#maxPending} requests waiting`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#forget(id);
        reject(
          new RequestError(
            'RPC_TIMEOUT',
            `no response to ${method} ${JSON.stringify(id)} within ${this.#timeoutMs} ms`,
          ),
        );
      }, this.#timeoutMs);
      timer.unref?.();
      waiting.set(id, { method, resolve, reject, timer });
    });
  }

  /** The method of the request waiting under `id`, if any. */
  methodOf(id: JsonRpcId): string | undefined {
    return this.#waiting?.get(id)?.method;
  }

  /** Delivers a checked response; false when nothing waits under `id`. */
  settle(id: JsonRpcId, outcome: ValidationResult<unknown>): boolean {
    const waiting = this.#waiting?.get(id);
    if (!waiting) return false;
    this.#forget(id);
    clearTimeout(waiting.timer);
    if (outcome.ok) waiting.resolve(outcome.value);
    else
      waiting.reject(new RequestError('RPC_INVALID_RESPONSE', `invalid response to ${waiting.method}`, outcome.issues));
    return true;
  }

  /** Fails every waiting request, e.g. when the connection closes. */
  close(reason = 'connection closed'): void {
    const all = this.#waiting;
    this.#waiting = undefined;
    for (const waiting of all?.values() ?? []) {
      clearTimeout(waiting.timer);
      waiting.reject(new RequestError('RPC_CLOSED', reason));
    }
  }

  #forget(id: JsonRpcId): void {
    this.#waiting?.delete(id);
    if (this.#waiting?.size === 0) this.#waiting = undefined;
  }
}

/** Checks an outgoing request, registers it as pending, sends it and waits for its response. */
export async function sendRequest<R>(
  send: (text: string) => void | Promise<void>,
  pending: PendingRequests,
  validate: (value: unknown) => ValidationResult<{ id: JsonRpcId; method: string }>,
  request: { id: JsonRpcId; method: string },
): Promise<R> {
  const checked = validate(request);
  if (!checked.ok) throw new RequestError('RPC_INVALID_REQUEST', `invalid ${request.method} request`, checked.issues);
  const response = pending.add(request.id, request.method);
  try {
    await send(JSON.stringify(request));
  } catch (error) {
    pending.settle(request.id, { ok: false, issues: [] });
    await response.catch(() => undefined);
    throw error;
  }
  // The dispatcher settles it only with a value that passed the response validator of this method.
  return (await response) as R;
}
