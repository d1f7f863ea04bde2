/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const schemaUnresolvedRef = defineRule({
  id: 'schema-unresolved-ref',
  severity: 'error',
  summary: 'A "$ref" that resolves to no schema; needs a decision defining it.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
