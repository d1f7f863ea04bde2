import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server, Socket } from 'node:net';
import { rejectUpgrade, sendProblem } from './router.ts';

/**
 * What one client may hold of the server before authenticating: without these, connections trickling
 * a body at a byte every few seconds are kept until Node's 300-s request timeout, and enough of them
 * make the server unreachable for everyone.
 */
export interface HttpLimits {
  /** Open TCP connections, HTTP and WebSocket alike (an upgraded socket stays one); one more is refused. */
  maxConnections: number;
  /** The same per client address (IPv6: per /64, what one host usually gets). */
  maxConnectionsPerAddress: number;
  /** Time to receive a whole request, body included; later: 408 and the connection is closed. */
  requestTimeoutMs: number;
  /** Once a body has been arriving for bodyGraceMs, its average rate must stay above this; else 408. */
  minBodyBytesPerSecond: number;
  bodyGraceMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxConnections: 2048,
  maxConnectionsPerAddress: 128,
  requestTimeoutMs: 30_000,
  minBodyBytesPerSecond: 1024,
  bodyGraceMs: 5_000,
};

/**
 * Counts every accepted connection in total and per address and refuses those over the caps at once:
 * on plain HTTP with a 503, on TLS (nothing can be written before the handshake) by closing.
 */
export function capConnections(server: Server, limits: HttpLimits, tls: boolean): void {
  let total = 0;
  const perAddress = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = addressKey(socket.remoteAddress);
    const fromAddress = perAddress.get(address) ?? 0;
    if (total >= limits.maxConnections || fromAddress >= limits.maxConnectionsPerAddress) {
      if (tls) socket.destroy();
      else rejectUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    total++;
    perAddress.set(address, fromAddress + 1);
    socket.on('close', released);
  });
  // One listener for every socket, and `on` rather than `once` (close comes once): a closure and once's wrapper
  // for each would cost every open connection, WebSockets included, about 200 bytes.
  function released(this: Socket) {
    total--;
    // The peer's address is cached on the socket when first read, so it is still there after the close.
    const address = addressKey(this.remoteAddress);
    const left = (perAddress.get(address) ?? 1) - 1;
    if (left === 0) perAddress.delete(address);
    else perAddress.set(address, left);
  }
}

/**
 * Watches a request whose body is still arriving and answers 408 (then closes the connection) when
 * its average rate falls below the minimum after the grace period. It reads the socket's byte count,
 * not the body stream, so the handler alone consumes the body.
 */
export function watchBodyRate(req: IncomingMessage, res: ServerResponse, limits: HttpLimits): void {
  if (req.complete || limits.minBodyBytesPerSecond <= 0) return;
  const socket = req.socket;
  const startBytes = socket.bytesRead;
  const started = Date.now();
  const timer = setInterval(
    () => {
      if (req.complete || socket.destroyed) return clearInterval(timer);
      const elapsed = Date.now() - started;
      if (elapsed < limits.bodyGraceMs) return;
      if (((socket.bytesRead - startBytes) * 1000) / elapsed >= limits.minBodyBytesPerSecond) return;
      clearInterval(timer);
      if (!res.headersSent) {
        res.setHeader('connection', 'close');
        sendProblem(
          res,
          408,
          'Request Timeout',
          `The request body arrived slower than ${limits.minBodyBytesPerSecond} bytes per second.`,
        );
        res.once('finish', () => socket.destroy());
      } else socket.destroy();
    },
    Math.max(10, Math.min(1000, limits.bodyGraceMs / 4)),
  );
  timer.unref();
  req.once('end', () => clearInterval(timer));
  res.once('close', () => clearInterval(timer));
}

/** The address a connection counts against: IPv4 as is (also when IPv4-mapped), IPv6 by its /64. */
export function addressKey(remoteAddress: string | undefined): string {
  if (remoteAddress === undefined) return '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
  if (mapped) return mapped[1]!;
  if (!remoteAddress.includes(':')) return remoteAddress;
  const [head = '', tail] = remoteAddress.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
