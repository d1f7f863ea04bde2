/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleValueMismatch = defineRule({
  id: 'example-value-mismatch',
  severity: 'error',
  summary:
    'An example value contradicts its definition: a fixed value (messageType, method, jsonrpc, an enumeration) or a constraint (pattern, range, length, item count, format).',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
