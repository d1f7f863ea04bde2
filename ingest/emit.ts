/**
 * emitSchemas: the current message definitions → the files of spec/schemas/ (draft-07), as a map
 * from relative path to content. Pure; `spec build` writes the map, `check` compares it.
 */
import type { JsonSchema, MessageDef, PropertyDef, VariantDef } from './definitions.ts';
import type { InterfaceConfig } from './manifest.ts';
import {
  META_KEYWORD,
  SCHEMA_BASE,
  SCHEMA_DIALECT,
  SOURCE_KEYWORD,
  type MessageMeta,
  type SourceRef,
  type SpecIndex,
} from '../core/spec-format.ts';

export const COMMON_JSONRPC = 'common/jsonrpc.schema.json';
const ID_REF = `../${COMMON_JSONRPC}#/definitions/id`;
const NULLABLE_ID_REF = `../${COMMON_JSONRPC}#/definitions/nullableId`;
const VERSION_REF = `../${COMMON_JSONRPC}#/definitions/version`;

export interface EmitInput {
  messages: MessageDef[];
  interfaces: InterfaceConfig[];
  crs: { file: string; sha256: string }[];
  extensions: { file: string; sha256: string }[];
  decisions: { file: string; sha256: string };
  /** Ids of messages or parts defined provisionally (by decision or extension). */
  provisional: Set<string>;
  /** The names recorded in the spec/schemas/index.json being rebuilt, to keep them (see messageNames). */
  previous?: PreviousNames;
}

export function schemaPath(m: { interface: string; name: string }): string {
  return `${m.interface}/${m.name}.schema.json`;
}

/** Id and type name per message as an earlier build recorded them, keyed `<interface>/<name>`. */
export type PreviousNames = ReadonlyMap<string, RecordedName>;

/** The names of one message: its id, its type name and the type names it had before (oldest first). */
export interface RecordedName {
  id: string;
  typeName?: string | undefined;
  previousNames?: string[] | undefined;
}

/** The names of spec/schemas/index.json, as `previous` for the next build. */
export function previousNames(
  index:
    | {
        messages?: { interface?: unknown; name?: unknown; id?: unknown; typeName?: unknown; previousNames?: unknown }[];
      }
    | undefined,
): Map<string, RecordedName> {
  const names = new Map<string, RecordedName>();
  for (const m of Array.isArray(index?.messages) ? index.messages : []) {
    if (typeof m?.interface !== 'string' || typeof m.name !== 'string' || typeof m.id !== 'string') continue;
    const recorded: RecordedName = { id: m.id };
    if (typeof m.typeName === 'string') recorded.typeName = m.typeName;
    if (Array.isArray(m.previousNames)) recorded.previousNames = m.previousNames.filter((n) => typeof n === 'string');
    names.set(`${m.interface}/${m.name}`, recorded);
  }
  return names;
}

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The type name a message id gets when first chosen: PascalCase without the dot, except that a name which
 * already begins with its interface is not prefixed again (`clientApp.clientAppRegistrationReq` →
 * `ClientAppRegistrationReq`, not `ClientAppClientAppRegistrationReq`; `aoi1.clientAppRegistrationReq` →
 * `Aoi1ClientAppRegistrationReq`). The generator falls back to the same rule for an index without typeName.
 */
export function typeNameOf(id: string): string {
  const dot = id.indexOf('.');
  if (dot < 0) return pascal(id);
  const [iface, name] = [id.slice(0, dot), id.slice(dot + 1)];
  const stutters = name.startsWith(iface) && /[A-Z]/.test(name.charAt(iface.length));
  return stutters ? pascal(name) : pascal(iface) + pascal(name);
}

/** What earlier builds chose before typeNameOf stopped repeating the interface: only these are renamed. */
const repeatedInterface = (id: string) => id.split('.').map(pascal).join('');

/**
 * Id and generated type name per message (`<interface>/<name>` → names). Stable: a message recorded in
 * `previous` keeps its id and type name. A newcomer gets `name` where unique across interfaces, else
 * `<interface>.<name>`, so adding `dm/fooReq` later leaves an existing `aoi1` `fooReq` (id and type) as it
 * was and qualifies only the newcomer. Without `previous` (a first build) every shared name is qualified.
 * The one rename: a recorded type name that repeats the interface (`ClientAppClientAppRegistrationReq`, as the
 * rule before typeNameOf spelt it) becomes typeNameOf's, and the old one is kept in `previousNames`, for which
 * the generator still exports a deprecated alias.
 */
export function messageNames(
  messages: { interface: string; name: string }[],
  previous: PreviousNames = new Map(),
): Map<string, { id: string; typeName: string; previousNames?: string[] }> {
  const count = new Map<string, number>();
  for (const m of messages) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const key = (m: { interface: string; name: string }) => `${m.interface}/${m.name}`;
  const chosen = new Map<string, { id: string; typeName: string; previousNames?: string[] }>();
  const ids = new Set<string>();
  const types = new Set<string>();
  const take = (k: string, id: string, typeName: string, before: string[] = []) => {
    chosen.set(k, before.length > 0 ? { id, typeName, previousNames: before } : { id, typeName });
    ids.add(id);
    types.add(typeName);
    for (const old of before) types.add(old);
  };
  // Every name handed out before stays taken, so a renamed type's old name (still an alias) is never reused.
  for (const m of messages) for (const old of previous.get(key(m))?.previousNames ?? []) types.add(old);
  for (const m of messages) {
    const before = previous.get(key(m));
    if (!before || ids.has(before.id)) continue;
    const recorded = before.typeName ?? typeNameOf(before.id);
    // Renamed only where the new name is free; otherwise the recorded one stays, as any recorded name does.
    const renamed =
      recorded === repeatedInterface(before.id) &&
      recorded !== typeNameOf(before.id) &&
      !types.has(typeNameOf(before.id));
    const typeName = renamed ? typeNameOf(before.id) : recorded;
    if (types.has(typeName)) continue;
    const olds = [...(before.previousNames ?? []), ...(renamed ? [recorded] : [])];
    take(key(m), before.id, typeName, olds);
  }
  for (const m of messages) {
    if (chosen.has(key(m))) continue;
    const id = count.get(m.name)! > 1 || ids.has(m.name) ? `${m.interface}.${m.name}` : m.name;
    let typeName = typeNameOf(id);
    for (let n = 2; types.has(typeName); n++) typeName = `${typeNameOf(id)}${n}`;
    take(key(m), id, typeName);
  }
  return chosen;
}

/** The ids of messageNames: `<interface>/<name>` → id. */
export function messageIds(
  messages: { interface: string; name: string }[],
  previous?: PreviousNames,
): Map<string, string> {
  return new Map([...messageNames(messages, previous)].map(([k, v]) => [k, v.id]));
}

export function emitSchemas(input: EmitInput): Map<string, string> {
  const files = new Map<string, string>();
  const chosen = messageNames(input.messages, input.previous);
  const ids = new Map([...chosen].map(([k, v]) => [k, v.id]));
  const sorted = [...input.messages].sort(
    (a, b) => a.interface.localeCompare(b.interface) || a.name.localeCompare(b.name),
  );
  const metas: SpecIndex['messages'] = [];
  for (const message of sorted) {
    const meta = messageMeta(message, ids, chosen.get(`${message.interface}/${message.name}`)!, input);
    metas.push({ ...meta, schema: schemaPath(message) });
    files.set(schemaPath(message), json(messageSchema(message, meta)));
  }
  files.set(COMMON_JSONRPC, json(commonJsonRpc()));
  const index: SpecIndex = {
    generatedBy:
      'omaspec spec build — do not edit; edit the CRs, spec/manifest.json or spec/decisions.yaml and rebuild',
    dialect: SCHEMA_DIALECT,
    crs: input.crs,
    extensions: input.extensions,
    decisions: input.decisions,
    interfaces: input.interfaces.map(({ id, title, transport, client, server, sections }) => ({
      id,
      title,
      transport,
      client,
      server,
      sections,
    })),
    messages: metas,
  };
  files.set('index.json', json(index));
  return files;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function sourceOf(m: MessageDef | PropertyDef, line: number): SourceRef {
  return { cr: m.loc.file, section: m.section, line };
}

function messageMeta(
  m: MessageDef,
  ids: Map<string, string>,
  { typeName, previousNames }: { typeName: string; previousNames?: string[] },
  input: EmitInput,
): MessageMeta {
  const id = ids.get(`${m.interface}/${m.name}`)!;
  const meta: MessageMeta = {
    interface: m.interface,
    name: m.name,
    id,
    typeName,
    ...(previousNames ? { previousNames } : {}),
    envelope: m.envelope,
    kind: m.kind,
    direction: m.direction,
    source: sourceOf(m, m.loc.line),
  };
  if (m.envelope === 'jsonrpc' && m.method) meta.method = m.method;
  if (m.envelope === 'messageType') meta.messageType = m.name;
  const config = input.interfaces.find((i) => i.id === m.interface);
  const pairName =
    config?.roles?.[m.name]?.responseTo ?? (m.kind === 'response' ? m.name.replace(/Res$/, 'Req') : undefined);
  const pair = pairName && ids.get(`${m.interface}/${pairName}`);
  if (m.kind === 'response' && pair) meta.responseTo = pair;
  const named = config?.roles?.[m.name]?.response;
  if (m.kind === 'request' && named !== undefined) {
    const response = ids.get(`${m.interface}/${named}`);
    if (response) meta.response = response;
  } else if (m.kind === 'request') {
    const response = [...ids.entries()].find(([key]) => {
      const [iface, name] = key.split('/') as [string, string];
      return (
        iface === m.interface &&
        (config?.roles?.[name]?.responseTo === m.name || name === m.name.replace(/Req$/, 'Res'))
      );
    });
    if (response && response[1] !== id) meta.response = response[1];
  }
  if (m.mediaType) meta.mediaType = m.mediaType;
  if (input.provisional.has(id)) meta.provisional = true;
  return meta;
}

function messageSchema(m: MessageDef, meta: MessageMeta): JsonSchema {
  const head: JsonSchema = {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}${schemaPath(m)}`,
    title: m.name,
    // The source is x-omaspec.source; the description is the CR's title alone (one title the variants share).
    description: `${new Set(m.variants.map((v) => v.title)).size === 1 ? m.variants[0]?.title || m.sectionTitle : m.sectionTitle}.`,
    [META_KEYWORD]: meta,
  };
  const bodies = m.variants.map((v) => variantSchema(m, v));
  // A JSON-RPC body's own description ("JSON-RPC 2.0 request envelope.") says nothing of the message: keep the CR's.
  if (bodies.length === 1) return { ...head, ...bodies[0], description: head.description };
  return { ...head, oneOf: bodies };
}

/** The schema of one variant of a message (a JSON-RPC variant refers to common/jsonrpc.schema.json). */
export function variantSchema(m: MessageDef, v: VariantDef): JsonSchema {
  return m.envelope === 'jsonrpc' ? jsonRpcEnvelope(m, v) : objectSchema(m, v, variantTitle(m, v));
}

function variantTitle(m: MessageDef, v: VariantDef): string {
  if (v.role === 'success') return `${m.name}Success`;
  if (v.role === 'error') return `${m.name}Error`;
  return m.name;
}

function objectSchema(m: MessageDef, v: VariantDef, title: string): JsonSchema {
  // A name listed twice keeps its last definition (lint reports duplicate-parameter).
  const byName = new Map(v.properties.map((p) => [p.name, p]));
  const properties: Record<string, JsonSchema> = {};
  for (const p of byName.values()) properties[p.name] = propertySchema(m, p);
  const required = [...byName.values()].filter((p) => p.required).map((p) => p.name);
  // No description the CR does not give: `title` is an identifier, not prose.
  const schema: JsonSchema = { title, ...(v.title ? { description: `${v.title}.` } : {}), type: 'object', properties };
  if (required.length) schema.required = required;
  schema.additionalProperties = false;
  return schema;
}

function propertySchema(m: MessageDef, p: PropertyDef): JsonSchema {
  const { [SOURCE_KEYWORD]: _nested, ...rest } = p.schema;
  return {
    title: p.name,
    ...(p.description.trim() ? { description: p.description.trim() } : {}),
    ...closeNestedObjects(rest),
    [SOURCE_KEYWORD]: { ...sourceOf(p, p.loc.line), ...(p.renamedFrom ? { renamedFrom: p.renamedFrom } : {}) },
  };
}

/**
 * Objects the CR describes member by member are closed like the messages; opaque ones ({}) stay open. Enum
 * values follow the declared type: ‘200’ read from prose is 200 once the type is integer (by CR or decision).
 */
function closeNestedObjects(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (Array.isArray(out.enum) && (out.type === 'integer' || out.type === 'number'))
    out.enum = out.enum.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v));
  if (out.items && typeof out.items === 'object') out.items = closeNestedObjects(out.items as JsonSchema);
  if (out.properties && typeof out.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(out.properties as Record<string, JsonSchema>).map(([k, v]) => [k, closeNestedObjects(v)]),
    );
    if (out.additionalProperties === undefined) out.additionalProperties = false;
  }
  return out;
}

function jsonRpcEnvelope(m: MessageDef, v: VariantDef): JsonSchema {
  const member = v.member ?? (v.role === 'error' ? 'error' : v.role === 'request' ? 'params' : 'result');
  const inner = objectSchema(m, v, `${m.name}${member[0]!.toUpperCase()}${member.slice(1)}`);
  if (member === 'error' && inner.properties && !('data' in (inner.properties as object))) {
    // JSON-RPC 2.0 §5.1 lets every error object carry `data`; the reference dispatcher puts validation issues there.
    (inner.properties as Record<string, JsonSchema>).data = {
      title: 'data',
      description:
        'Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.',
      [SOURCE_KEYWORD]: sourceOf(m, v.loc.line),
    };
  }
  const properties: Record<string, JsonSchema> = { jsonrpc: { $ref: VERSION_REF } };
  if (member === 'params')
    properties.method = {
      title: 'method',
      description: 'The JSON-RPC method.',
      type: 'string',
      const: m.method ?? m.name,
    };
  properties.id = { $ref: member === 'error' ? NULLABLE_ID_REF : ID_REF };
  properties[member] = inner;
  const required = member === 'params' ? ['jsonrpc', 'method', 'id', 'params'] : ['jsonrpc', 'id', member];
  return {
    title: variantTitle(m, v),
    description: `JSON-RPC 2.0 ${member === 'params' ? 'request' : member === 'error' ? 'error response' : 'success response'} envelope.`,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
}

export function commonJsonRpc(): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}${COMMON_JSONRPC}`,
    title: 'JSON-RPC 2.0 common definitions',
    description: 'Shared members of JSON-RPC 2.0 envelopes (https://www.jsonrpc.org/specification).',
    definitions: {
      version: {
        title: 'jsonrpc',
        description: 'The JSON-RPC protocol version; exactly "2.0".',
        type: 'string',
        const: '2.0',
      },
      id: {
        title: 'JsonRpcId',
        description: 'Request identifier, echoed in the response: a string or a number.',
        type: ['string', 'number'],
      },
      nullableId: {
        title: 'JsonRpcResponseId',
        description: 'The id of the request answered; null when it could not be read.',
        type: ['string', 'number', 'null'],
      },
    },
  };
}
