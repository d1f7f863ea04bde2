/**
 * toAsyncApi: the published spec's message-passing interfaces as an AsyncAPI 3.0 document, from the server
 * side of each (AOI Server, DM Server): a WebSocket interface is one channel carrying both envelopes
 * (messageType and JSON-RPC, tagged) in both directions; an HTTP interface is a channel whose request
 * operation is an HTTP POST answered by its response. A request and its response are one operation with a
 * reply; a message the server sends is a `send` operation, one it receives a `receive`. Interfaces on a local
 * transport (inside the device) are not described. Channel addresses are null: the spec gives none (the AOI
 * Server URL reaches the client at run time).
 */
import type { InterfaceMeta } from '../../core/spec-format.ts';
import { responseOf, type PublishedSpec, type SpecMessage } from '../published-spec.ts';
import { withoutAnnotations } from '../schemas.ts';
import { omaspecExtension, provenance, specVersion } from './common.ts';

export const ASYNCAPI_VERSION = '3.0.0';
const SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

type Json = Record<string, unknown>;

/** Component and operation keys must be identifiers (`^[\w.-]+$`). */
const keyOf = (m: SpecMessage) => m.meta.id.replace(/[^\w.-]/g, '_');

const ENVELOPE_TAGS: Record<string, string> = {
  messageType: 'a JSON object told apart by its messageType member',
  jsonrpc: 'a JSON-RPC 2.0 request or response',
  http: 'the body of an HTTP request or response',
};

function messageOf(spec: PublishedSpec, m: SpecMessage): Json {
  const description = typeof m.schema.description === 'string' ? m.schema.description : undefined;
  const examples = m.examples
    .filter((e) => e.verdict === 'valid')
    .map((e) => ({
      name: `${e.source.cr.replace(/[^\w.-]/g, '_')}-L${e.source.line}`,
      summary: e.source.label,
      payload: e.document,
    }));
  return {
    name: m.meta.name,
    title: m.meta.name,
    ...(description ? { summary: description } : {}),
    description: provenance(spec.index, m.meta),
    contentType: m.meta.mediaType ?? 'application/json',
    tags: [{ name: m.meta.envelope, description: ENVELOPE_TAGS[m.meta.envelope] }],
    ...(m.meta.envelope === 'jsonrpc'
      ? { correlationId: { description: 'the JSON-RPC id, echoed by the response', location: '$message.payload#/id' } }
      : {}),
    payload: { schemaFormat: SCHEMA_FORMAT, schema: withoutAnnotations(m.schema) },
    ...(examples.length ? { examples } : {}),
    'x-omaspec': omaspecExtension(m.meta),
  };
}

function channelOf(iface: InterfaceMeta, messages: SpecMessage[]): Json {
  return {
    address: null,
    title: iface.title,
    description: `Between the ${iface.client} and the ${iface.server}; the spec gives no fixed address.`,
    messages: Object.fromEntries(messages.map((m) => [keyOf(m), { $ref: `#/components/messages/${keyOf(m)}` }])),
    ...(iface.transport === 'websocket' ? { bindings: { ws: { bindingVersion: '0.1.0' } } } : {}),
  };
}

function operationsOf(spec: PublishedSpec, iface: InterfaceMeta, messages: SpecMessage[]): [string, Json][] {
  const channel = { $ref: `#/channels/${iface.id}` };
  const ref = (m: SpecMessage) => ({ $ref: `#/channels/${iface.id}/messages/${keyOf(m)}` });
  const replies = new Set(messages.map((m) => responseOf(messages, m)).filter((r) => r !== undefined));
  return messages
    .filter((m) => !replies.has(m))
    .map((m): [string, Json] => {
      const reply = responseOf(messages, m);
      const receives = m.meta.direction === 'clientToServer';
      return [
        keyOf(m),
        {
          action: receives ? 'receive' : 'send',
          channel,
          title: m.meta.name,
          summary: `${receives ? `The ${iface.server} receives` : `The ${iface.server} sends`} ${m.meta.name}${reply ? ` and is answered with ${reply.meta.name}` : ''}`,
          description: provenance(spec.index, m.meta),
          messages: [ref(m)],
          ...(reply ? { reply: { channel, messages: [ref(reply)] } } : {}),
          ...(iface.transport === 'http' && m.meta.kind === 'request'
            ? { bindings: { http: { method: 'POST', bindingVersion: '0.3.0' } } }
            : {}),
        },
      ];
    });
}

export function toAsyncApi(spec: PublishedSpec): Json {
  const described = spec.index.interfaces.filter((i) => i.transport !== 'local');
  const messagesOf = (i: InterfaceMeta) => spec.messages.filter((m) => m.meta.interface === i.id);
  const used = described.filter((i) => messagesOf(i).length);
  return {
    asyncapi: ASYNCAPI_VERSION,
    info: {
      title: `Message-passing interfaces of the spec (${used.map((i) => i.id).join(', ')}), from the server side`,
      version: specVersion(spec.index),
      description: `Derived by omaspec export asyncapi from spec/schemas: ${used.map((i) => i.title).join('; ')}.`,
    },
    defaultContentType: 'application/json',
    channels: Object.fromEntries(used.map((i) => [i.id, channelOf(i, messagesOf(i))])),
    operations: Object.fromEntries(used.flatMap((i) => operationsOf(spec, i, messagesOf(i)))),
    components: {
      messages: Object.fromEntries(used.flatMap((i) => messagesOf(i).map((m) => [keyOf(m), messageOf(spec, m)]))),
    },
  };
}
