/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const stringWhitespace = defineRule({
  id: 'string-whitespace',
  severity: 'warning',
  summary: 'Leading or trailing whitespace inside an enum, const, method or title string; trimmed.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
