/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleNameCase = defineRule({
  id: 'example-name-case',
  severity: 'error',
  summary: 'An example spells a parameter name in a different case than its definition.',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
