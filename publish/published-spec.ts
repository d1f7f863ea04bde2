/**
 * The published spec as its readers outside spec/ need it: index.json, each message schema with its `$ref`s
 * inlined, and the golden examples spec/examples holds for it. What the exports read; the docs add more.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { variantsOf } from '../compat/fields.ts';
import { snapshotFromFolder, type SpecSnapshot } from '../compat/snapshot.ts';
import type { ExampleCase } from '../core/golden-case.ts';
import type { MessageMeta, SpecIndex } from '../core/spec-format.ts';
import { inlineRefs, readSharedSchemas, type Schema } from './schemas.ts';

export interface SpecMessage {
  /** `<interface>.<name>`, as the diff engine names messages. */
  key: string;
  meta: MessageMeta & { schema: string };
  /** The message schema with every `$ref` inlined. */
  schema: Schema;
  /** Golden cases in CR order, then line. */
  examples: ExampleCase[];
}

export interface PublishedSpec {
  index: SpecIndex;
  messages: SpecMessage[];
  /** As compat reads it, for comparisons. */
  snapshot: SpecSnapshot;
}

export async function readPublishedSpec(specDir: string): Promise<PublishedSpec> {
  const snapshot = await snapshotFromFolder(specDir);
  const shared = await readSharedSchemas(path.join(specDir, 'schemas'), snapshot.schemas);
  const crOrder = new Map(snapshot.index.crs.map((c, i) => [c.file, i]));
  const messages = await Promise.all(
    snapshot.index.messages.map(async (meta) => ({
      key: `${meta.interface}.${meta.name}`,
      meta,
      schema: inlineRefs(snapshot.schemas.get(meta.schema)!, meta.schema, shared),
      examples: await examplesOf(specDir, meta, crOrder),
    })),
  );
  return { index: snapshot.index, messages, snapshot };
}

/** The golden cases spec/examples holds for the message, in CR order then line. */
async function examplesOf(specDir: string, meta: MessageMeta, crOrder: Map<string, number>): Promise<ExampleCase[]> {
  const dir = path.join(specDir, 'examples', meta.interface, meta.name);
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const cases = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as ExampleCase),
  );
  const order = (c: ExampleCase) => crOrder.get(c.source.cr) ?? crOrder.size;
  return cases.sort((a, b) => order(a) - order(b) || a.source.line - b.source.line);
}

/** Who sends the message and who receives it, in the interface's own words ("AOI Client", "AOI Server"). */
export function sidesOf(index: SpecIndex, meta: MessageMeta): { sender: string; receiver: string } {
  const iface = index.interfaces.find((i) => i.id === meta.interface);
  const client = iface?.client ?? `${meta.interface} client`;
  const server = iface?.server ?? `${meta.interface} server`;
  return meta.direction === 'clientToServer'
    ? { sender: client, receiver: server }
    : { sender: server, receiver: client };
}

/** The message's variants as schemas, named as the diff engine names them (`message`, `success`, `error`, …). */
export function variantSchemas(schema: Schema): { name: string; schema: Schema }[] {
  const roots = Array.isArray(schema.oneOf) ? (schema.oneOf as Schema[]) : [schema];
  return variantsOf(schema).map((v, i) => ({ name: v.name, schema: roots[i]! }));
}

/** The response of a request: the one its meta names, or the one that names it (`responseTo`). */
export function responseOf<M extends SpecMessage>(messages: M[], request: M): M | undefined {
  if (request.meta.kind !== 'request') return undefined;
  return (
    messages.find((m) => request.meta.response !== undefined && m.meta.id === request.meta.response) ??
    messages.find((m) => m.meta.kind === 'response' && m.meta.responseTo === request.meta.id)
  );
}
