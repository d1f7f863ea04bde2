/**
 * Everything the DM binding serves under one path prefix, as one node handler for a prefix
 * router (the reference server's `router.mount('/dm', createDmRoutes(...))` hands it `/dm` and
 * every `/dm/…`): Package#1 at exactly `{basePath}`, the operator endpoint under
 * `{basePath}/admin/` when enabled, 404 problem+json for anything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDmAdminHttpHandler } from './admin-http-handler.ts';
import { createDmHttpHandler, type DmHttpHandlerDeps } from './http-handler.ts';
import { dmProblem, sendProblem } from './problem.ts';

export interface DmRoutesOptions extends DmHttpHandlerDeps {
  /** Path Package#1 is posted to (default /dm). */
  basePath?: string;
  /** Also serve the unauthenticated operator endpoint under {basePath}/admin (default false). */
  admin?: boolean;
}

export function createDmRoutes(options: DmRoutesOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const basePath = options.basePath ?? '/dm';
  const adminBase = `${basePath}/admin`;
  const packages = createDmHttpHandler(options);
  const admin = options.admin ? createDmAdminHttpHandler({ ...options, basePath: adminBase }) : undefined;
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === basePath) packages(req, res);
    else if (admin && pathname.startsWith(`${adminBase}/`)) admin(req, res);
    else sendProblem(res, dmProblem('not-found', `nothing at ${pathname}; Package#1 goes to ${basePath}`));
  };
}
