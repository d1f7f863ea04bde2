/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleTypeMismatch = defineRule({
  id: 'example-type-mismatch',
  severity: 'error',
  summary: 'An example value has a different type than its definition declares.',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
