/** Read-stage rule: findings are produced by ingest/examples.ts, validating each CR example against its definition. */
import { defineRule } from '../rule.ts';

export const exampleUnlistedParameter = defineRule({
  id: 'example-unlisted-parameter',
  severity: 'error',
  summary: 'An example carries a parameter its definition does not list.',
  stage: 'read',
  producedBy: 'ingest/examples.ts, validating each CR example against its definition',
});
