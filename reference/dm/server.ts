/**
 * A stand-alone DM server: the DM handler alone on one port, for `omaspec dm serve` and demos.
 * The reference server mounts the same handler on its own router next to AOI-1; this is only
 * the smallest router that can host it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDmAdminHttpHandler } from './admin-http-handler.ts';
import { createDmHttpHandler, type DmHttpHandlerDeps } from './http-handler.ts';
import { dmProblem, sendProblem } from './problem.ts';

export interface DmServerOptions extends DmHttpHandlerDeps {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Path Package#1 is posted to (default /dm). */
  path?: string;
  /** Also serve the unauthenticated operator endpoint under {path}/admin (default false). */
  admin?: boolean;
}

export interface RunningDmServer {
  /** Where clients post Package#1, e.g. http://127.0.0.1:8080/dm. */
  url: string;
  close(): Promise<void>;
}

export async function startDmServer(options: DmServerOptions): Promise<RunningDmServer> {
  const path = options.path ?? '/dm';
  const dm = createDmHttpHandler(options);
  const adminBase = `${path}/admin`;
  const admin = options.admin ? createDmAdminHttpHandler({ ...options, basePath: adminBase }) : undefined;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === path) dm(req, res);
    else if (admin && pathname.startsWith(`${adminBase}/`)) admin(req, res);
    else sendProblem(res, dmProblem('not-found', `nothing at ${pathname}; Package#1 goes to ${path}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${path}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
