import { WebSocket } from 'ws';
import { OmaspecError, type ErrorCode } from '../../core/errors.ts';
import { createAoi1ClientDispatcher, createAoi1ClientRequester } from '../../generated/aoi1/dispatcher.ts';
import {
  aoi1Fields as F,
  aoi1Placeholders as P,
  type NotificationDeliveryReq,
  type NotificationDeliveryResResult,
} from '../../generated/aoi1/types.ts';
import { assembled, completed, fieldsOf, optionalMember, placeholdersOf, readText, requestOf } from '../members.ts';
import { lookupMessage, messages } from '../../generated/registry.ts';
import { ProtocolError } from '../../generated/common/dispatch.ts';
import { PendingRequests, RequestError } from '../../generated/common/requests.ts';
import type { ValidationResult } from '../../generated/common/validation.ts';

export type AoiFailure = 'rejected' | 'timeout' | 'connection' | 'protocol';

/**
 * A failed request, `AOI_<REASON>`. `status` is the CR's (400/401/503…) or JSON-RPC's code when the server
 * refused ('rejected'); 0 for local failures: no answer in time, connection lost, or an answer that does
 * not match its schema ('protocol'). `desc` is the server's text (or the local reason); the message adds the status.
 */
export class AoiRequestError extends OmaspecError {
  constructor(
    readonly status: number,
    readonly desc: string,
    readonly reason: AoiFailure,
  ) {
    super(AOI_CODES[reason], reason === 'rejected' ? `the AOI Server answered ${status}: ${desc}` : desc);
  }
}

/** A JSON-RPC error answer as the failure the reference raises; its members are the CR's, checked by the dispatcher. */
function rejection(error: unknown): AoiRequestError {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return new AoiRequestError(
    typeof code === 'number' ? code : 500,
    typeof message === 'string' ? message : '',
    'rejected',
  );
}

const AOI_CODES = {
  rejected: 'AOI_REJECTED',
  timeout: 'AOI_TIMEOUT',
  connection: 'AOI_CONNECTION',
  protocol: 'AOI_PROTOCOL',
} as const satisfies Record<AoiFailure, ErrorCode>;

export type NotificationHandler = (
  request: NotificationDeliveryReq,
) => Promise<NotificationDeliveryResResult | ProtocolError>;

export interface AoiClientOptions {
  /** A request without an answer after this long rejects with kind 'timeout'. */
  requestTimeoutMs?: number;
  /** Reconnect after an unexpected close, with exponential backoff and jitter. */
  reconnect?: boolean;
  backoff?: { initialMs: number; maxMs: number };
  /** Called after each successful reconnect (see also onReconnect()). */
  onReconnect?: () => void;
  /** Answers server-initiated notificationDeliveryReq; without one the client answers 503. */
  onNotification?: NotificationHandler;
  /**
   * For wss:// URLs: the certificate authorities (PEM) to trust instead of the system's, e.g. the
   * server's own self-signed certificate. The server's name is verified either way.
   */
  ca?: string | Buffer;
}

/** A messageType request waiting for its answer. */
interface Waiting {
  validate: (value: unknown) => ValidationResult<{ code: number }>;
  resolve: (message: Record<string, unknown>) => void;
  reject: (error: AoiRequestError) => void;
  timer: NodeJS.Timeout;
  /** A timed-out request stays queued so that its late answer is not taken for the next one's. */
  expired: boolean;
}

const DEFAULTS = { requestTimeoutMs: 10_000, reconnect: true, backoff: { initialMs: 250, maxMs: 30_000 } };
const NO_NOTIFICATIONS: NotificationHandler = async () =>
  new ProtocolError(503, 'Service Unavailable: this AOI Client does not take notifications');

/**
 * The AOI-1 client transport: one WebSocket, a promise per request. JSON-RPC answers are matched by
 * id and validated by the generated client side; messageType answers, which carry no id, are matched
 * by type in order (the server answers in order) and validated here with the generated validators.
 */
export class AoiClient {
  private ws: WebSocket | undefined;
  private opening: Promise<void> | undefined;
  private closedByUser = false;
  private attempt = 0;
  private nextId = 1;
  private pending: PendingRequests;
  private readonly byType = new Map<string, Waiting[]>();
  private readonly options: typeof DEFAULTS & AoiClientOptions;
  private readonly reconnectListeners = new Set<() => void>();

  private constructor(
    readonly url: string,
    options: AoiClientOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.pending = new PendingRequests({ timeoutMs: this.options.requestTimeoutMs });
  }

  static async connect(url: string, options: AoiClientOptions = {}): Promise<AoiClient> {
    const client = new AoiClient(url, options);
    await client.open();
    return client;
  }

  async registerClient(deviceNumber: string): Promise<string> {
    const req = fieldsOf(F, 'aoiClientRegistrationReq');
    const res = await this.sendTyped(
      completed(P.aoiClientRegistrationReq, {
        messageType: 'aoiClientRegistrationReq',
        ...optionalMember(req, 'deviceNumber', deviceNumber),
      }),
      'aoiClientRegistrationRes',
    );
    const clientID = readText(res, fieldsOf(F, 'aoiClientRegistrationRes'), 'clientID');
    if (clientID === undefined) throw new AoiRequestError(0, 'the AOI Server answered without a clientID', 'protocol');
    return clientID;
  }

  async deregisterClient(clientID: string): Promise<void> {
    const req = fieldsOf(F, 'aoiClientDeregistrationReq');
    await this.sendTyped(
      completed(placeholdersOf(P, 'aoiClientDeregistrationReq'), {
        messageType: 'aoiClientDeregistrationReq',
        ...optionalMember(req, 'clientID', clientID),
      }),
      'aoiClientDeregistrationRes',
    );
  }

  async registerApplication(
    clientID: string,
    tokenSeed?: string,
  ): Promise<{ clientAppToken: string; aoiServerUrl?: string }> {
    const [req, rpc] = [F.clientAppRegistrationReq, F.clientAppRegistrationRes];
    const params = completed(P.clientAppRegistrationReq, {
      [req.clientID]: clientID,
      ...optionalMember(req, 'tokenSeed', tokenSeed),
    });
    const res = await this.call((requester, id) =>
      requester.clientAppRegistrationReq(assembled({ jsonrpc: '2.0', id, method: 'clientAppRegistrationReq', params })),
    );
    if ('error' in res) throw rejection(res.error);
    const aoiServerUrl = readText(res.result, rpc, 'aoiServerUrl');
    const clientAppToken = readText(res.result, rpc, 'clientAppToken');
    if (clientAppToken === undefined)
      throw new AoiRequestError(0, 'the AOI Server answered without a clientAppToken', 'protocol');
    return aoiServerUrl === undefined ? { clientAppToken } : { clientAppToken, aoiServerUrl };
  }

  async deregisterApplication(clientID: string, clientAppToken: string): Promise<void> {
    const method = 'clientAppDeregistrationReq';
    const req = fieldsOf(F, method);
    const params = completed(placeholdersOf(P, method), {
      ...optionalMember(req, 'clientID', clientID),
      ...optionalMember(req, 'clientAppToken', clientAppToken),
    });
    const res = await this.call(async (requester, id) => {
      const request = requestOf(requester, method);
      if (request === undefined) throw new AoiRequestError(0, `the spec has no AOI-1 ${method}`, 'protocol');
      return request(assembled({ jsonrpc: '2.0', id, method, params }));
    });
    if ('error' in res) throw rejection(res.error);
  }

  /** Calls `listener` after every successful reconnect; returns the unsubscribe function. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  close(): void {
    this.closedByUser = true;
    this.ws?.close(1000);
    this.failAll('connection closed by the client');
  }

  /** messageType request; resolves on code 200, rejects with the CR code otherwise. */
  private async sendTyped(request: Record<string, unknown>, responseType: string): Promise<Record<string, unknown>> {
    // Looked up by name, so a CR that deletes the procedure leaves this compiling (see reference/members.ts).
    const id = lookupMessage(`aoi1.${responseType}`);
    if (id === undefined) throw new AoiRequestError(0, `the spec has no AOI-1 ${responseType}`, 'protocol');
    const validate = messages[id].validator.validate as Waiting['validate'];
    const names = fieldsOf(F, responseType);
    await this.open();
    const response = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const waiting: Waiting = {
        validate,
        resolve,
        reject,
        expired: false,
        timer: setTimeout(() => {
          waiting.expired = true;
          reject(new AoiRequestError(0, `no answer within ${this.options.requestTimeoutMs} ms`, 'timeout'));
        }, this.options.requestTimeoutMs),
      };
      const queue = this.byType.get(responseType) ?? [];
      queue.push(waiting);
      this.byType.set(responseType, queue);
      this.ws!.send(JSON.stringify(request));
    });
    const code = readText(response, names, 'code');
    if (code !== '200') throw new AoiRequestError(Number(code), readText(response, names, 'desc') ?? '', 'rejected');
    return response;
  }

  /** JSON-RPC request through the generated requester; its failures become AoiRequestError. */
  private async call<R>(
    send: (requester: ReturnType<typeof createAoi1ClientRequester>, id: number) => Promise<R>,
  ): Promise<R> {
    await this.open();
    const ws = this.ws!;
    const requester = createAoi1ClientRequester((text) => ws.send(text), this.pending);
    try {
      return await send(requester, this.nextId++);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      if (error.code === 'RPC_TIMEOUT') throw new AoiRequestError(0, error.message, 'timeout');
      if (error.code === 'RPC_CLOSED') throw new AoiRequestError(0, error.message, 'connection');
      throw new AoiRequestError(0, error.message, 'protocol');
    }
  }

  private open(): Promise<void> {
    if (this.ws?.readyState === WebSocket.OPEN) return Promise.resolve();
    if (this.closedByUser) return Promise.reject(new AoiRequestError(0, 'client is closed', 'connection'));
    this.opening ??= new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(this.url, {
        handshakeTimeout: this.options.requestTimeoutMs,
        ...(this.options.ca !== undefined && { ca: this.options.ca }),
      });
      const pending = new PendingRequests({ timeoutMs: this.options.requestTimeoutMs });
      const dispatch = createAoi1ClientDispatcher(
        { notificationDeliveryReq: (request) => (this.options.onNotification ?? NO_NOTIFICATIONS)(request) },
        { pending },
      );
      ws.once('open', () => {
        this.ws = ws;
        this.pending = pending;
        this.opening = undefined;
        if (this.attempt > 0) {
          this.options.onReconnect?.();
          for (const listener of this.reconnectListeners) listener();
        }
        this.attempt = 0;
        resolve();
      });
      ws.once('error', (error) => {
        this.opening = undefined;
        reject(new AoiRequestError(0, `cannot connect to ${this.url}: ${error.message}`, 'connection'));
      });
      ws.on('message', (data) => void this.receive(String(data), ws, dispatch));
      ws.on('close', (code, reason) => {
        if (this.ws !== ws) return;
        this.ws = undefined;
        this.failAll(`connection closed (${code}${reason.length ? ` ${String(reason)}` : ''})`);
        if (!this.closedByUser && this.options.reconnect) this.scheduleReconnect();
      });
    });
    return this.opening;
  }

  private scheduleReconnect(): void {
    const { initialMs, maxMs } = this.options.backoff;
    const delay = Math.min(maxMs, initialMs * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
    setTimeout(() => {
      if (!this.closedByUser) this.open().catch(() => this.scheduleReconnect());
    }, delay).unref();
  }

  /** messageType answers go to their waiting request; everything else to the generated dispatcher. */
  private async receive(
    text: string,
    ws: WebSocket,
    dispatch: (raw: string, ctx: void) => Promise<string | undefined>,
  ): Promise<void> {
    const responseType = messageTypeOf(text);
    if (responseType === undefined) {
      const reply = await dispatch(text);
      if (reply !== undefined && ws.readyState === WebSocket.OPEN) ws.send(reply);
      return;
    }
    const waiting = this.byType.get(responseType)?.shift();
    if (!waiting) return;
    clearTimeout(waiting.timer);
    if (waiting.expired) return;
    const checked = waiting.validate(JSON.parse(text));
    if (checked.ok) waiting.resolve(checked.value as Record<string, unknown>);
    else
      waiting.reject(
        new AoiRequestError(
          0,
          `${responseType} does not match its schema: ${checked.issues.map((i) => i.message).join('; ')}`,
          'protocol',
        ),
      );
  }

  private failAll(reason: string): void {
    this.pending.close(reason);
    const all = [...this.byType.values()].flat();
    this.byType.clear();
    for (const waiting of all) {
      clearTimeout(waiting.timer);
      if (!waiting.expired) waiting.reject(new AoiRequestError(0, reason, 'connection'));
    }
  }
}

/** The `messageType` of a messageType-envelope frame, else undefined (JSON-RPC, batches, garbage). */
function messageTypeOf(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value) || 'jsonrpc' in value) return undefined;
    const type = (value as { messageType?: unknown }).messageType;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}
