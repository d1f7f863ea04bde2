/**
 * HTTP adapter of the DM server: `POST /dm` carrying Package#1 or Package#3, answered with the
 * next Package#2. A node `(req, res)` handler, mountable on any router or on a bare
 * http.createServer; it does not look at the path (the router decided that), only at method,
 * headers and body.
 *
 * Checks run cheapest first — method, OMADM-DevID, credential, media type, session headers,
 * Content-Length — so that a bad request is refused before its body is read, and an
 * unauthenticated one before anything is read or dequeued.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { DmHandlers } from '../../generated/dm/handlers.ts';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from '../limits/json-depth.ts';
import { DEFAULT_MAX_DEV_ID_LENGTH, devIdProblem } from './dev-id.ts';
import { dmHandlers, type DmRequestContext } from './handlers.ts';
import { mediaTypeOf, parseJsonBody, readBodyWithin } from './http-body.ts';
import { dmProblem, protocolProblem, sendProblem, type DmProblem, withInternalErrors } from './problem.ts';
import type { DmSessionOptions } from './session.ts';
import type { DmStore } from './store.ts';
import {
  DM_PACKAGE1_MEDIA_TYPE,
  DM_PACKAGE2_MEDIA_TYPE,
  DM_PACKAGE3_MEDIA_TYPE,
  DM_ROUND_HEADER,
  DM_SESSION_HEADER,
  type DmValidators,
} from './types.ts';

export interface DmHttpHandlerDeps extends DmSessionOptions {
  store: DmStore;
  validators: DmValidators;
  /** Largest package body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Longest OMADM-DevID value accepted, in characters (default 256). */
  maxDevIdLength?: number;
  /** Size and nesting limit of every JSON body (default DEFAULT_JSON_LIMITS: depth 64, 1 MiB; the server's own). */
  jsonLimits?: JsonLimits;
  /** Told about unexpected failures (answered 500); default: silent. */
  onError?: (error: unknown) => void;
  /**
   * Answers a validated package (default dmHandlers, which also checks its Package#2 against the
   * schema); a returned ProtocolError becomes a problem answer.
   */
  handlers?: DmHandlers<DmRequestContext>;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export const DM_AUTH_REALM = 'Bearer realm="omaspec dm"';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createDmHttpHandler(deps: DmHttpHandlerDeps): Handler {
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDevIdLength = deps.maxDevIdLength ?? DEFAULT_MAX_DEV_ID_LENGTH;
  const handlers = deps.handlers ?? dmHandlers;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      const detail = `${req.method} is not allowed; send Package#1 and Package#3 with POST`;
      return sendProblem(res, dmProblem('method-not-allowed', detail), { Allow: 'POST' });
    }
    const devId = checkDevId(req.headers['omadm-devid'], maxDevIdLength);
    if (typeof devId !== 'string') return sendProblem(res, devId);
    if (!(await deps.store.verifyCredential(devId, req.headers.authorization))) {
      const detail = `send the credential provisioned for ${devId} (omaspec dm device add) as Authorization: Bearer <credential>`;
      return sendProblem(res, dmProblem('unauthorized', detail), { 'WWW-Authenticate': DM_AUTH_REALM });
    }
    const kind = packageKind(req.headers['content-type']);
    if (typeof kind !== 'number') return sendProblem(res, kind);
    const session = kind === 3 ? sessionOf(req) : { id: '', round: 0 };
    if (!session) {
      const detail = `Package#3 must repeat the ${DM_SESSION_HEADER} and ${DM_ROUND_HEADER} headers of the Package#2 it answers`;
      return sendProblem(res, dmProblem('missing-session', detail));
    }

    const read = await readBodyWithin(req, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      return sendProblem(res, dmProblem('payload-too-large', read.detail));
    }
    const parsed = parseJsonBody(read.body, deps.jsonLimits ?? DEFAULT_JSON_LIMITS, `Package#${kind}`);
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const ctx: DmRequestContext = { devId, store: deps.store, validators: deps.validators, options: deps, session };
    let answer: Awaited<ReturnType<typeof handlers.dmPackage1>>;
    if (kind === 1) {
      const pkg = deps.validators.validateDmPackage1(parsed.value);
      if (!pkg.ok) return sendProblem(res, schemaProblem(1, pkg.issues));
      answer = await handlers.dmPackage1(pkg.value, ctx);
    } else {
      const pkg = deps.validators.validateDmPackage3(parsed.value);
      if (!pkg.ok) return sendProblem(res, schemaProblem(3, pkg.issues));
      answer = await handlers.dmPackage3(pkg.value, ctx);
    }
    if (answer instanceof ProtocolError) return sendProblem(res, protocolProblem(answer));
    const body = JSON.stringify(answer);
    res.writeHead(200, {
      'Content-Type': DM_PACKAGE2_MEDIA_TYPE,
      'Content-Length': Buffer.byteLength(body),
      [DM_SESSION_HEADER]: ctx.session.id,
      [DM_ROUND_HEADER]: String(ctx.session.round),
    });
    res.end(body);
  }

  return withInternalErrors(handle, deps.onError, 'the server failed to process the package');
}

function checkDevId(header: string | string[] | undefined, maxLength: number): string | DmProblem {
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (value === '')
    return dmProblem('missing-dev-id', 'every package must carry the DevInfo/DevID value in the OMADM-DevID header');
  const problem = devIdProblem(value, maxLength);
  return problem ? dmProblem('invalid-dev-id', problem) : value;
}

/** 1 for Package#1, 3 for Package#3, else the 415 to answer. */
function packageKind(contentType: string | undefined): 1 | 3 | DmProblem {
  const { type, charset } = mediaTypeOf(contentType);
  if (charset !== undefined && charset !== 'utf-8') {
    return dmProblem('unsupported-media-type', `JSON is UTF-8; charset '${charset}' is not supported`);
  }
  if (type === DM_PACKAGE1_MEDIA_TYPE) return 1;
  if (type === DM_PACKAGE3_MEDIA_TYPE) return 3;
  return dmProblem(
    'unsupported-media-type',
    `send Package#1 as ${DM_PACKAGE1_MEDIA_TYPE} or Package#3 as ${DM_PACKAGE3_MEDIA_TYPE}, not '${type || 'none'}'`,
  );
}

function sessionOf(req: IncomingMessage): { id: string; round: number } | undefined {
  const id = req.headers[DM_SESSION_HEADER.toLowerCase()];
  const round = Number(req.headers[DM_ROUND_HEADER.toLowerCase()]);
  if (typeof id !== 'string' || !/^[0-9a-f]{1,64}$/.test(id) || !Number.isSafeInteger(round) || round < 1)
    return undefined;
  return { id, round };
}

function schemaProblem(kind: 1 | 3, issues: Parameters<typeof dmProblem>[2]): DmProblem {
  const detail = `Package#${kind} violates its schema in ${issues?.length ?? 0} place(s)`;
  return dmProblem('schema-violation', detail, issues);
}
