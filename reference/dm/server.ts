/**
 * A stand-alone DM server: the DM routes alone on one port, for `omaspec dm serve` and demos.
 * The reference server mounts the same `createDmRoutes` on its own router next to AOI-1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDmRoutes, type DmRoutesOptions } from './routes.ts';

export interface DmServerOptions extends DmRoutesOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningDmServer {
  /** Where clients post Package#1, e.g. http://127.0.0.1:8080/dm. */
  url: string;
  close(): Promise<void>;
}

export async function startDmServer(options: DmServerOptions): Promise<RunningDmServer> {
  const server = createServer(createDmRoutes(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${options.basePath ?? '/dm'}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
