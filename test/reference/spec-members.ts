/**
 * What the current spec says of a message's member, read from spec/schemas: tests of the reference implementation
 * derive from it the behaviour that a later CR may change (a member removed, a length limit), instead of pinning
 * today's spec.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '../../core/guards.ts';
import { fieldObjects } from '../../generator/emit-fields.ts';
import type { SpecIndex } from '../../core/spec-format.ts';
import { REPO_ROOT } from '../cli/run.ts';

const SCHEMAS = path.join(REPO_ROOT, 'spec/schemas');

/** The schema of member `name` of the message (any variant; JSON-RPC members inside params/result/error). */
export function specMember(iface: string, message: string, name: string): Record<string, unknown> | undefined {
  const index = JSON.parse(readFileSync(path.join(SCHEMAS, 'index.json'), 'utf8')) as SpecIndex;
  const entry = index.messages.find((m) => m.interface === iface && m.name === message);
  if (!entry) return undefined;
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, entry.schema), 'utf8')) as Record<string, unknown>;
  for (const object of fieldObjects(schema, entry.envelope)) {
    const member = isRecord(object.properties) ? object.properties[name] : undefined;
    if (isRecord(member)) return member;
  }
  return undefined;
}
