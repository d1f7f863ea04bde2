/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const schemaKeywordCase = defineRule({
  id: 'schema-keyword-case',
  severity: 'warning',
  summary: 'A JSON Schema keyword in the wrong case (e.g. "$Schema"); read as the keyword.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
