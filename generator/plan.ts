import type { InterfaceMeta, MessageMeta } from '../ingest/spec-format.ts';
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

export class PlanError extends Error {
  constructor(
    readonly code: 'GEN_NO_RESPONSE' | 'GEN_UNKNOWN_RESPONSE' | 'GEN_UNKNOWN_INTERFACE' | 'GEN_MIXED_DISPATCH',
    message: string,
    readonly messageId: string,
  ) {
    super(`${messageId}: ${message}`);
  }
}

function responseOf(message: LoadedMessage, byId: Map<string, LoadedMessage>): LoadedMessage | undefined {
  const { meta } = message;
  if (meta.kind === 'notification') return undefined;
  const answer = meta.response ?? [...byId.values()].find((m) => m.meta.responseTo === meta.id)?.meta.id;
  if (answer === undefined) {
    // A socket request needs a response message: error replies are built from it.
    if (meta.envelope !== 'http') throw new PlanError('GEN_NO_RESPONSE', 'request has no response message', meta.id);
    return undefined;
  }
  const response = byId.get(answer);
  if (!response) throw new PlanError('GEN_UNKNOWN_RESPONSE', `response ${answer} is not in index.json`, meta.id);
  return response;
}

function side(role: Role, handled: HandledMessage[], sends: HandledMessage[], iface: string): SidePlan {
  const socket = handled.filter((h) => h.request.meta.envelope !== 'http');
  if (socket.length > 0 && socket.length !== handled.length) {
    throw new PlanError('GEN_MIXED_DISPATCH', `the ${role} side mixes HTTP and socket envelopes`, iface);
  }
  return { role, handled, sends, dispatchable: socket.length > 0 };
}

const usesCommon = (message: LoadedMessage) => JSON.stringify(message.raw).includes('common/');

/** Groups messages by interface, splits them by receiving side and pairs every request with its response. Pure. */
export function planInterfaces(spec: LoadedSpec): InterfacePlan[] {
  const byId = new Map(spec.messages.map((m) => [m.meta.id, m]));
  for (const message of spec.messages) {
    if (!spec.interfaces.some((i) => i.id === message.meta.interface)) {
      throw new PlanError('GEN_UNKNOWN_INTERFACE', `interface ${message.meta.interface} is not in index.json`, message.meta.id);
    }
  }
  return spec.interfaces
    .map((meta) => {
      const messages = spec.messages.filter((m) => m.meta.interface === meta.id);
      const received = (direction: MessageMeta['direction']) =>
        messages.filter((m) => m.meta.direction === direction && m.meta.kind !== 'response').map((request) => ({ request, response: responseOf(request, byId) }));
      const toServer = received('clientToServer');
      const toClient = received('serverToClient');
      const common = messages.some(usesCommon) ? ['common/jsonrpc.schema.json'] : [];
      const sources = ['index.json', ...common, ...messages.map((m) => m.schemaPath)];
      return { meta, messages, server: side('server', toServer, toClient, meta.id), client: side('client', toClient, toServer, meta.id), sources };
    })
    .filter((plan) => plan.messages.length > 0);
}
