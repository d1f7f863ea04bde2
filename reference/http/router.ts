import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * The one-port HTTP front of the reference server. Modules mount plain Node handlers on a path
 * prefix (`/dm` matches `/dm` and `/dm/…`, not `/dmx`); WebSocket endpoints mount upgrade handlers.
 * Unknown paths get 404 and a throwing handler gets 500, both as RFC 9457 problem+json without
 * any internal detail.
 */
export class HttpRouter {
  private readonly routes: { prefix: string; handler: RouteHandler }[] = [];
  private readonly upgrades: { prefix: string; handler: UpgradeHandler }[] = [];

  constructor(private readonly onInternalError: (error: unknown) => void = () => {}) {}

  mount(prefix: string, handler: RouteHandler): this {
    this.routes.push({ prefix: normalise(prefix), handler });
    return this;
  }

  mountUpgrade(prefix: string, handler: UpgradeHandler): this {
    this.upgrades.push({ prefix: normalise(prefix), handler });
    return this;
  }

  /** For `http.createServer(router.handle)`. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    const route = match(this.routes, req.url);
    if (!route) {
      sendProblem(res, 404, 'Not Found', `No resource at ${pathOf(req.url)}`);
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((error: unknown) => {
        this.onInternalError(error);
        if (!res.headersSent) sendProblem(res, 500, 'Internal Server Error', 'The request could not be processed.');
        else res.destroy();
      });
  };

  /** For `server.on('upgrade', router.handleUpgrade)`. */
  readonly handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const route = match(this.upgrades, req.url);
    if (route) route.handler(req, socket, head);
    else rejectUpgrade(socket, 404, 'Not Found');
  };
}

/** RFC 9457 problem details. */
export function sendProblem(res: ServerResponse, status: number, title: string, detail?: string): void {
  const body = JSON.stringify({ type: 'about:blank', title, status, ...(detail && { detail }) });
  res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Answers an upgrade request (or a connection refused before any request) with a plain HTTP error; drops the socket. */
export function rejectUpgrade(socket: Duplex, status: number, title: string): void {
  const body = JSON.stringify({ type: 'about:blank', title, status });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function normalise(prefix: string): string {
  return prefix === '/' ? '' : prefix.replace(/\/+$/, '');
}

function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!;
}

function match<T extends { prefix: string }>(table: T[], url: string | undefined): T | undefined {
  const path = pathOf(url);
  // The longest mounted prefix wins, whatever the mounting order.
  return table
    .filter(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`))
    .reduce<T | undefined>(
      (best, route) => (best && best.prefix.length >= route.prefix.length ? best : route),
      undefined,
    );
}
