import { parseJsonText, OmaspecError } from '../core/errors.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InterfaceMeta, MessageMeta, SpecIndex } from '../core/spec-format.ts';
import { derefSchema, type JsonSchema } from './deref.ts';

export interface LoadedMessage {
  meta: MessageMeta;
  /** Path relative to spec/schemas, as listed in index.json. */
  schemaPath: string;
  /** The schema as written, with its relative $refs. */
  raw: JsonSchema;
  /** The same schema with every relative $ref inlined (self-contained). */
  schema: JsonSchema;
}

export interface LoadedSpec {
  index: SpecIndex;
  interfaces: InterfaceMeta[];
  messages: LoadedMessage[];
  /** Files read, relative to spec/schemas (for banners and drift messages). */
  sources: string[];
}

export class SpecLoadError extends OmaspecError {
  constructor(
    code: 'GEN_SPEC_MISSING' | 'GEN_SPEC_INVALID',
    message: string,
    readonly file: string,
    details: { line?: number; col?: number; cause?: unknown } = {},
  ) {
    const { line, col, cause } = details;
    const hint =
      code === 'GEN_SPEC_MISSING' ? 'run `omaspec spec build`, or pass the spec directory with --spec' : undefined;
    super(code, message, { location: { file, line, col }, hint, cause });
  }
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SpecLoadError('GEN_SPEC_MISSING', 'cannot be read', file, { cause: error });
  }
  try {
    return parseJsonText(text, file, 'GEN_SPEC_INVALID');
  } catch (error) {
    const { message, location } = error as OmaspecError;
    throw new SpecLoadError('GEN_SPEC_INVALID', message, file, { ...location, cause: error });
  }
}

/** Reads spec/schemas/index.json and the schema files it lists — nothing else of spec/. */
export async function loadSpec(specDir: string): Promise<LoadedSpec> {
  const schemasDir = path.join(specDir, 'schemas');
  const index = (await readJson(path.join(schemasDir, 'index.json'))) as SpecIndex;
  if (!Array.isArray(index.messages) || !Array.isArray(index.interfaces)) {
    throw new SpecLoadError(
      'GEN_SPEC_INVALID',
      'messages and interfaces must be arrays',
      path.join(schemasDir, 'index.json'),
    );
  }
  const cache = new Map<string, unknown>();
  const load = async (file: string) => {
    if (!cache.has(file)) cache.set(file, await readJson(file));
    return cache.get(file);
  };
  const messages: LoadedMessage[] = [];
  for (const entry of index.messages) {
    const { schema: schemaPath, ...meta } = entry;
    const file = path.join(schemasDir, schemaPath);
    const raw = (await load(file)) as JsonSchema;
    messages.push({ meta, schemaPath, raw, schema: await derefSchema(raw, file, load) });
  }
  const sources = [
    'index.json',
    ...[...cache.keys()].map((f) => path.relative(schemasDir, f).split(path.sep).join('/')),
  ];
  return { index, interfaces: index.interfaces, messages, sources: [...new Set(sources)].sort() };
}
