import { lookupMessage, messages } from '../../generated/registry.ts';
import { JSONRPC_ERRORS } from '../../generated/common/jsonrpc.ts';
import type { PendingRequests } from '../../generated/common/requests.ts';
import { checkJsonLimits, unquote, type JsonLimits } from '../limits/json-depth.ts';

/**
 * The response answering each messageType request the server takes, as the generated registry pairs them: a
 * refusal before parsing is that response with code 400, so a CR's new messageType request is answered the same way.
 */
const RESPONSE_TYPE: ReadonlyMap<string, string> = new Map(
  Object.values(messages).flatMap((m) => {
    const response = m.response === undefined ? undefined : lookupMessage(m.response);
    const answered = m.interface === 'aoi1' && m.envelope === 'messageType' && m.direction === 'clientToServer';
    return answered && response ? [[m.name, messages[response].name] as const] : [];
  }),
);

const NUMBER_LITERAL = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?$/;

/** What the scan read of a frame's top-level members before it stopped. */
interface Envelope {
  messageType?: string;
  method?: string;
  /** A `tokenSeed` member one level down (in `params`): the registration derives a token others can name. */
  seeded?: boolean;
  /** The id as it can be echoed, null when it cannot (absent, or a number a double cannot hold). */
  id: string | number | null;
  /** Top-level `id` and `method` members were read (whatever their values). */
  hasId?: boolean;
  hasMethod?: boolean;
  /** A message-level id (a batch member's included) written as a number a double cannot hold. */
  inexactId?: string;
}

/**
 * The scan's verdict on a frame: the answer that refuses it, or how it may be handled (see MessageOrder) and, for
 * a frame shaped as a JSON-RPC response (an object with an id and no method), the id it answers.
 */
export type Screened =
  { refusal: string } | { refusal: undefined; exclusive: boolean; answers?: { id: string | number | null } };
const SHARED: Screened = { refusal: undefined, exclusive: false };
const EXCLUSIVE: Screened = { refusal: undefined, exclusive: true };
const BATCH = /^\s*\[/;

/**
 * Screens an AOI-1 frame before it is parsed. Refused: too large or too deep for the server's JSON limits, or a
 * request whose numeric id a double cannot hold (`1e-400` parses as `0`, `1e400` as Infinity): its answer would
 * carry another id. Each envelope gets its own bad request: a known messageType its `…Res` with code 400,
 * anything else JSON-RPC -32600 with the id when it was read before the limit was hit.
 *
 * Otherwise it says whether the frame may be handled beside the connection's others: client registrations,
 * unseeded application registrations (a fresh random token) and responses (no method) may; deregistrations, seeded
 * registrations, batches and whatever else is exclusive.
 */
export function screenFrame(raw: string, limits: JsonLimits): Screened {
  const envelope: Envelope = { id: null };
  const checked = checkJsonLimits(raw, limits, (literal, key, containers) => {
    if (containers === '{' || containers === '[{') {
      if (key === 'id' && /^[-0-9]/.test(literal) && !survivesParsing(literal)) envelope.inexactId ??= literal;
    }
    if (containers === '{{' && key === 'tokenSeed') envelope.seeded = true;
    if (containers !== '{') return;
    if (key === 'messageType' && literal.startsWith('"')) envelope.messageType = unquote(literal);
    if (key === 'method') envelope.hasMethod = true;
    if (key === 'method' && literal.startsWith('"')) envelope.method = unquote(literal);
    if (key === 'id') {
      envelope.hasId = true;
      envelope.id = literal.startsWith('"') ? unquote(literal) : echoable(literal);
    }
  });
  if (envelope.inexactId !== undefined)
    return { refusal: invalidRequest(null, `the id ${envelope.inexactId.slice(0, 40)} cannot be echoed exactly`) };
  if (!checked.ok) {
    const responseType = envelope.messageType === undefined ? undefined : RESPONSE_TYPE.get(envelope.messageType);
    if (responseType !== undefined)
      return {
        refusal: JSON.stringify({ messageType: responseType, code: 400, desc: `Bad Request: ${checked.problem}` }),
      };
    return { refusal: invalidRequest(envelope.id, checked.problem) };
  }
  if (BATCH.test(raw)) return EXCLUSIVE;
  const exclusive = !mayOverlap(envelope);
  if (envelope.hasId && !envelope.hasMethod) return { refusal: undefined, exclusive, answers: { id: envelope.id } };
  return exclusive ? EXCLUSIVE : SHARED;
}

function mayOverlap({ messageType, method, seeded }: Envelope): boolean {
  if (messageType === undefined) return method === undefined || (method === 'clientAppRegistrationReq' && !seeded);
  return method === undefined && messageType === 'aoiClientRegistrationReq';
}

/** A frame shaped as a JSON-RPC response (an id, no method) whose id this connection is not waiting for. */
export function answersNothingPending(screened: Screened, pending: PendingRequests): boolean {
  if (screened.refusal !== undefined || screened.answers === undefined) return false;
  const { id } = screened.answers;
  return id === null || pending.methodOf(id) === undefined;
}

function echoable(literal: string): number | null {
  return survivesParsing(literal) ? Number(literal) : null;
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

function invalidRequest(id: string | number | null, detail: string): string {
  return JSON.stringify({
    jsonrpc: '2.0',
    id,
    error: { code: JSONRPC_ERRORS.INVALID_REQUEST, message: `Invalid Request: ${detail}` },
  });
}
