/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleMissingMandatory = defineRule({
  id: 'example-missing-mandatory',
  severity: 'error',
  summary: 'An example omits a parameter its definition says is mandatory.',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
