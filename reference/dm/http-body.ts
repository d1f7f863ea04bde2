/**
 * Reads an HTTP request body under a byte limit: the declared Content-Length is checked before
 * anything is read, and the running total while streaming, so an oversized body is refused
 * after at most one chunk beyond the limit instead of being buffered whole.
 */
import type { IncomingMessage } from 'node:http';
import { jsonDepthExceeded } from './json-depth.ts';
import { dmProblem, type DmProblem } from './problem.ts';

export type BodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'tooLarge'; detail: string }
  | { ok: false; reason: 'aborted'; detail: string };

export function readBodyWithin(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) {
    return Promise.resolve(tooLarge(`Content-Length ${declared} exceeds the limit of ${maxBytes} bytes`));
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) finish(tooLarge(`body exceeds the limit of ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) });
    const onAbort = () => finish({ ok: false, reason: 'aborted', detail: 'client closed the request before its end' });
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}

function tooLarge(detail: string): BodyResult {
  return { ok: false, reason: 'tooLarge', detail };
}

/** The media type of a Content-Type header without parameters, lower-cased ('' when absent). */
export function mediaTypeOf(contentType: string | undefined): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (contentType ?? '').split(';');
  const charset = params
    .map((p) => p.trim().split('='))
    .find(([name]) => name?.toLowerCase() === 'charset')?.[1]
    ?.replace(/^"|"$/g, '')
    .toLowerCase();
  return { type: type.trim().toLowerCase(), charset };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A request body as JSON: UTF-8, within the nesting limit (checked before parsing, so a deep
 * document costs no stack), parseable; otherwise the problem to answer.
 */
export function parseJsonBody(
  body: Buffer,
  maxDepth: number,
  what: string,
): { ok: true; value: unknown } | { ok: false; problem: DmProblem } {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch (error) {
    return { ok: false, problem: dmProblem('invalid-json', `${what} is not valid UTF-8: ${(error as Error).message}`) };
  }
  if (jsonDepthExceeded(text, maxDepth) !== undefined) {
    const detail = `${what} nests arrays and objects deeper than the limit of ${maxDepth} levels`;
    return { ok: false, problem: dmProblem('json-too-deep', detail) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: dmProblem('invalid-json', `${what} is not valid JSON: ${(error as Error).message}`) };
  }
}
