/**
 * What the current spec says of a message's member, read from spec/schemas: tests of the reference implementation
 * derive from it the behaviour that a later CR may change (a member removed, a length limit), instead of pinning
 * today's spec. The independent tests use it too: it reads data (spec/schemas), no generated or reference code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '../../core/guards.ts';
import { fieldNames, fieldObjects } from '../../generator/emit-fields.ts';
import type { Envelope, SpecIndex } from '../../core/spec-format.ts';
import { REPO_ROOT } from '../cli/run.ts';

const SCHEMAS = path.join(REPO_ROOT, 'spec/schemas');

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'));
let index: SpecIndex | undefined;
/** The message's schema and envelope, read once per test file (spec/schemas does not change while tests run). */
const loaded = new Map<string, { schema: Record<string, unknown>; envelope: Envelope } | undefined>();

function messageSchema(iface: string, message: string) {
  const key = `${iface}/${message}`;
  if (!loaded.has(key)) {
    index ??= readJson('index.json') as SpecIndex;
    const entry = index.messages.find((m) => m.interface === iface && m.name === message);
    loaded.set(key, entry && { schema: readJson(entry.schema) as Record<string, unknown>, envelope: entry.envelope });
  }
  return loaded.get(key);
}

/** The member objects of the message (each variant; JSON-RPC members inside params/result/error), name → schema. */
function membersOf(iface: string, message: string): Record<string, unknown>[] {
  const loadedMessage = messageSchema(iface, message);
  if (!loadedMessage) return [];
  return fieldObjects(loadedMessage.schema, loadedMessage.envelope).flatMap((object) =>
    isRecord(object.properties) ? [object.properties] : [],
  );
}

/** The schema of member `name` of the message (any variant; JSON-RPC members inside params/result/error). */
export function specMember(iface: string, message: string, name: string): Record<string, unknown> | undefined {
  for (const members of membersOf(iface, message)) {
    const member = members[name];
    if (isRecord(member)) return member;
  }
  return undefined;
}

/**
 * The wire name today of the member the seed CRs called `seedName`: a later CR may rename it ("the “desc” element
 * is renamed “description”"), and the schema keeps the former names in `x-omaspec-source.renamedFrom`. `seedName`
 * itself when the spec has no such member (the test then shows the gap).
 */
export function wireName(iface: string, message: string, seedName: string): string {
  const loadedMessage = messageSchema(iface, message);
  return (loadedMessage && fieldNames(loadedMessage.schema, loadedMessage.envelope)[seedName]) ?? seedName;
}

/** `wireName` of several members, sorted: for "the answer has exactly these members". */
export const wireNames = (iface: string, message: string, seedNames: string[]): string[] =>
  seedNames.map((n) => wireName(iface, message, n)).sort();

/**
 * The members an answer has "exactly": the seed members (by their wire names today) and every member the spec now
 * makes mandatory in the variant that holds them (a later CR may add one; the reference then sends its placeholder).
 */
export function answerMembers(iface: string, message: string, seedNames: string[]): string[] {
  const names = seedNames.map((n) => wireName(iface, message, n));
  const loadedMessage = messageSchema(iface, message);
  const variant =
    loadedMessage &&
    fieldObjects(loadedMessage.schema, loadedMessage.envelope).find(
      (o) => isRecord(o.properties) && names.every((n) => n in (o.properties as object)),
    );
  const required = Array.isArray(variant?.required)
    ? variant.required.filter((r): r is string => typeof r === 'string')
    : [];
  return [...new Set([...names, ...required])].sort();
}
