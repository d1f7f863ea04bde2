import { compile } from 'json-schema-to-typescript';
import type { JsonSchema } from './deref.ts';
import type { SourceRef } from '../core/spec-format.ts';
import { fieldsDeclaration, placeholdersDeclaration } from './emit-fields.ts';
import { checkedIdentifier, names } from './names.ts';
import type { InterfacePlan } from './plan.ts';
import type { LoadedMessage } from './spec-loader.ts';
import { render } from './templates.ts';
import { isRecord } from '../core/guards.ts';

const DROPPED = new Set(['title', '$id', '$schema', 'definitions', 'x-omaspec', 'x-omaspec-source']);

/** Where a message or property comes from: a CR section, or (not a CR) a project extension of spec/extensions/. */
function sourceLabel(source: SourceRef): string {
  return source.cr.startsWith('extensions/') ? `extension ${source.cr}` : `CR ${source.cr} §${source.section}`;
}

const isSource = (value: unknown): value is SourceRef =>
  isRecord(value) && typeof value.cr === 'string' && typeof value.section === 'string';

/**
 * A copy fit for json-schema-to-typescript: without `title`s (each would become a named type), ids and
 * annotations. A property keeps the CR's description; its source is added only where it differs from the
 * message's (a later CR's addition, a copy "as for" another section), so the type names its source once.
 */
function forTypes(node: unknown, message: SourceRef): unknown {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, message));
  if (!isRecord(node)) return node;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    copy[key] =
      key === 'properties' && isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forTypes(v, message)]))
        : forTypes(value, message);
  }
  const source = node['x-omaspec-source'];
  if (isSource(source) && sourceLabel(source) !== sourceLabel(message)) {
    copy.description =
      typeof node.description === 'string'
        ? `${node.description} (${sourceLabel(source)})`
        : `From ${sourceLabel(source)}.`;
  }
  return copy;
}

async function declare(schema: unknown, name: string, message: SourceRef): Promise<string> {
  return compile(forTypes(schema, message) as never, name, {
    bannerComment: '',
    format: false,
    unknownAny: true,
    additionalProperties: true,
  });
}

/** The message's title as the CR gives it and its source, once. */
function docOf(message: LoadedMessage): string {
  const { source } = message.meta;
  const title = typeof message.raw.description === 'string' ? `${message.raw.description} ` : '';
  return `${title}(${sourceLabel(source)} line ${source.line}${message.meta.provisional ? ', provisional' : ''})`;
}

const jsdoc = (text: string) => `/** ${text} */\n`;
export const property = (schema: unknown, key: string): unknown =>
  isRecord(schema) && isRecord(schema.properties) ? schema.properties[key] : undefined;
export const branches = (schema: JsonSchema): unknown[] => (Array.isArray(schema.oneOf) ? schema.oneOf : [schema]);
const required = (schema: JsonSchema, key: string) => Array.isArray(schema.required) && schema.required.includes(key);

/** True when the error member is the shared JSON-RPC error object ($ref to common/…#/definitions/error). */
function isCommonError(raw: JsonSchema): boolean {
  const error = branches(raw)
    .map((b) => property(b, 'error'))
    .find(isRecord);
  return isRecord(error) && typeof error.$ref === 'string' && error.$ref.endsWith('#/definitions/error');
}

/** A response `<T> = <T>Success | <T>Error`, each variant declared under its own name. */
function variantsUnion(message: LoadedMessage, variants: string[]): string {
  return `${jsdoc(docOf(message))}export type ${names.type(message.meta)} = ${variants.join(' | ') || 'never'};`;
}

/** JSON-RPC messages reuse the shared generic envelope; only params, result and error get their own types. */
async function jsonRpcDeclarations(message: LoadedMessage): Promise<string[]> {
  const { kind, method, source } = message.meta;
  const ref = message.meta;
  const type = names.type(ref);
  if (kind === 'response') {
    const result = branches(message.schema)
      .map((b) => property(b, 'result'))
      .find(isRecord);
    const error = branches(message.schema)
      .map((b) => property(b, 'error'))
      .find(isRecord);
    const out: string[] = [];
    const variants: string[] = [];
    if (result) {
      out.push(await declare(result, names.result(ref), source));
      out.push(`export type ${names.success(ref)} = JsonRpcSuccess<${names.result(ref)}>;`);
      variants.push(names.success(ref));
    }
    if (error) {
      if (!isCommonError(message.raw)) out.push(await declare(error, names.errorObject(ref), source));
      const failure = isCommonError(message.raw) ? 'JsonRpcFailure' : `JsonRpcFailure<${names.errorObject(ref)}>`;
      out.push(`export type ${names.failure(ref)} = ${failure};`);
      variants.push(names.failure(ref));
    }
    return [...out, variantsUnion(message, variants)];
  }
  const params = property(message.schema, 'params');
  const paramsType = params ? names.params(ref) : 'Record<string, never>';
  const out = params ? [await declare(params, paramsType, source)] : [];
  const generic = kind === 'notification' ? 'JsonRpcNotification' : 'JsonRpcRequest';
  const envelope = `${generic}<${JSON.stringify(method ?? message.meta.name)}, ${paramsType}>`;
  const optional = params && !required(message.schema, 'params');
  return [
    ...out,
    `${jsdoc(docOf(message))}export type ${type} = ${optional ? `Omit<${envelope}, 'params'> & { params?: ${paramsType} }` : envelope};`,
  ];
}

/** The success and error variants of a messageType or HTTP response, by the titles `spec build` gives them. */
function namedVariants(message: LoadedMessage): { schema: JsonSchema; name: string }[] | undefined {
  if (message.meta.kind !== 'response' || !Array.isArray(message.schema.oneOf)) return undefined;
  const named = message.schema.oneOf.map((branch) => {
    if (!isRecord(branch)) return undefined;
    if (branch.title === `${message.meta.name}Success`) return { schema: branch, name: names.success(message.meta) };
    if (branch.title === `${message.meta.name}Error`) return { schema: branch, name: names.failure(message.meta) };
    return undefined;
  });
  const all = named.filter((n) => n !== undefined);
  return all.length === named.length && new Set(all.map((n) => n.name)).size === all.length ? all : undefined;
}

async function messageDeclarations(message: LoadedMessage): Promise<string[]> {
  if (message.meta.envelope === 'jsonrpc') return jsonRpcDeclarations(message);
  const { source } = message.meta;
  const variants = namedVariants(message);
  if (variants) {
    const declared = await Promise.all(variants.map((v) => declare(v.schema, v.name, source)));
    return [
      ...declared,
      variantsUnion(
        message,
        variants.map((v) => v.name),
      ),
    ];
  }
  return [await declare({ ...message.schema, description: docOf(message) }, names.type(message.meta), source)];
}

/** A type name an earlier build gave the message (index.json `previousNames`), kept so importers still compile. */
function aliases(message: LoadedMessage): string[] {
  const type = names.type(message.meta);
  return (message.meta.previousNames ?? []).map(
    (old) => `${jsdoc(`@deprecated Renamed to {@link ${type}}.`)}export type ${checkedIdentifier(old)} = ${type};`,
  );
}

function union(name: string, members: LoadedMessage[], doc: string) {
  return members.length === 0 ? undefined : { name, doc, members: members.map((m) => names.type(m.meta)) };
}

/** generated/<iface>/types.ts: one type per message and the discriminated unions of the interface. */
export async function emitTypes(plan: InterfacePlan): Promise<string> {
  const declarations = [
    ...(await Promise.all(plan.messages.map(messageDeclarations))).flat(),
    ...plan.messages.flatMap(aliases),
    fieldsDeclaration(plan),
    placeholdersDeclaration(plan),
  ];
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
