/**
 * The definition of one message restated in the house style of CR-STYLE.md, from its published schema: a JSON
 * Schema block for messageType and HTTP messages, a JSON-RPC bullet list (with parameter bullets, nested
 * "object with:" / "array of objects, each with:" lists) for JSON-RPC ones. What a bullet cannot say is returned
 * as a warning naming the member, never dropped.
 */
import type { MessageMeta } from '../../core/spec-format.ts';
import type { SpecSnapshot } from '../snapshot.ts';

/** A published schema, read key by key: any keyword may be present. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every writer tests the keywords it reads
export type Schema = Record<string, any>;

export interface Restated {
  lines: string[];
  /** Located warnings: `<interface>.<name>[ variant]: <member>: what the text does not carry`. */
  warnings: string[];
}

export interface Message {
  meta: MessageMeta;
  schema: Schema;
}

const GENERATED = new Set(['x-omaspec-source', 'x-omaspec']);

/** The published schema as a CR would state it: no sources, no titles the build derives from member names. */
export function asStated(schema: Schema, name?: string): Schema {
  if (Array.isArray(schema)) return schema.map((x) => asStated(x)) as unknown as Schema;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (GENERATED.has(k) || (k === 'title' && v === name)) continue;
    if (k === 'properties' && v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, asStated(s as Schema, p)]));
    else out[k] = typeof v === 'object' && v !== null ? asStated(v as Schema) : v;
  }
  return out;
}

const withoutPeriod = (text: string) => text.replace(/\.$/, '');

/** A messageType or HTTP message: one "encoded according to the following JSON schema" block per variant. */
export function schemaBlocks(meta: MessageMeta, schema: Schema, sender: string): Restated {
  const variants: [string, Schema][] = Array.isArray(schema.oneOf)
    ? schema.oneOf.map((v: Schema) => [/Error$/.test(v.title ?? '') ? 'error' : 'success', v])
    : [['single', schema]];
  const lines: string[] = [];
  if (meta.mediaType) lines.push(`The MIME type for this format is "${meta.mediaType}".`);
  for (const [role, variant] of variants) {
    const { description, ...rest } = variant;
    const body = Object.fromEntries(Object.entries(rest).filter(([k]) => !['title', '$schema', '$id'].includes(k)));
    const stated = asStated(body);
    const named = description ? { title: withoutPeriod(String(description)), ...stated } : stated;
    const what =
      role === 'single'
        ? `the ${meta.kind === 'request' ? 'request' : 'message'}`
        : `the ${role === 'error' ? 'error' : 'success'} response`;
    const lead =
      role === 'error'
        ? `Upon unsuccessful processing the ${sender} returns ${what}, encoded according to the following JSON schema:`
        : role === 'success'
          ? `Upon successful processing the ${sender} returns ${what}, encoded according to the following JSON schema:`
          : `The ${sender} sends ${what}, encoded according to the following JSON schema:`;
    lines.push(lead, ...JSON.stringify(named, null, 2).split('\n'), '');
  }
  const warnings: string[] = [];
  openObjects(schema, `${meta.interface}.${meta.name}`, warnings);
  return { lines, warnings };
}

/** The build closes every object a CR states without saying otherwise; an open one cannot be written back. */
function openObjects(schema: Schema, at: string, warnings: string[]): void {
  if (!schema || typeof schema !== 'object') return;
  if (schema.properties && schema.additionalProperties === undefined)
    warnings.push(`${at}: an object that accepts unlisted members (no additionalProperties) is read back closed`);
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
    openObjects(child, `${at}.${name}`, warnings);
  if (schema.items && typeof schema.items === 'object') openObjects(schema.items, `${at}[]`, warnings);
  for (const variant of (schema.oneOf ?? []) as Schema[]) openObjects(variant, at, warnings);
}

export function messages(snapshot: SpecSnapshot): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const meta of snapshot.index.messages) {
    const schema = snapshot.schemas.get(meta.schema);
    if (schema) out.set(`${meta.interface}.${meta.name}`, { meta, schema: schema as Schema });
  }
  return out;
}

/** What a CR states of a message: its schema and metadata without sources (which name the CR stating them). */
export function statedForm(m: Message): [Record<string, unknown>, Schema] {
  const meta: Record<string, unknown> = { ...m.meta };
  for (const k of DERIVED) delete meta[k];
  const { 'x-omaspec': _meta, ...schema } = m.schema;
  void _meta;
  return [meta, asStated(schema)];
}

export const stated = (m: Message) => JSON.stringify(statedForm(m));

/**
 * Index facts no CR states: ids and type names follow from all messages, sources from the CR stating them, and
 * `provisional` from a decision (decisions.yaml marks a message provisional, and applies again on the next build).
 */
const DERIVED = ['source', 'id', 'typeName', 'previousNames', 'response', 'responseTo', 'schema', 'provisional'];
