import { compile } from 'json-schema-to-typescript';
import type { JsonSchema } from './deref.ts';
import { names } from './names.ts';
import type { InterfacePlan } from './plan.ts';
import type { LoadedMessage } from './spec-loader.ts';
import { render } from './templates.ts';
import { isRecord } from '../core/guards.ts';

const DROPPED = new Set(['title', '$id', '$schema', 'definitions', 'x-omaspec', 'x-omaspec-source']);

/**
 * A copy fit for json-schema-to-typescript: without `title`s (each would become a named type), ids and
 * annotations; the CR source of a property is appended to its description so it shows in the JSDoc.
 */
function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!isRecord(node)) return node;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    copy[key] =
      key === 'properties' && isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forTypes(v)]))
        : forTypes(value);
  }
  const source = node['x-omaspec-source'];
  if (isRecord(source) && typeof node.description === 'string') {
    copy.description = `${node.description} (CR ${String(source.cr)} §${String(source.section)})`;
  }
  return copy;
}

async function declare(schema: unknown, name: string): Promise<string> {
  return compile(forTypes(schema) as never, name, {
    bannerComment: '',
    format: false,
    unknownAny: true,
    additionalProperties: true,
  });
}

function docOf(message: LoadedMessage): string {
  const { source } = message.meta;
  const description = typeof message.raw.description === 'string' ? message.raw.description : message.meta.name;
  return `${description} (CR ${source.cr} §${source.section}${message.meta.provisional ? ', provisional' : ''})`;
}

const property = (schema: unknown, key: string): unknown =>
  isRecord(schema) && isRecord(schema.properties) ? schema.properties[key] : undefined;
const branches = (schema: JsonSchema): unknown[] => (Array.isArray(schema.oneOf) ? schema.oneOf : [schema]);
const required = (schema: JsonSchema, key: string) => Array.isArray(schema.required) && schema.required.includes(key);

/** True when the error member is the shared JSON-RPC error object ($ref to common/…#/definitions/error). */
function isCommonError(raw: JsonSchema): boolean {
  const error = branches(raw)
    .map((b) => property(b, 'error'))
    .find(isRecord);
  return isRecord(error) && typeof error.$ref === 'string' && error.$ref.endsWith('#/definitions/error');
}

/** JSON-RPC messages reuse the shared generic envelope; only params, result and error get their own types. */
async function jsonRpcDeclarations(message: LoadedMessage): Promise<string[]> {
  const { kind, method } = message.meta;
  const ref = message.meta;
  const type = names.type(ref);
  const doc = `/** ${docOf(message)} */\n`;
  if (kind === 'response') {
    const result = branches(message.schema)
      .map((b) => property(b, 'result'))
      .find(isRecord);
    const error = branches(message.schema)
      .map((b) => property(b, 'error'))
      .find(isRecord);
    const out: string[] = [];
    const members: string[] = [];
    if (result) {
      out.push(await declare(result, names.result(ref)));
      members.push(`JsonRpcSuccess<${names.result(ref)}>`);
    }
    if (error) {
      if (!isCommonError(message.raw)) out.push(await declare(error, names.errorObject(ref)));
      members.push(isCommonError(message.raw) ? 'JsonRpcFailure' : `JsonRpcFailure<${names.errorObject(ref)}>`);
    }
    return [...out, `${doc}export type ${type} = ${members.join(' | ') || 'never'};`];
  }
  const params = property(message.schema, 'params');
  const paramsType = params ? names.params(ref) : 'Record<string, never>';
  const out = params ? [await declare(params, paramsType)] : [];
  const generic = kind === 'notification' ? 'JsonRpcNotification' : 'JsonRpcRequest';
  const envelope = `${generic}<${JSON.stringify(method ?? message.meta.name)}, ${paramsType}>`;
  const optional = params && !required(message.schema, 'params');
  return [
    ...out,
    `${doc}export type ${type} = ${optional ? `Omit<${envelope}, 'params'> & { params?: ${paramsType} }` : envelope};`,
  ];
}

async function messageDeclarations(message: LoadedMessage): Promise<string[]> {
  if (message.meta.envelope === 'jsonrpc') return jsonRpcDeclarations(message);
  const declared = await declare({ ...message.schema, description: docOf(message) }, names.type(message.meta));
  return [declared];
}

function union(name: string, members: LoadedMessage[], doc: string) {
  return members.length === 0 ? undefined : { name, doc, members: members.map((m) => names.type(m.meta)) };
}

/** generated/<iface>/types.ts: one type per message and the discriminated unions of the interface. */
export async function emitTypes(plan: InterfacePlan): Promise<string> {
  const declarations = (await Promise.all(plan.messages.map(messageDeclarations))).flat();
  const by = (test: (m: LoadedMessage) => boolean) => plan.messages.filter(test);
  const iface = plan.meta.id;
  const unions = [
    union(names.union(iface, 'Message'), plan.messages, `Every message of ${plan.meta.title}.`),
    union(
      names.union(iface, 'ClientToServer'),
      by((m) => m.meta.direction === 'clientToServer'),
      `Sent by the ${plan.meta.client}.`,
    ),
    union(
      names.union(iface, 'ServerToClient'),
      by((m) => m.meta.direction === 'serverToClient'),
      `Sent by the ${plan.meta.server}.`,
    ),
    union(
      names.union(iface, 'MessageTypeMessage'),
      by((m) => m.meta.envelope === 'messageType'),
      'messageType envelope: `switch (m.messageType)` narrows.',
    ),
    union(
      names.union(iface, 'JsonRpcCall'),
      by((m) => m.meta.envelope === 'jsonrpc' && m.meta.kind !== 'response'),
      'JSON-RPC requests and notifications: `switch (m.method)` narrows.',
    ),
    union(
      names.union(iface, 'JsonRpcReply'),
      by((m) => m.meta.envelope === 'jsonrpc' && m.meta.kind === 'response'),
      'JSON-RPC responses.',
    ),
  ].filter((u) => u !== undefined);
  const generics = ['JsonRpcRequest', 'JsonRpcNotification', 'JsonRpcSuccess', 'JsonRpcFailure'].filter((g) =>
    declarations.some((d) => new RegExp(`\\b${g}\\b`).test(d)),
  );
  return render('types', { generics, declarations, unions });
}
