import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { isIP } from 'node:net';
import { capConnections, watchBodyRate, type HttpLimits } from './connection-limits.ts';
import type { HttpRouter } from './router.ts';

/** PEM certificate chain and private key: the server then speaks https:// and wss:// only. */
export interface TlsOptions {
  cert: string | Buffer;
  key: string | Buffer;
}

export interface FrontOptions {
  headersTimeoutMs: number;
  httpLimits: HttpLimits;
  tls?: TlsOptions;
}

export type HttpFront = ReturnType<typeof createHttpServer> | ReturnType<typeof createHttpsServer>;

/**
 * The one listening server in front of the router: plain HTTP, or TLS when `tls` is given (HTTP and
 * WebSocket upgrades on the same port either way), with the connection caps and timeouts applied.
 */
export function createHttpFront(router: HttpRouter, options: FrontOptions): HttpFront {
  const { headersTimeoutMs: headersTimeout, httpLimits, tls } = options;
  // Node refuses a request timeout shorter than the headers timeout.
  const requestTimeout = Math.max(headersTimeout, httpLimits.requestTimeoutMs);
  // Node checks both timeouts only every connectionsCheckingInterval (30 s by default).
  const connectionsCheckingInterval = Math.max(10, Math.min(1000, Math.floor(headersTimeout / 4)));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    watchBodyRate(req, res, httpLimits);
    router.handle(req, res);
  };
  const http = { headersTimeout, requestTimeout, connectionsCheckingInterval };
  // A TLS handshake is bounded like headers (Node's own default is 120 s): both come before any request.
  const front = tls
    ? createHttpsServer({ ...http, cert: tls.cert, key: tls.key, handshakeTimeout: headersTimeout }, handle)
    : createHttpServer(http, handle);
  capConnections(front, httpLimits, tls !== undefined);
  front.on('upgrade', router.handleUpgrade);
  return front;
}

/** Whether binding `host` keeps the server reachable from this machine only. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || /^::ffff:127\./i.test(host);
}
