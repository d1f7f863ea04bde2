import { OmaspecError } from '../core/errors.ts';
import path from 'node:path';

export type JsonSchema = { [key: string]: unknown };

const isRecord = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class DerefError extends OmaspecError {
  constructor(message: string, file?: string) {
    super('GEN_BAD_REF', message, { location: file === undefined ? undefined : { file } });
  }
}

function pointerGet(document: unknown, pointer: string, ref: string, file: string): unknown {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) || !(key in node)) throw new DerefError(`unresolvable $ref ${ref}`, file);
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
    if (seen.includes(key)) throw new DerefError(`recursive $ref ${node.$ref}`, base);
    const targetDocument = target ? await load(targetFile) : root;
    const resolved = pointerGet(targetDocument, pointer, node.$ref, base);
    const inlined = await derefSchema(resolved as JsonSchema, targetFile, load, [...seen, key], targetDocument);
    const { $id: _id, $schema: _schema, ...body } = inlined;
    return { ...body, ...copy };
  };
  return (await walk(schema, file, document)) as JsonSchema;
}
