import { OmaspecError, type ErrorLocation } from '../core/errors.ts';
import { UNRESOLVED_KEYWORD, type InterfaceMeta, type MessageMeta } from '../core/spec-format.ts';
import { isRecord } from '../core/guards.ts';
import type { LoadedMessage, LoadedSpec } from './spec-loader.ts';

/** A request (or notification) the receiving side handles, with the response it answers with. */
export interface HandledMessage {
  request: LoadedMessage;
  response: LoadedMessage | undefined;
}

import type { Role } from './names.ts';

/** One end of an interface: what it receives (one handler each) and the requests it sends. */
export interface SidePlan {
  role: Role;
  /** Requests and notifications this side receives: clientToServer for the server, serverToClient for the client. */
  handled: HandledMessage[];
  /** Requests this side sends (the other side's `handled`); JSON-RPC ones are correlated by id. */
  sends: HandledMessage[];
  /** Whether a socket dispatcher applies: this side receives jsonrpc or messageType messages. */
  dispatchable: boolean;
}

export interface InterfacePlan {
  meta: InterfaceMeta;
  messages: LoadedMessage[];
  server: SidePlan;
  client: SidePlan;
  /** index.json plus the schema files of this interface (and the common ones they reference). */
  sources: string[];
}

export type PlanProblemCode =
  'GEN_NO_RESPONSE' | 'GEN_UNKNOWN_RESPONSE' | 'GEN_UNKNOWN_INTERFACE' | 'GEN_MIXED_DISPATCH' | 'GEN_UNRESOLVED_SCHEMA';

export class PlanError extends OmaspecError {
  constructor(
    code: PlanProblemCode,
    message: string,
    readonly messageId: string,
    location?: ErrorLocation,
  ) {
    super(code, `${messageId}: ${message}`, { location });
  }
}

/**
 * A gap in one message that the generator works around instead of aborting: the message is left out of
 * what it cannot be part of (see `planSpec`), everything else is generated, and `omaspec generate` reports
 * the problem at the message's CR source and exits 1.
 */
export interface PlanProblem {
  code: PlanProblemCode;
  messageId: string;
  interface: string;
  message: string;
  /** The CR (or extension) text the message comes from, relative to spec/, with its 1-based line. */
  source?: { file: string; line: number };
}

/** `crs/<cr>` for a CR basename; extensions are recorded with their folder already (`extensions/…`). */
const sourceFile = (cr: string) => (cr.includes('/') ? cr : `crs/${cr}`);

function problem(code: PlanProblemCode, meta: MessageMeta, message: string): PlanProblem {
  const found: PlanProblem = { code, messageId: meta.id, interface: meta.interface, message };
  if (meta.source && typeof meta.source.cr === 'string')
    found.source = { file: sourceFile(meta.source.cr), line: meta.source.line };
  return found;
}

/** The problem as an error at `spec/crs/000_x.txt:21` (relative to the working directory), for the CLI to print. */
export function problemError(p: PlanProblem, specDir = 'spec'): PlanError {
  const location = p.source
    ? { file: `${specDir}/${p.source.file}`, line: p.source.line }
    : { file: `${specDir}/schemas/index.json` };
  return new PlanError(p.code, p.message, p.messageId, location);
}

/** The response a request is answered with; a problem (and no response) when the pairing has a gap. */
function responseOf(
  message: LoadedMessage,
  byId: Map<string, LoadedMessage>,
): { response?: LoadedMessage; problem?: PlanProblem } {
  const { meta } = message;
  if (meta.kind === 'notification') return {};
  const answer = meta.response ?? [...byId.values()].find((m) => m.meta.responseTo === meta.id)?.meta.id;
  if (answer === undefined) {
    // A socket request needs a response message: replies (and error replies) are built from it. HTTP ones may have none.
    if (meta.envelope !== 'http')
      return {
        problem: problem(
          'GEN_NO_RESPONSE',
          meta,
          'request has no response message; left out of the handlers and the dispatcher (its types and validators are generated)',
        ),
      };
    return {};
  }
  const response = byId.get(answer);
  if (!response)
    return {
      problem: problem(
        'GEN_UNKNOWN_RESPONSE',
        meta,
        `response ${answer} is not in index.json; left out of the handlers and the dispatcher (its types and validators are generated)`,
      ),
    };
  return { response };
}

/**
 * The receiving side. A side whose messages mix HTTP and socket envelopes keeps its socket messages (the
 * dispatcher) and reports each HTTP one, which no generated code could route.
 */
function side(role: Role, candidates: HandledMessage[], sends: HandledMessage[], problems: PlanProblem[]): SidePlan {
  const socket = candidates.filter((h) => h.request.meta.envelope !== 'http');
  let handled = candidates;
  if (socket.length > 0 && socket.length !== candidates.length) {
    for (const h of candidates.filter((c) => c.request.meta.envelope === 'http')) {
      problems.push(
        problem(
          'GEN_MIXED_DISPATCH',
          h.request.meta,
          `HTTP message on the ${role} side, whose other messages travel over the socket; left out of the handlers and the dispatcher`,
        ),
      );
    }
    handled = socket;
  }
  return { role, handled, sends, dispatchable: socket.length > 0 };
}

const usesCommon = (message: LoadedMessage) => JSON.stringify(message.raw).includes('common/');

/**
 * Groups messages by interface, splits them by receiving side and pairs every request with its response. Pure.
 *
 * A gap in one message never stops the others: it becomes a PlanProblem and the message is left out of
 * what it cannot be part of. A socket request without a (known) response is dropped from the handler
 * interface and the dispatcher of its receiving side, not turned into a notification: a notification
 * handler would make the dispatcher stay silent, and the peer would wait for a reply forever. Left out,
 * the request gets the protocol's "unknown method/message" error reply, and the generated handlers,
 * dispatcher and stubs stay type-correct because no route refers to a response type that does not exist.
 * Its types and validators are still generated and it stays in the registry.
 */
export function planSpec(spec: LoadedSpec): { plans: InterfacePlan[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const byId = new Map(spec.messages.map((m) => [m.meta.id, m]));
  for (const message of spec.messages) {
    if (!spec.interfaces.some((i) => i.id === message.meta.interface)) {
      problems.push(
        problem(
          'GEN_UNKNOWN_INTERFACE',
          message.meta,
          `interface ${message.meta.interface} is not in index.json; nothing is generated for the message`,
        ),
      );
    }
  }
  for (const message of spec.messages)
    for (const at of unresolvedPlaces(message.raw))
      problems.push(
        problem(
          'GEN_UNRESOLVED_SCHEMA',
          message.meta,
          `${at.pointer} is the CR's "$ref": ${at.ref}, which resolves nowhere; its validator rejects every value there until a decision patches the schema (see omaspec lint, schema-unresolved-ref)`,
        ),
      );
  const plans = spec.interfaces
    .map((meta) => {
      const messages = spec.messages.filter((m) => m.meta.interface === meta.id);
      const received = (direction: MessageMeta['direction']) =>
        messages
          .filter((m) => m.meta.direction === direction && m.meta.kind !== 'response')
          .flatMap((request) => {
            const paired = responseOf(request, byId);
            if (paired.problem) {
              problems.push(paired.problem);
              return [];
            }
            return [{ request, response: paired.response }];
          });
      const toServer = received('clientToServer');
      const toClient = received('serverToClient');
      const common = messages.some(usesCommon) ? ['common/jsonrpc.schema.json'] : [];
      const sources = ['index.json', ...common, ...messages.map((m) => m.schemaPath)];
      const server = side('server', toServer, toClient, problems);
      const client = side('client', toClient, toServer, problems);
      // Each side sends what the other handles (after gaps were left out).
      server.sends = client.handled;
      client.sends = server.handled;
      return { meta, messages, server, client, sources };
    })
    .filter((plan) => plan.messages.length > 0);
  return { plans, problems };
}

/** The places of a schema (JSON pointers) marked as a "$ref" the reader could not resolve. */
function unresolvedPlaces(schema: unknown, pointer = ''): { pointer: string; ref: string }[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => unresolvedPlaces(item, `${pointer}/${i}`));
  if (!isRecord(schema)) return [];
  const here =
    typeof schema[UNRESOLVED_KEYWORD] === 'string'
      ? [{ pointer: pointer || '/', ref: schema[UNRESOLVED_KEYWORD] }]
      : [];
  return [
    ...here,
    ...Object.entries(schema).flatMap(([k, v]) =>
      k === UNRESOLVED_KEYWORD ? [] : unresolvedPlaces(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    ),
  ];
}

/** The plans of `planSpec`, without its problems (stubs and callers that report problems elsewhere). */
export function planInterfaces(spec: LoadedSpec): InterfacePlan[] {
  return planSpec(spec).plans;
}
