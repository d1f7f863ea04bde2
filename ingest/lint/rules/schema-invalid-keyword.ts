/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const schemaInvalidKeyword = defineRule({
  id: 'schema-invalid-keyword',
  severity: 'error',
  summary:
    'A schema keyword whose value is not valid JSON Schema (e.g. "type": "strng", a malformed pattern); left out until a decision fixes it.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
