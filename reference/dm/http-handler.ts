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
import { dmProblem, sendProblem, type DmProblem } from './problem.ts';
import { answerPackage1, type DmSessionOptions } from './session.ts';
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
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_DEV_ID_LENGTH = 256;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createDmHttpHandler(deps: DmHttpHandlerDeps): Handler {
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDevIdLength = deps.maxDevIdLength ?? DEFAULT_MAX_DEV_ID_LENGTH;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      return sendProblem(res, dmProblem('method-not-allowed', `${req.method} is not allowed; send Package#1 with POST`), {
        Allow: 'POST',
      });
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

    // Guard the contract outward too: a Package#2 the client would reject is never sent, and
    // the transaction puts its commands back in the queue.
    const pkg2 = deps.store.atomically(() => {
      const answer = answerPackage1(deps.store, devId, pkg1.value, deps);
      const own = deps.validators.validateDmPackage2(answer);
      if (!own.ok) throw new Error(`server built an invalid Package#2: ${JSON.stringify(own.issues)}`);
      return answer;
    });
    const body = JSON.stringify(pkg2);
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
  if (value === '') return dmProblem('missing-dev-id', 'Package#1 must carry the DevInfo/DevID value in the OMADM-DevID header');
  if (value.length > maxLength) {
    return dmProblem('invalid-dev-id', `OMADM-DevID is ${value.length} characters long, the limit is ${maxLength}`);
  }
  return value;
}

function checkMediaType(contentType: string | undefined): DmProblem | undefined {
  const { type, charset } = mediaTypeOf(contentType);
  if (type !== DM_PACKAGE1_MEDIA_TYPE) {
    return dmProblem('unsupported-media-type', `Package#1 must be sent as ${DM_PACKAGE1_MEDIA_TYPE}, got '${type || 'none'}'`);
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
    return { ok: false, problem: dmProblem('invalid-json', `Package#1 is not valid UTF-8 JSON: ${(error as Error).message}`) };
  }
}
