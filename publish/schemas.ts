/**
 * Message schemas made self-contained for readers outside spec/schemas (a docs page, an OpenRPC or AsyncAPI
 * document): every `$ref` into a shared schema (`../common/jsonrpc.schema.json#/definitions/id`) is replaced by
 * a copy of its target, so no consumer has to resolve a file path relative to spec/schemas.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OmaspecError } from '../core/errors.ts';
import { isRecord } from '../core/guards.ts';

export type Schema = Record<string, unknown>;

export class PublishRefError extends OmaspecError {
  constructor(message: string, file: string) {
    super('PUBLISH_BAD_REF', message, { location: { file } });
  }
}

/**
 * The shared schemas the message schemas refer to, read once from `schemasDir` by their path relative to it
 * (`common/jsonrpc.schema.json`).
 */
export async function readSharedSchemas(
  schemasDir: string,
  messages: Map<string, Schema>,
): Promise<Map<string, Schema>> {
  const shared = new Map<string, Schema>();
  for (const [rel, schema] of messages)
    for (const ref of refsOf(schema)) {
      const file = ref.split('#')[0]!;
      if (!file) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), file));
      if (shared.has(target)) continue;
      try {
        shared.set(target, JSON.parse(await readFile(path.join(schemasDir, target), 'utf8')) as Schema);
      } catch (error) {
        throw new PublishRefError(
          `$ref ${ref} names ${target}, which cannot be read: ${(error as Error).message}`,
          rel,
        );
      }
    }
  return shared;
}

function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (!isRecord(value)) return [];
  const own = typeof value.$ref === 'string' ? [value.$ref] : [];
  return [...own, ...Object.values(value).flatMap(refsOf)];
}

/**
 * A copy of the schema at `rel` (relative to spec/schemas) with every `$ref` inlined; the members written beside
 * a `$ref` (its title, description, source) win over the target's. The input is not modified.
 */
export function inlineRefs(schema: Schema, rel: string, shared: Map<string, Schema>): Schema {
  const resolve = (ref: string): Schema => {
    const [file, pointer = ''] = ref.split('#');
    const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), file)) : rel;
    const document = file ? shared.get(target) : schema;
    const found = document && at(document, pointer);
    if (!isRecord(found)) throw new PublishRefError(`$ref ${ref} does not resolve`, rel);
    return found;
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (depth > 64) throw new PublishRefError('$refs nest deeper than 64 levels (a cycle?)', rel);
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    if (!isRecord(value)) return value;
    const { $ref, ...rest } = value;
    const base = typeof $ref === 'string' ? (walk(resolve($ref), depth + 1) as Schema) : {};
    const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, walk(v, depth + 1)]));
    return { ...base, ...own };
  };
  return walk(schema, 0) as Schema;
}

/** JSON pointer (RFC 6901) lookup; '' and '/' name the document. */
function at(document: unknown, pointer: string): unknown {
  const parts = pointer.split('/').slice(1).filter(Boolean);
  let node: unknown = document;
  for (const raw of parts) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

/** A schema without omaspec's annotations and identifiers, for documents whose readers do not know them. */
export function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith('x-omaspec') && k !== '$id' && k !== '$schema')
      .map(([k, v]) => [k, withoutAnnotations(v)]),
  );
}
