/**
 * The definition of one message restated in the house style of CR-STYLE.md, from its published schema: a JSON
 * Schema block for messageType and HTTP messages, a JSON-RPC bullet list (with parameter bullets, nested
 * "object with:" / "array of objects, each with:" lists) for JSON-RPC ones. What a bullet cannot say is returned
 * as a warning naming the member, never dropped.
 */
import type { MessageMeta } from '../../core/spec-format.ts';

/** A published schema, read key by key: any keyword may be present. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every writer tests the keywords it reads
export type Schema = Record<string, any>;

export interface Restated {
  lines: string[];
  /** Located warnings: `<interface>.<name>[ variant]: <member>: what the text does not carry`. */
  warnings: string[];
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
  return { lines, warnings: [] };
}
