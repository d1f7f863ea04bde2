import { WebSocket } from 'ws';

/** A failed request: `code` is the CR's (400/401/503…) or JSON-RPC's code; 0 for local failures. */
export class AoiRequestError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly kind: 'rejected' | 'timeout' | 'connection',
  ) {
    super(message);
    this.name = 'AoiRequestError';
  }
}

export interface AoiClientOptions {
  /** A request without an answer after this long rejects with kind 'timeout'. */
  requestTimeoutMs?: number;
  /** Reconnect after an unexpected close, with exponential backoff and jitter. */
  reconnect?: boolean;
  backoff?: { initialMs: number; maxMs: number };
  /** Called after each successful reconnect (e.g. to re-register). */
  onReconnect?: () => void;
}

interface Pending {
  resolve: (message: Record<string, unknown>) => void;
  reject: (error: AoiRequestError) => void;
  timer: NodeJS.Timeout;
  /** A timed-out messageType request stays queued so its late answer is not taken for the next one. */
  expired: boolean;
}

type Message = Record<string, unknown>;
const DEFAULTS = { requestTimeoutMs: 10_000, reconnect: true, backoff: { initialMs: 250, maxMs: 30_000 } };

/**
 * The AOI-1 client transport: one WebSocket, a promise per request. JSON-RPC answers are matched by
 * id; messageType answers (which carry no id) by type, in order — the server answers in order.
 */
export class AoiClient {
  private ws: WebSocket | undefined;
  private opening: Promise<void> | undefined;
  private closedByUser = false;
  private attempt = 0;
  private nextId = 1;
  private readonly byId = new Map<string | number, Pending>();
  private readonly byType = new Map<string, Pending[]>();
  private readonly options: typeof DEFAULTS & AoiClientOptions;
  private readonly reconnectListeners = new Set<() => void>();

  private constructor(
    readonly url: string,
    options: AoiClientOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  static async connect(url: string, options: AoiClientOptions = {}): Promise<AoiClient> {
    const client = new AoiClient(url, options);
    await client.open();
    return client;
  }

  async registerClient(deviceNumber: string): Promise<string> {
    const res = await this.sendTyped({ messageType: 'aoiClientRegistrationReq', deviceNumber }, 'aoiClientRegistrationRes');
    return String(res.clientID);
  }

  async deregisterClient(clientID: string): Promise<void> {
    await this.sendTyped({ messageType: 'aoiClientDeregistrationReq', clientID }, 'aoiClientDeregistrationRes');
  }

  async registerApplication(clientID: string, tokenSeed?: string): Promise<{ clientAppToken: string; aoiServerUrl?: string }> {
    const params = tokenSeed === undefined ? { clientID } : { clientID, tokenSeed };
    const result = await this.call('clientAppRegistrationReq', params);
    const clientAppToken = String(result.clientAppToken);
    return typeof result.aoiServerUrl === 'string' ? { clientAppToken, aoiServerUrl: result.aoiServerUrl } : { clientAppToken };
  }

  async deregisterApplication(clientID: string, clientAppToken: string): Promise<void> {
    await this.call('clientAppDeregistrationReq', { clientID, clientAppToken });
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
  private async sendTyped(request: Message, responseType: string): Promise<Message> {
    const response = await this.exchange(request, (pending) => {
      const queue = this.byType.get(responseType) ?? [];
      queue.push(pending);
      this.byType.set(responseType, queue);
    });
    if (response.code !== 200) throw new AoiRequestError(Number(response.code), String(response.desc), 'rejected');
    return response;
  }

  /** JSON-RPC request; resolves with `result`, rejects with the error object's code. */
  private async call(method: string, params: Message): Promise<Message> {
    const id = this.nextId++;
    const response = await this.exchange({ jsonrpc: '2.0', id, method, params }, (pending) => this.byId.set(id, pending));
    const error = response.error as { code: number; message: string } | undefined;
    if (error) throw new AoiRequestError(error.code, error.message, 'rejected');
    return response.result as Message;
  }

  private async exchange(request: Message, enqueue: (pending: Pending) => void): Promise<Message> {
    await this.open();
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        resolve,
        reject,
        expired: false,
        timer: setTimeout(() => {
          pending.expired = true;
          if ('id' in request) this.byId.delete(request.id as number);
          reject(new AoiRequestError(0, `no answer within ${this.options.requestTimeoutMs} ms`, 'timeout'));
        }, this.options.requestTimeoutMs),
      };
      enqueue(pending);
      this.ws!.send(JSON.stringify(request));
    });
  }

  private open(): Promise<void> {
    if (this.ws?.readyState === WebSocket.OPEN) return Promise.resolve();
    if (this.closedByUser) return Promise.reject(new AoiRequestError(0, 'client is closed', 'connection'));
    this.opening ??= new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(this.url, { handshakeTimeout: this.options.requestTimeoutMs });
      ws.once('open', () => {
        this.ws = ws;
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
      ws.on('message', (data) => this.receive(String(data)));
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

  private receive(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // not ours to answer: a server never sends non-JSON on a conforming connection
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      if (typeof message !== 'object' || message === null) continue;
      const m = message as Message;
      const pending =
        typeof m.messageType === 'string'
          ? this.byType.get(m.messageType)?.shift()
          : (typeof m.id === 'string' || typeof m.id === 'number') && this.byId.get(m.id);
      if (!pending) continue;
      if ('id' in m) this.byId.delete(m.id as number);
      clearTimeout(pending.timer);
      if (!pending.expired) pending.resolve(m);
    }
  }

  private failAll(reason: string): void {
    const all = [...this.byId.values(), ...[...this.byType.values()].flat()];
    this.byId.clear();
    this.byType.clear();
    for (const pending of all) {
      clearTimeout(pending.timer);
      if (!pending.expired) pending.reject(new AoiRequestError(0, reason, 'connection'));
    }
  }
}
