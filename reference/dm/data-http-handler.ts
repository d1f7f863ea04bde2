/**
 * The per-device data area over HTTP, `{basePath}/{devId}/{path}` (default /dm/data/…): the
 * ServerURIs of HGET (GET), HPUT (PUT) and HPOST (POST).
 *
 * A device reaches only its own area: the credential presented must be the one provisioned for the
 * `{devId}` of the path, so naming another device's area gets 401. The operator reaches every area
 * with the admin key (when the server has one) to put what devices should fetch and read what they
 * sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerMatches } from './bearer.ts';
import { devIdProblem } from './dev-id.ts';
import { DM_AUTH_REALM } from './http-handler.ts';
import { mediaTypeOf, readBodyWithin } from './http-body.ts';
import { dmProblem, sendProblem, withInternalErrors } from './problem.ts';
import { DmDataAreaFullError, type DmStore } from './store.ts';

export interface DmDataHttpHandlerDeps {
  store: DmStore;
  /** Path prefix the router mounts this handler on (default /dm/data). */
  basePath?: string;
  /** SHA-256 of the operator's admin key; without it only devices reach the data area. */
  adminKeyDigest?: Buffer;
  /** Largest resource body, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  onError?: (error: unknown) => void;
}

const MAX_PATH_LENGTH = 512;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createDmDataHttpHandler(deps: DmDataHttpHandlerDeps): Handler {
  const base = deps.basePath ?? '/dm/data';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = routeOf(base, req.url ?? '/');
    if (typeof route === 'string') return sendProblem(res, dmProblem('not-found', route));
    const invalid = devIdProblem(route.devId);
    if (invalid) return sendProblem(res, dmProblem('invalid-dev-id', invalid));
    const operator = bearerMatches(req.headers.authorization, deps.adminKeyDigest) && deps.adminKeyDigest !== undefined;
    if (!operator && !(await deps.store.verifyCredential(route.devId, req.headers.authorization))) {
      const detail = `the data area of ${route.devId} takes that device's credential (or the admin key) as Authorization: Bearer`;
      return sendProblem(res, dmProblem('unauthorized', detail), { 'WWW-Authenticate': DM_AUTH_REALM });
    }
    if (req.method === 'GET') {
      const resource = await deps.store.getData(route.devId, route.path);
      if (!resource) return sendProblem(res, dmProblem('not-found', `nothing at ${route.path} for ${route.devId}`));
      if (req.headers['if-none-match'] === resource.etag) {
        res.writeHead(304, { ETag: resource.etag });
        return void res.end();
      }
      res.writeHead(200, {
        'Content-Type': resource.mediaType,
        'Content-Length': resource.body.length,
        ETag: resource.etag,
      });
      return void res.end(resource.body);
    }
    if (req.method !== 'PUT' && req.method !== 'POST')
      return sendProblem(res, dmProblem('method-not-allowed', `use GET, PUT or POST here`), {
        Allow: 'GET, PUT, POST',
      });
    const read = await readBodyWithin(req, deps.maxBodyBytes ?? 64 * 1024);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      return sendProblem(res, dmProblem('payload-too-large', read.detail));
    }
    const mediaType = mediaTypeOf(req.headers['content-type']).type || 'application/octet-stream';
    try {
      const updatedBy = operator ? 'operator' : 'device';
      const stored = await deps.store.putData(route.devId, route.path, read.body, mediaType, updatedBy);
      res.writeHead(204, { ETag: stored.etag });
      res.end();
    } catch (error) {
      if (error instanceof DmDataAreaFullError) return sendProblem(res, dmProblem('data-area-full', error.message));
      throw error;
    }
  }

  return withInternalErrors(handle, deps.onError, 'the server failed to process the request');
}

/** `{base}/{devId}/{path}` → decoded device id and path; a string says why not. */
function routeOf(base: string, url: string): { devId: string; path: string } | string {
  const pathname = new URL(url, 'http://x').pathname;
  const [encodedDevId, ...encodedPath] = pathname.slice(base.length + 1).split('/');
  let segments: string[];
  let devId: string;
  try {
    devId = decodeURIComponent(encodedDevId ?? '');
    segments = encodedPath.map(decodeURIComponent);
  } catch {
    return `${pathname} is not a valid percent-encoded path`;
  }
  const path = segments.join('/');
  if (
    devId === '' ||
    segments.length === 0 ||
    segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('/'))
  )
    return `a data resource is ${base}/{devId}/{path}, with non-empty path segments other than . and ..`;
  if (path.length > MAX_PATH_LENGTH) return `data paths are at most ${MAX_PATH_LENGTH} characters`;
  return { devId, path };
}
