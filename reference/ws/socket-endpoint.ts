import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { rejectUpgrade, type HttpRouter } from '../http/router.ts';
import { TokenBucket } from '../limits/token-bucket.ts';

/** What a message handler knows about the connection a message came in on. */
export interface ConnectionContext {
  readonly id: string;
  readonly remoteAddress: string | undefined;
  /** Server-initiated text frame (e.g. a notification); false when the socket is no longer open. */
  send(text: string): boolean;
  /**
   * Sends a request the peer must answer, granting the connection one message of rate for that answer:
   * answers count against the rate like every frame, but the server's own requests pay for them.
   */
  sendRequest(text: string): boolean;
  close(code: number, reason: string): void;
}

/**
 * The seam between transport and protocol: one text frame in, at most one text frame out. Up to
 * MAX_CONCURRENT_MESSAGES messages of a connection are handled at once; a handler that must not overlap
 * the others (a deregistration) waits for them itself. Answers are sent in arrival order all the same.
 */
export type MessageHandler = (raw: string, conn: ConnectionContext) => Promise<string | undefined>;

/**
 * Messages of one connection handled at once (the others wait, counted in maxQueuedMessages). A store round trip
 * is milliseconds, so one at a time left a pipelining client waiting for each commit in turn; a few at a time let
 * them share one. Small, so that a handful of peers cannot hold the store's pending calls (StoreLimits.maxPending)
 * while it is slow.
 */
export const MAX_CONCURRENT_MESSAGES = 8;

export interface SocketLimits {
  /** Largest accepted frame/message; larger ones close the socket with 1009. */
  maxPayloadBytes: number;
  /** Further upgrade requests are answered 503 until a connection closes. */
  maxConnections: number;
  /**
   * Token bucket per connection: sustained rate and burst; every frame takes a token, and one more
   * closes with 1008 once the messages already admitted are answered.
   */
  messagesPerSecond: number;
  messageBurst: number;
  /**
   * Responses that answer no pending request (late answers after a timeout, or forged ones): a bucket
   * of this burst refilled at unmatchedResponsesPerMinute; one more closes with 1008.
   */
  unmatchedResponseBurst: number;
  unmatchedResponsesPerMinute: number;
  /**
   * Messages received and not yet answered on one connection; one more closes it with 1008. Answers
   * are sent in order, so a peer outpacing slow handlers (seeded tokens) would otherwise pile up
   * maxPayloadBytes-sized messages in memory without bound. Above messageBurst, so bursts still pass.
   */
  maxQueuedMessages: number;
  /** A ping every interval; a peer that has not answered the previous ping is dropped. */
  heartbeatIntervalMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  maxPayloadBytes: 64 * 1024,
  maxConnections: 1000,
  messagesPerSecond: 20,
  messageBurst: 40,
  unmatchedResponseBurst: 8,
  unmatchedResponsesPerMinute: 1,
  maxQueuedMessages: 64,
  heartbeatIntervalMs: 30_000,
};

export const CLOSE = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  UNSUPPORTED_DATA: 1003,
  POLICY_VIOLATION: 1008,
  TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
} as const;

export interface SocketEndpointOptions {
  handler: MessageHandler;
  limits?: Partial<SocketLimits>;
  onConnect?: (conn: ConnectionContext) => void;
  onDisconnect?: (conn: ConnectionContext) => void;
  onInternalError?: (error: unknown) => void;
  /** A response-shaped frame whose id matches no request pending on the connection. */
  isUnmatchedResponse?: (raw: string, conn: ConnectionContext) => boolean;
}

export interface SocketEndpoint {
  readonly connectionCount: number;
  /** Closes every connection with 1001, stops the heartbeat and waits for messages being handled. */
  close(): Promise<void>;
}

/** Mounts a WebSocket endpoint (RFC 6455) at `path` on the router; text frames only. */
export function mountSocketEndpoint(router: HttpRouter, path: string, options: SocketEndpointOptions): SocketEndpoint {
  const limits = { ...DEFAULT_SOCKET_LIMITS, ...options.limits };
  const onInternalError = options.onInternalError ?? (() => {});
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  const alive = new WeakMap<WebSocket, boolean>();
  /** Each connection's message bucket: the heartbeat grants the pong it asks for. */
  const buckets = new WeakMap<WebSocket, TokenBucket>();
  /** Messages being handled; close() waits for them so the store is not closed under a handler. */
  const inFlight = new Set<Promise<void>>();
  /** Handshakes under way count against maxConnections too, so a burst cannot overshoot it. */
  let upgrading = 0;

  router.mountUpgrade(path, (req, socket, head) => {
    if (wss.clients.size + upgrading >= limits.maxConnections) {
      rejectUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    upgrading++;
    let counted = true;
    const uncount = () => {
      if (counted) upgrading--;
      counted = false;
    };
    socket.once('close', uncount); // a failed handshake
    wss.handleUpgrade(req, socket, head, (ws) => {
      uncount();
      serve(ws, req);
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      buckets.get(ws)?.grant();
      ws.ping();
    }
  }, limits.heartbeatIntervalMs);
  heartbeat.unref();

  function serve(ws: WebSocket, req: IncomingMessage): void {
    // Answers to the server's requests are granted on top of the burst, at most one per request waiting.
    const bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, limits.maxQueuedMessages);
    const unmatched = new TokenBucket(limits.unmatchedResponsesPerMinute / 60, limits.unmatchedResponseBurst);
    const send = (text: string) => {
      if (ws.readyState !== ws.OPEN) return false;
      ws.send(text);
      return true;
    };
    // Messages are answered in arrival order: messageType responses carry no id to correlate.
    let answers = Promise.resolve();
    /** Received and not yet answered. */
    let queued = 0;
    let running = 0;
    /** Received while MAX_CONCURRENT_MESSAGES were running: each starts its handler when one ends. */
    let waiting: (() => void)[] | undefined;
    const conn: ConnectionContext = {
      id: randomUUID(),
      remoteAddress: req.socket.remoteAddress,
      send,
      sendRequest: (text) => {
        if (ws.readyState !== ws.OPEN) return false;
        bucket.grant();
        // After the answers owed to the messages received before it: a delivery triggered by a registration
        // never overtakes the registration's own answer.
        if (queued === 0) ws.send(text);
        else answers = answers.then(() => void send(text));
        return true;
      },
      close: (code, reason) => ws.close(code, reason),
    };
    const handle = (raw: string): Promise<string | undefined> => {
      running++;
      const settled = () => {
        running--;
        waiting?.shift()?.();
      };
      try {
        const reply = options.handler(raw, conn);
        reply.then(settled, settled);
        return reply;
      } catch (error) {
        settled();
        return Promise.reject(error);
      }
    };
    /** A limit was broken: later frames are ignored; the socket closes once the admitted messages are answered. */
    let refusing = false;
    const refuse = (reason: string) => {
      refusing = true;
      void answers.then(() => ws.close(CLOSE.POLICY_VIOLATION, reason));
    };
    buckets.set(ws, bucket);
    alive.set(ws, true);
    // Control frames count too: a ping flood costs the server a pong each.
    const countControl = () => !refusing && bucket.take() > 0 && refuse('message rate limit exceeded');
    ws.on('ping', countControl);
    ws.on('pong', () => {
      alive.set(ws, true);
      countControl();
    });
    ws.on('error', () => {}); // protocol errors (1009, 1007, …) are answered by ws with a close frame
    ws.on('close', () => options.onDisconnect?.(conn));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (refusing) return;
      alive.set(ws, true);
      if (isBinary) return ws.close(CLOSE.UNSUPPORTED_DATA, 'binary frames are not supported; send JSON text');
      if (bucket.take() > 0) return refuse('message rate limit exceeded');
      const raw = rawToString(data);
      if (options.isUnmatchedResponse?.(raw, conn) && unmatched.take() > 0)
        return refuse('too many responses to no pending request');
      // Not refuse(): this limit exists because answers are slow, so waiting for them would keep the peer on.
      if (queued >= limits.maxQueuedMessages)
        return ws.close(CLOSE.POLICY_VIOLATION, 'too many messages awaiting an answer');
      queued++;
      const reply =
        running < MAX_CONCURRENT_MESSAGES
          ? handle(raw)
          : new Promise<string | undefined>((resolve) => (waiting ??= []).push(() => resolve(handle(raw))));
      const task = answers.then(() =>
        reply.then(
          (text) => {
            queued--;
            if (text !== undefined) send(text);
          },
          (error: unknown) => {
            queued--;
            onInternalError(error);
            ws.close(CLOSE.INTERNAL_ERROR, 'internal error');
          },
        ),
      );
      answers = task;
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    });
    options.onConnect?.(conn);
  }

  return {
    get connectionCount() {
      return wss.clients.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const ws of wss.clients) ws.close(CLOSE.GOING_AWAY, 'server shutting down');
        // A peer that does not complete the closing handshake promptly is cut off.
        setTimeout(() => {
          for (const ws of wss.clients) ws.terminate();
        }, 1000).unref();
        wss.close(() => void Promise.allSettled([...inFlight]).then(() => resolve()));
      }),
  };
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as Buffer).toString('utf8');
}
