/**
 * HTTP adapter of the DM server: `POST /dm` carrying Package#1, answered with Package#2.
 * A node `(req, res)` handler, mountable on any router or on a bare http.createServer; it does
 * not look at the path (the router decided that), only at method, headers and body.
 *
 * Checks run cheapest first — method, OMADM-DevID, media type, Content-Length — so that a bad
 * request is refused before its body is read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaTypeOf, readBodyWithin } from './http-body.ts';
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { DmHandlers } from '../../generated/dm/handlers.ts';
import { dmHandlers, type DmRequestContext } from './handlers.ts';
import { dmProblem, protocolProblem, sendProblem, type DmProblem } from './problem.ts';
import type { DmSessionOptions } from './session.ts';
import type { DmStore } from './store.ts';
import { DM_PACKAGE1_MEDIA_TYPE, DM_PACKAGE2_MEDIA_TYPE, type DmValidators } from './types.ts';

export interface DmHttpHandlerDeps extends DmSessionOptions {
  store: DmStore;
  validators: DmValidators;
  /** Largest Package#1 body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Longest OMADM-DevID value accepted, in characters (default 256). */
  maxDevIdLength?: number;
  /** Told about unexpected failures (answered 500); default: silent. */
  onError?: (error: unknown) => void;
  /**
   * Answers a validated Package#1 (default dmHandlers, which also checks its Package#2 against
   * the schema); a returned ProtocolError becomes a problem answer.
   */
  handlers?: DmHandlers<DmRequestContext>;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_DEV_ID_LENGTH = 256;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createDmHttpHandler(deps: DmHttpHandlerDeps): Handler {
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDevIdLength = deps.maxDevIdLength ?? DEFAULT_MAX_DEV_ID_LENGTH;
  const handlers = deps.handlers ?? dmHandlers;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      return sendProblem(
        res,
        dmProblem('method-not-allowed', `${req.method} is not allowed; send Package#1 with POST`),
        {
          Allow: 'POST',
        },
      );
    }
    const devId = checkDevId(req.headers['omadm-devid'], maxDevIdLength);
    if (typeof devId !== 'string') return sendProblem(res, devId);
    const mediaProblem = checkMediaType(req.headers['content-type']);
    if (mediaProblem) return sendProblem(res, mediaProblem);

    const read = await readBodyWithin(req, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      return sendProblem(res, dmProblem('payload-too-large', read.detail));
    }
    const parsed = parseJson(read.body);
    if (!parsed.ok) return sendProblem(res, parsed.problem);
    const pkg1 = deps.validators.validateDmPackage1(parsed.value);
    if (!pkg1.ok) {
      const detail = `Package#1 violates its schema in ${pkg1.issues.length} place(s)`;
      return sendProblem(res, dmProblem('schema-violation', detail, pkg1.issues));
    }

    const answer = await handlers.dmPackage1(pkg1.value, {
      devId,
      store: deps.store,
      validators: deps.validators,
      options: deps,
    });
    if (answer instanceof ProtocolError) return sendProblem(res, protocolProblem(answer));
    const body = JSON.stringify(answer);
    res.writeHead(200, { 'Content-Type': DM_PACKAGE2_MEDIA_TYPE, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.onError?.(error);
      if (!res.headersSent) sendProblem(res, dmProblem('internal-error', 'the server failed to process the package'));
      else res.destroy();
    });
  };
}

function checkDevId(header: string | string[] | undefined, maxLength: number): string | DmProblem {
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (value === '')
    return dmProblem('missing-dev-id', 'Package#1 must carry the DevInfo/DevID value in the OMADM-DevID header');
  if (value.length > maxLength) {
    return dmProblem('invalid-dev-id', `OMADM-DevID is ${value.length} characters long, the limit is ${maxLength}`);
  }
  return value;
}

function checkMediaType(contentType: string | undefined): DmProblem | undefined {
  const { type, charset } = mediaTypeOf(contentType);
  if (type !== DM_PACKAGE1_MEDIA_TYPE) {
    return dmProblem(
      'unsupported-media-type',
      `Package#1 must be sent as ${DM_PACKAGE1_MEDIA_TYPE}, got '${type || 'none'}'`,
    );
  }
  if (charset !== undefined && charset !== 'utf-8') {
    return dmProblem('unsupported-media-type', `JSON is UTF-8; charset '${charset}' is not supported`);
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; problem: DmProblem } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(body)) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: dmProblem('invalid-json', `Package#1 is not valid UTF-8 JSON: ${(error as Error).message}`),
    };
  }
}
