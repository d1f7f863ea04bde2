/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleValueMismatch = defineRule({
  id: 'example-value-mismatch',
  severity: 'error',
  summary: 'An example value contradicts a fixed value (messageType, method, jsonrpc) of its definition.',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
