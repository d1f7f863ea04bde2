import path from 'node:path';
import { isRecord } from '../core/guards.ts';

export type JsonSchema = { [key: string]: unknown };

export class DerefError extends Error {
  readonly code = 'GEN_BAD_REF';
}

function pointerGet(document: unknown, pointer: string, ref: string): unknown {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) || !(key in node)) throw new DerefError(`unresolvable $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/**
 * Inlines relative `$ref`s ("../common/jsonrpc.schema.json#/definitions/id", "#/definitions/x") into a
 * copy of the schema, so every message schema is self-contained for ajv (local schema paths in errors)
 * and for json-schema-to-typescript. Siblings of a $ref (e.g. x-omaspec-source) win over the target.
 * The input is not modified.
 */
export async function derefSchema(
  schema: JsonSchema,
  file: string,
  load: (file: string) => Promise<unknown>,
  seen: readonly string[] = [],
  document: unknown = schema,
): Promise<JsonSchema> {
  const walk = async (node: unknown, base: string, root: unknown): Promise<unknown> => {
    if (Array.isArray(node)) return Promise.all(node.map((item) => walk(item, base, root)));
    if (!isRecord(node)) return node;
    const copy: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key !== '$ref') copy[key] = await walk(value, base, root);
    }
    if (typeof node.$ref !== 'string') return copy;
    const [target = '', pointer = ''] = node.$ref.split('#');
    const targetFile = target ? path.resolve(path.dirname(base), target) : base;
    const key = `${targetFile}#${pointer}`;
    if (seen.includes(key)) throw new DerefError(`recursive $ref ${node.$ref}`);
    const targetDocument = target ? await load(targetFile) : root;
    const resolved = pointerGet(targetDocument, pointer, node.$ref);
    const inlined = await derefSchema(resolved as JsonSchema, targetFile, load, [...seen, key], targetDocument);
    const { $id: _id, $schema: _schema, ...body } = inlined;
    return { ...body, ...copy };
  };
  return (await walk(schema, file, document)) as JsonSchema;
}
