/**
 * Operator endpoint of the DM server, the HTTP twin of `omaspec dm queue` / `dm show`:
 *
 *   GET  {basePath}/devices/{devId}         → 200 {devId, device | null, pending, sessions}
 *   POST {basePath}/devices/{devId}/queue   body application/json {"Cmd": [[name, ...params], ...]}
 *                                           → 201 {queued, pending}
 *
 * The body has the shape of a Package#2 and is checked by the same validator, then each command
 * against the command table. The routes (routes.ts) put the admin key in front of it; without a key
 * it is open, which `startDmServer` allows only on a loopback address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaTypeOf, parseJsonBody, readBodyWithin } from './http-body.ts';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from '../limits/json-depth.ts';
import { queueDmCommands, type QueueOptions } from './operator.ts';
import { dmProblem, sendProblem, withInternalErrors } from './problem.ts';
import type { DmStore } from './store.ts';
import type { DmValidators, ValidationIssue } from './types.ts';

export interface DmAdminHttpHandlerDeps extends QueueOptions {
  store: DmStore;
  validators: DmValidators;
  /** Path prefix the router mounts this handler on (default /dm/admin). */
  basePath?: string;
  /** Largest request body, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Size and nesting limit of the JSON body (default DEFAULT_JSON_LIMITS). */
  jsonLimits?: JsonLimits;
  onError?: (error: unknown) => void;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createDmAdminHttpHandler(deps: DmAdminHttpHandlerDeps): Handler {
  const base = deps.basePath ?? '/dm/admin';
  const maxBodyBytes = deps.maxBodyBytes ?? 64 * 1024;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = routeOf(base, req.url ?? '/');
    if (!route) return sendProblem(res, dmProblem('not-found', `no admin resource at ${req.url}`));
    const expected = route.queue ? 'POST' : 'GET';
    if (req.method !== expected) {
      return sendProblem(res, dmProblem('method-not-allowed', `use ${expected} here`), { Allow: expected });
    }
    if (!route.queue) {
      const [device, pending, sessions] = await Promise.all([
        deps.store.device(route.devId),
        deps.store.pending(route.devId),
        deps.store.history(route.devId),
      ]);
      return sendJson(res, 200, { devId: route.devId, device: device ?? null, pending, sessions });
    }

    if (mediaTypeOf(req.headers['content-type']).type !== 'application/json') {
      return sendProblem(res, dmProblem('unsupported-media-type', 'send {"Cmd": [...]} as application/json'));
    }
    const read = await readBodyWithin(req, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      return sendProblem(res, dmProblem('payload-too-large', read.detail));
    }
    const json = parseJsonBody(read.body, deps.jsonLimits ?? DEFAULT_JSON_LIMITS, 'the body');
    if (!json.ok) return sendProblem(res, json.problem);
    const body = deps.validators.validateDmPackage2(json.value);
    if (!body.ok)
      return sendProblem(res, dmProblem('schema-violation', 'the body must be {"Cmd": [[string, ...]]}', body.issues));

    const result = await queueDmCommands(deps.store, route.devId, body.value.Cmd, deps);
    if (result.ok) return sendJson(res, 201, { queued: result.queued, pending: result.pending });
    const full = result.errors.find((e) => e.code === 'queueFull');
    if (full) return sendProblem(res, dmProblem('queue-full', full.message));
    const issues: ValidationIssue[] = result.errors.map((e) => ({
      path: 'index' in e ? `/Cmd/${e.index}` : '',
      rule: e.code,
      message: e.message,
    }));
    return sendProblem(
      res,
      dmProblem('invalid-command', `${issues.length} command(s) refused; nothing was queued`, issues),
    );
  }

  return withInternalErrors(handle, deps.onError, 'the server failed to process the request');
}

/** `{base}/devices/{devId}[/queue]` → the decoded device id; undefined for any other path. */
function routeOf(base: string, url: string): { devId: string; queue: boolean } | undefined {
  const pathname = new URL(url, 'http://x').pathname;
  if (!pathname.startsWith(`${base}/devices/`)) return undefined;
  const [encoded, tail, ...rest] = pathname.slice(base.length + '/devices/'.length).split('/');
  if (!encoded || rest.length > 0 || (tail !== undefined && tail !== 'queue')) return undefined;
  try {
    return { devId: decodeURIComponent(encoded), queue: tail === 'queue' };
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
