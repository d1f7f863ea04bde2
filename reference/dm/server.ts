/**
 * A stand-alone DM server: the DM routes alone on one port, for `omaspec dm serve` and demos.
 * The reference server mounts the same `createDmRoutes` on its own router next to AOI-1.
 */
import { createServer } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { OmaspecError } from '../../core/errors.ts';
import { createDmRoutes, type DmRoutesOptions } from './routes.ts';

export interface DmServerOptions extends DmRoutesOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningDmServer {
  /** Where clients post their packages, e.g. http://127.0.0.1:8080/dm. */
  url: string;
  close(): Promise<void>;
}

export async function startDmServer(options: DmServerOptions): Promise<RunningDmServer> {
  const host = options.host ?? '127.0.0.1';
  if (options.admin && options.adminKey === undefined && !isLoopback(host)) {
    throw new OmaspecError(
      'DM_ADMIN_OPEN',
      `the operator endpoint would be open to anyone who reaches ${host}: give it an admin key, or listen on loopback`,
    );
  }
  const server = createServer(createDmRoutes(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const shown = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${shown}:${port}${options.basePath ?? '/dm'}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** localhost, 127.0.0.0/8 and ::1: addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}
