import { JSONRPC_ERRORS } from '../../generated/common/jsonrpc.ts';
import type { PendingRequests } from '../../generated/common/requests.ts';
import { checkJsonLimits, type JsonLimits } from '../limits/json-depth.ts';

const NUMBER_LITERAL = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?$/;

/**
 * The answer to an AOI-1 frame refused before it is parsed, or undefined when it may be dispatched:
 * too large or too deep for the server's JSON limits, or a request whose numeric id a double cannot hold
 * (`1e-400` parses as `0`, `1e400` as Infinity): its answer would carry another id. Both envelopes get
 * JSON-RPC -32600 with id null, as the dispatcher answers a frame it cannot read.
 */
export function refuseBeforeParsing(raw: string, limits: JsonLimits): string | undefined {
  let inexactId: string | undefined;
  const checked = checkJsonLimits(raw, limits, (literal, key, containers) => {
    const messageLevel = containers === '{' || containers === '[{';
    if (messageLevel && key === 'id' && !survivesParsing(literal)) inexactId ??= literal;
  });
  if (!checked.ok) return invalidRequest(checked.problem);
  if (inexactId !== undefined) return invalidRequest(`the id ${inexactId.slice(0, 40)} cannot be echoed exactly`);
  return undefined;
}

/** A frame shaped as a JSON-RPC response (an id, no method) whose id this connection is not waiting for. */
export function answersNothingPending(raw: string, pending: PendingRequests): boolean {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return false;
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  if ('method' in message || !('id' in message)) return false;
  const id = (message as { id: unknown }).id;
  return !((typeof id === 'string' || typeof id === 'number') && pending.methodOf(id) !== undefined);
}

/** Whether the number a literal denotes is exactly the double it parses to (then the echo means the same). */
function survivesParsing(literal: string): boolean {
  const written = decimal(literal);
  return written !== undefined && written === decimal(String(Number(literal)));
}

/** A number literal as `digits e exponent` without redundant zeros: equal values give equal strings. */
function decimal(literal: string): string | undefined {
  const match = NUMBER_LITERAL.exec(literal);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = match as unknown as [string, string, string, string?, string?];
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  const significant = digits.replace(/0+$/, '');
  const scale = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length);
  return `${sign}${significant}e${scale}`;
}

function invalidRequest(detail: string): string {
  return JSON.stringify({
    jsonrpc: '2.0',
    id: null,
    error: { code: JSONRPC_ERRORS.INVALID_REQUEST, message: `Invalid Request: ${detail}` },
  });
}
