/**
 * Everything the DM binding serves under one path prefix, as one node handler for a prefix
 * router (the reference server's `router.mount('/dm', createDmRoutes(...))` hands it `/dm` and
 * every `/dm/…`): Package#1 and Package#3 at exactly `{basePath}`, the per-device data area under
 * `{basePath}/data/`, the operator endpoint under `{basePath}/admin/` when enabled, 404
 * problem+json for anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDmAdminHttpHandler } from './admin-http-handler.ts';
import { bearerMatches, sha256 } from './bearer.ts';
import { createDmDataHttpHandler } from './data-http-handler.ts';
import { createDmHttpHandler, DM_AUTH_REALM, type DmHttpHandlerDeps } from './http-handler.ts';
import { dmProblem, sendProblem } from './problem.ts';

export interface DmRoutesOptions extends DmHttpHandlerDeps {
  /** Path packages are posted to (default /dm). */
  basePath?: string;
  /** Also serve the operator endpoint under {basePath}/admin (default false). */
  admin?: boolean;
  /**
   * Bearer key of the operator endpoint and of operator access to the data area. Without it the
   * operator endpoint is open: `startDmServer` refuses that on a non-loopback address.
   */
  adminKey?: string;
}

export function createDmRoutes(options: DmRoutesOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const basePath = options.basePath ?? '/dm';
  const adminBase = `${basePath}/admin`;
  const dataBase = `${basePath}/data`;
  const adminKeyDigest = options.adminKey === undefined ? undefined : sha256(options.adminKey);
  const packages = createDmHttpHandler(options);
  const data = createDmDataHttpHandler({
    ...options,
    basePath: dataBase,
    ...(adminKeyDigest ? { adminKeyDigest } : {}),
  });
  const admin = options.admin ? createDmAdminHttpHandler({ ...options, basePath: adminBase }) : undefined;
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === basePath) packages(req, res);
    else if (pathname.startsWith(`${dataBase}/`)) data(req, res);
    else if (admin && pathname.startsWith(`${adminBase}/`)) {
      if (adminKeyDigest && !bearerMatches(req.headers.authorization, adminKeyDigest)) {
        const problem = dmProblem('unauthorized', 'the operator endpoint takes the admin key as Authorization: Bearer');
        sendProblem(res, problem, { 'WWW-Authenticate': DM_AUTH_REALM });
      } else admin(req, res);
    } else sendProblem(res, dmProblem('not-found', `nothing at ${pathname}; packages go to ${basePath}`));
  };
}
