/**
 * What the current spec says of a message's member, read from spec/schemas: tests of the reference implementation
 * derive from it the behaviour that a later CR may change (a member removed, a length limit), instead of pinning
 * today's spec. The independent tests use it too: it reads data (spec/schemas), no generated or reference code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '../../core/guards.ts';
import { fieldObjects } from '../../generator/emit-fields.ts';
import { SOURCE_KEYWORD, type SpecIndex } from '../../core/spec-format.ts';
import { REPO_ROOT } from '../cli/run.ts';

const SCHEMAS = path.join(REPO_ROOT, 'spec/schemas');

/** The member objects of the message (each variant; JSON-RPC members inside params/result/error), name → schema. */
function membersOf(iface: string, message: string): Record<string, unknown>[] {
  const index = JSON.parse(readFileSync(path.join(SCHEMAS, 'index.json'), 'utf8')) as SpecIndex;
  const entry = index.messages.find((m) => m.interface === iface && m.name === message);
  if (!entry) return [];
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, entry.schema), 'utf8')) as Record<string, unknown>;
  return fieldObjects(schema, entry.envelope).flatMap((object) =>
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
  for (const members of membersOf(iface, message))
    for (const [name, member] of Object.entries(members)) {
      const source = isRecord(member) ? member[SOURCE_KEYWORD] : undefined;
      const former = isRecord(source) && Array.isArray(source.renamedFrom) ? source.renamedFrom : [];
      if (name === seedName || former.includes(seedName)) return name;
    }
  return seedName;
}

/** `wireName` of several members, sorted: for "the answer has exactly these members". */
export const wireNames = (iface: string, message: string, seedNames: string[]): string[] =>
  seedNames.map((n) => wireName(iface, message, n)).sort();
