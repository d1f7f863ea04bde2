import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../../generated/common/dispatch.ts';
import { formatIssue } from '../../generated/common/validation.ts';
import type { NotificationSubmitRes } from '../../generated/notify/types.ts';
import { validateNotificationSubmitReq } from '../../generated/notify/validators.ts';
import { sendProblem, type RouteHandler } from '../http/router.ts';
import { checkJsonLimits, DEFAULT_JSON_LIMITS, type JsonLimits } from '../limits/json-depth.ts';
import { TokenBucket } from '../limits/token-bucket.ts';
import { notifyHandlers } from './handlers.ts';
import type { ServerAppKeys } from './keys.ts';
import type { NotificationService } from './service.ts';

export const NOTIFICATIONS_PATH = '/notifications';

export interface SubmissionLimits {
  /** Largest accepted request body; checked on Content-Length and again while reading. */
  maxBodyBytes: number;
  /** Token bucket per Server Application key: sustained rate and burst; beyond it 429. */
  submissionsPerSecond: number;
  submissionBurst: number;
}

export const DEFAULT_SUBMISSION_LIMITS: SubmissionLimits = {
  maxBodyBytes: 16 * 1024,
  submissionsPerSecond: 100,
  submissionBurst: 200,
};

/**
 * `POST /notifications`: the HTTP binding of notificationSubmitReq/Res. The checks run cheapest
 * first — authentication, rate and media type (headers only), then size, before any body byte is
 * buffered; then the JSON limits, before the body is parsed.
 * Every answer, refusals included, is a notificationSubmitRes JSON body whose code is the status, except
 * those the schema has no code for (404/405 paths and methods, 403 scope, 415), which are RFC 9457 problem+json.
 */
export function createSubmissionHandler(
  service: NotificationService,
  keys: ServerAppKeys,
  limits: Partial<SubmissionLimits> = {},
  jsonLimits: JsonLimits = DEFAULT_JSON_LIMITS,
): RouteHandler {
  const { maxBodyBytes, submissionsPerSecond, submissionBurst } = { ...DEFAULT_SUBMISSION_LIMITS, ...limits };
  const buckets = new Map<string, TokenBucket>();

  return async (req, res) => {
    if (pathOf(req.url) !== NOTIFICATIONS_PATH)
      return sendProblem(res, 404, 'Not Found', `No resource at ${pathOf(req.url)}`);
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendProblem(res, 405, 'Method Not Allowed', 'Submit notifications with POST.');
    }
    const submitter = keys.authenticate(req.headers.authorization);
    if (submitter === undefined) {
      res.setHeader('www-authenticate', 'Bearer realm="omaspec notifications"');
      return answer(res, { code: 401, desc: 'Unauthorized: missing or unknown Server Application key' }, true);
    }
    let bucket = buckets.get(submitter);
    if (!bucket) buckets.set(submitter, (bucket = new TokenBucket(submissionsPerSecond, submissionBurst)));
    const wait = bucket.take();
    if (wait > 0) {
      res.setHeader('retry-after', String(Math.ceil(wait / 1000)));
      return answer(
        res,
        { code: 429, desc: `Too Many Requests: at most ${submissionsPerSecond} submissions per second` },
        true,
      );
    }
    if (!isJson(req.headers['content-type'])) {
      res.setHeader('accept-post', 'application/json');
      return refuseUnread(
        res,
        415,
        'Unsupported Media Type',
        'Submit notifications as Content-Type: application/json.',
      );
    }
    const declared = Number(req.headers['content-length']);
    if (declared > maxBodyBytes) return answer(res, tooLarge(maxBodyBytes), true);

    const body = await readBody(req, maxBodyBytes);
    if (body === ABORTED) return;
    if (body === TOO_LARGE) return answer(res, tooLarge(maxBodyBytes), true);
    const shape = checkJsonLimits(body, jsonLimits);
    if (!shape.ok) return answer(res, { code: 400, desc: `Bad Request: ${shape.problem}` });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return answer(res, { code: 400, desc: 'Bad Request: the body is not JSON' });
    }
    const checked = validateNotificationSubmitReq(parsed);
    if (!checked.ok)
      return answer(res, { code: 400, desc: `Bad Request: ${checked.issues.map(formatIssue).join('; ')}` });
    if (!(await keys.serves(submitter, checked.value.clientAppToken)))
      return sendProblem(
        res,
        403,
        'Forbidden',
        `The key of '${submitter}' does not serve the application this token was registered for.`,
      );
    const handled = await notifyHandlers.notificationSubmitReq(checked.value, { submitter, service });
    const outcome = handled instanceof ProtocolError ? refusal(handled) : handled;
    if (outcome.code === 503) res.setHeader('retry-after', '1');
    answer(res, outcome);
  };
}

type RefusalCode = Extract<NotificationSubmitRes, { code: 400 | 401 | 404 | 413 | 429 | 503 }>['code'];
const REFUSAL_CODES: readonly number[] = [400, 401, 404, 413, 429, 503] satisfies RefusalCode[];

/** A ProtocolError from the handler as the response the schema allows: its code if listed, else 503. */
function refusal(error: ProtocolError): NotificationSubmitRes {
  const code = (REFUSAL_CODES.includes(error.code) ? error.code : 503) as RefusalCode;
  return { code, desc: error.message };
}

const tooLarge = (max: number): NotificationSubmitRes => ({
  code: 413,
  desc: `Payload Too Large: the body exceeds ${max} bytes`,
});

/** `application/json`, parameters (charset) aside, in any letter case (RFC 9110 8.3.1). */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Writes the answer; see discardUnread for `bodyUnread`. */
function answer(res: ServerResponse, outcome: NotificationSubmitRes, bodyUnread = false): void {
  const text = JSON.stringify(outcome);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  };
  if (bodyUnread) headers.connection = 'close';
  res.writeHead(outcome.code, headers);
  res.end(text);
  if (bodyUnread) discardUnread(res);
}

/**
 * A refusal the notificationSubmitRes schema has no code for (415), as RFC 9457 problem+json; the body
 * is left unread as with `answer(…, true)`.
 */
function refuseUnread(res: ServerResponse, status: number, title: string, detail: string): void {
  res.setHeader('connection', 'close');
  sendProblem(res, status, title, detail);
  discardUnread(res);
}

/**
 * After an answer written before the body was (fully) read, the connection is closed; the rest of the
 * upload is discarded (not buffered) for at most a second so that the client can read the answer before
 * the socket goes (closing on unread data would reset the connection).
 */
function discardUnread(res: ServerResponse): void {
  res.req.resume();
  res.once('finish', () => setTimeout(() => res.req.socket.destroy(), 1000).unref());
}

const TOO_LARGE = Symbol('too large');
const ABORTED = Symbol('aborted');

/** The body as UTF-8; TOO_LARGE as soon as more than `max` bytes arrive; ABORTED if the client went away. */
function readBody(req: IncomingMessage, max: number): Promise<string | typeof TOO_LARGE | typeof ABORTED> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // After 'end' these change nothing (a promise settles once).
    req.once('close', () => resolve(ABORTED));
    req.once('error', () => resolve(ABORTED));
  });
}

function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!;
}
