import { OmaspecError } from '../core/errors.ts';
import path from 'node:path';
import { $RefParser, type FileInfo } from '@apidevtools/json-schema-ref-parser';
import { SCHEMA_BASE } from '../core/spec-format.ts';

export type JsonSchema = { [key: string]: unknown };

export class DerefError extends OmaspecError {
  constructor(message: string, details: { file?: string; cause?: unknown } = {}) {
    super('GEN_BAD_REF', message, {
      location: details.file === undefined ? undefined : { file: details.file },
      cause: details.cause,
    });
  }
}

/**
 * The directory a schema's `$id` (SCHEMA_BASE + its path under spec/schemas) places it in, so that URLs under
 * SCHEMA_BASE map back to files; without such an `$id`, the schema's own directory.
 */
function schemasDirOf(schema: JsonSchema, file: string): string {
  const id = typeof schema.$id === 'string' && schema.$id.startsWith(SCHEMA_BASE) ? schema.$id : undefined;
  const relative = id?.slice(SCHEMA_BASE.length).split('/').join(path.sep);
  if (relative === undefined) return path.dirname(file);
  if (!file.endsWith(relative)) throw new DerefError(`$id ${id} does not name the file ${file}`, { file });
  return file.slice(0, file.length - relative.length);
}

/**
 * Inlines `$ref`s ("../common/jsonrpc.schema.json#/definitions/id", "#/definitions/x") into a copy of the
 * schema with json-schema-ref-parser, so every message schema is self-contained for ajv (local schema paths in
 * errors) and for json-schema-to-typescript. Siblings of a $ref (e.g. x-omaspec-source) replace the target's
 * (ref-parser's extended $ref). ref-parser resolves relative refs against the schema's `$id`; those URLs and
 * plain paths are read with `load`, nothing from the network. The input is not modified.
 */
export async function derefSchema(
  schema: JsonSchema,
  file: string,
  load: (file: string) => Promise<unknown>,
): Promise<JsonSchema> {
  const schemasDir = schemasDirOf(schema, file);
  const toFile = (url: string) =>
    url.startsWith(SCHEMA_BASE) ? path.join(schemasDir, url.slice(SCHEMA_BASE.length)) : url;
  const spec = { order: 1, canRead: true, read: (ref: FileInfo) => load(toFile(ref.url)) };
  try {
    return (await new $RefParser().dereference(file, structuredClone(schema), {
      resolve: { http: false, file: false, spec },
      dereference: { circular: false, mergeKeys: false },
    })) as JsonSchema;
  } catch (error) {
    throw new DerefError(`cannot inline the $refs of ${file}: ${(error as Error).message}`, { file, cause: error });
  }
}
