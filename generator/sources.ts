import { SOURCE_KEYWORD, type MessageMeta, type SourceRef } from '../core/spec-format.ts';
import type { JsonSchema } from './deref.ts';
import { isRecord } from '../core/guards.ts';

/** Same shape as SourceTable in generated/common/validation.ts. */
export interface SourceTable {
  root: SourceRef;
  bySchemaPath: Record<string, SourceRef>;
  byInstancePath: Record<string, SourceRef>;
}

const COMBINATORS = ['oneOf', 'anyOf', 'allOf'] as const;

/**
 * Collects the `x-omaspec-source` of every schema node, keyed by schema pointer and by instance path, so a
 * validation error can name the CR section of the failing node (or of the nearest property). First wins
 * on an instance path shared by several oneOf branches; the schema pointer tells branches apart.
 */
export function sourceTable(schema: JsonSchema, meta: MessageMeta): SourceTable {
  const table: SourceTable = { root: meta.source, bySchemaPath: { '#': meta.source }, byInstancePath: {} };
  const visit = (node: unknown, pointer: string, instance: string) => {
    if (!isRecord(node)) return;
    const source = node[SOURCE_KEYWORD];
    if (isRecord(source) && node !== schema) {
      table.bySchemaPath[pointer] = source as unknown as SourceRef;
      table.byInstancePath[instance] ??= source as unknown as SourceRef;
    }
    if (isRecord(node.properties)) {
      for (const [key, child] of Object.entries(node.properties))
        visit(child, `${pointer}/properties/${key}`, `${instance}/${key}`);
    }
    if (isRecord(node.items)) visit(node.items, `${pointer}/items`, `${instance}/*`);
    for (const keyword of COMBINATORS) {
      const branches = node[keyword];
      if (Array.isArray(branches))
        branches.forEach((branch, i) => visit(branch, `${pointer}/${keyword}/${i}`, instance));
    }
  };
  visit(schema, '#', '');
  return table;
}
