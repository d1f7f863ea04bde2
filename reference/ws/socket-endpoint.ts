import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { rejectUpgrade, type HttpRouter } from '../http/router.ts';
import { CLOSE, Peer, type PeerSetting } from './peer.ts';

/** What a message handler knows about the connection a message came in on. */
export interface ConnectionContext {
  /** Unique among the process's connections, never reused; not meaningful to another process. */
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

export { MAX_CONCURRENT_MESSAGES } from './peer.ts';

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

export { CLOSE };

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
  const peers = new WeakMap<WebSocket, Peer>();
  const inFlight = new Set<Promise<void>>();
  const setting: PeerSetting = {
    limits,
    handler: options.handler,
    onInternalError,
    isUnmatchedResponse: options.isUnmatchedResponse,
    inFlight,
  };
  // One listener of each kind for every socket of the endpoint (ws calls them with the socket as `this`).
  function onMessage(this: WebSocket, data: RawData, isBinary: boolean) {
    peers.get(this)?.receive(data, isBinary);
  }
  function countControl(this: WebSocket) {
    peers.get(this)?.countControl();
  }
  function onPong(this: WebSocket) {
    const peer = peers.get(this);
    if (!peer) return;
    peer.alive = true;
    peer.countControl();
  }
  function onClose(this: WebSocket) {
    const peer = peers.get(this);
    if (peer) options.onDisconnect?.(peer);
  }
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
      // Left on the socket, the listener would keep the upgrade request and its headers for the connection's life.
      socket.off('close', uncount);
      uncount();
      serve(ws, req.socket.remoteAddress);
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      const peer = peers.get(ws);
      if (!peer) continue;
      if (!peer.alive) {
        ws.terminate();
        continue;
      }
      peer.alive = false;
      // The pong it asks for is the server's request, granted like an answer.
      peer.bucket.grant();
      ws.ping();
    }
  }, limits.heartbeatIntervalMs);
  heartbeat.unref();

  function serve(ws: WebSocket, remoteAddress: string | undefined): void {
    const peer = new Peer(ws, remoteAddress, setting);
    peers.set(ws, peer);
    ws.on('ping', countControl);
    ws.on('pong', onPong);
    ws.on('error', ignore); // protocol errors (1009, 1007, …) are answered by ws with a close frame
    ws.on('close', onClose);
    ws.on('message', onMessage);
    options.onConnect?.(peer);
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

const ignore = () => {};
