/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const schemaDraft03Required = defineRule({
  id: 'schema-draft03-required',
  severity: 'warning',
  summary: 'Draft-03 boolean "required" inside a draft-04 schema; folded into the parent "required" array.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
