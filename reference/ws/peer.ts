import type { RawData, WebSocket } from 'ws';
import { TokenBucket } from '../limits/token-bucket.ts';
import type { ConnectionContext, MessageHandler, SocketLimits } from './socket-endpoint.ts';

/** What every connection of one endpoint shares: its limits, its handler and the messages being handled. */
export interface PeerSetting {
  readonly limits: SocketLimits;
  readonly handler: MessageHandler;
  readonly onInternalError: (error: unknown) => void;
  readonly isUnmatchedResponse?: (raw: string, conn: ConnectionContext) => boolean;
  /** Messages being handled; the endpoint's close() waits for them so the store is not closed under a handler. */
  readonly inFlight: Set<Promise<void>>;
}

/**
 * Messages of one connection handled at once (the others wait, counted in maxQueuedMessages). A store round trip
 * is milliseconds, so one at a time left a pipelining client waiting for each commit in turn; a few at a time let
 * them share one. Small, so that a handful of peers cannot hold the store's pending calls (StoreLimits.maxPending)
 * while it is slow.
 */
export const MAX_CONCURRENT_MESSAGES = 8;

const SETTLED = Promise.resolve();
/** WebSocket close codes (RFC 6455 7.4.1) the server sends. */
export const CLOSE = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  UNSUPPORTED_DATA: 1003,
  POLICY_VIOLATION: 1008,
  TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
} as const;

/**
 * Connection ids come from a counter: short and flat. A UUID string is a tree of 14 concatenations in V8 (about
 * 450 bytes held by every connection), and the id only has to tell this process's connections apart.
 */
let connectionsServed = 0;

/**
 * One WebSocket connection's state: its rate buckets, the messages it has in hand and the order their answers go
 * out in. A class, so that an idle connection holds its fields and nothing else: the methods and the socket's
 * listeners are shared by every connection (a closure each would cost every connection a dozen functions).
 */
export class Peer implements ConnectionContext {
  readonly id = `c${++connectionsServed}`;
  /** Cleared by each heartbeat, set by any frame or pong; a peer still cleared at the next one is dropped. */
  alive = true;
  /** Answers to the server's requests are granted on top of the burst, at most one per request waiting. */
  readonly bucket: TokenBucket;
  /** Made on the first unmatched response: most peers never send one. */
  private unmatched: TokenBucket | undefined;
  /** Messages are answered in arrival order: messageType responses carry no id to correlate. */
  private answers: Promise<void> = SETTLED;
  /** Received and not yet answered. */
  private queued = 0;
  private running = 0;
  /** Received while MAX_CONCURRENT_MESSAGES were running: each starts its handler when one ends. */
  private waiting: (() => void)[] | undefined;
  /** A limit was broken: later frames are ignored; the socket closes once the admitted messages are answered. */
  private refusing = false;

  constructor(
    private readonly ws: WebSocket,
    readonly remoteAddress: string | undefined,
    private readonly setting: PeerSetting,
  ) {
    const { limits } = setting;
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, limits.maxQueuedMessages);
  }

  send(text: string): boolean {
    if (this.ws.readyState !== this.ws.OPEN) return false;
    this.ws.send(text);
    return true;
  }

  sendRequest(text: string): boolean {
    if (this.ws.readyState !== this.ws.OPEN) return false;
    this.bucket.grant();
    // After the answers owed to the messages received before it: a delivery triggered by a registration never
    // overtakes the registration's own answer.
    if (this.queued === 0) this.ws.send(text);
    else this.answers = this.answers.then(() => void this.send(text));
    return true;
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  /** Control frames count too: a ping flood costs the server a pong each. */
  countControl(): void {
    if (!this.refusing && this.bucket.take() > 0) this.refuse('message rate limit exceeded');
  }

  receive(data: RawData, isBinary: boolean): void {
    if (this.refusing) return;
    this.alive = true;
    const { limits, isUnmatchedResponse, onInternalError, inFlight } = this.setting;
    if (isBinary) return this.close(CLOSE.UNSUPPORTED_DATA, 'binary frames are not supported; send JSON text');
    if (this.bucket.take() > 0) return this.refuse('message rate limit exceeded');
    const raw = rawToString(data);
    if (isUnmatchedResponse?.(raw, this) && this.unmatchedBucket().take() > 0)
      return this.refuse('too many responses to no pending request');
    // Not refuse(): this limit exists because answers are slow, so waiting for them would keep the peer on.
    if (this.queued >= limits.maxQueuedMessages)
      return this.close(CLOSE.POLICY_VIOLATION, 'too many messages awaiting an answer');
    this.queued++;
    const reply =
      this.running < MAX_CONCURRENT_MESSAGES
        ? this.handle(raw)
        : new Promise<string | undefined>((resolve) => (this.waiting ??= []).push(() => resolve(this.handle(raw))));
    const answered = () => {
      // Everything received is answered and nothing was chained since: an idle connection keeps no settled promise.
      if (--this.queued === 0 && this.answers === task) this.answers = SETTLED;
    };
    const task: Promise<void> = this.answers.then(() =>
      reply.then(
        (text) => {
          answered();
          if (text !== undefined) this.send(text);
        },
        (error: unknown) => {
          answered();
          onInternalError(error);
          this.close(CLOSE.INTERNAL_ERROR, 'internal error');
        },
      ),
    );
    this.answers = task;
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }

  private handle(raw: string): Promise<string | undefined> {
    this.running++;
    const settled = () => {
      this.running--;
      this.waiting?.shift()?.();
    };
    try {
      const reply = this.setting.handler(raw, this);
      reply.then(settled, settled);
      return reply;
    } catch (error) {
      settled();
      return Promise.reject(error);
    }
  }

  private refuse(reason: string): void {
    this.refusing = true;
    void this.answers.then(() => this.ws.close(CLOSE.POLICY_VIOLATION, reason));
  }

  private unmatchedBucket(): TokenBucket {
    const { limits } = this.setting;
    return (this.unmatched ??= new TokenBucket(limits.unmatchedResponsesPerMinute / 60, limits.unmatchedResponseBurst));
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as Buffer).toString('utf8');
}
