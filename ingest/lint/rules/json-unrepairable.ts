/** Read-stage rule: findings are produced by ingest/section-reader.ts, when ingest/json-reader.ts returns an error for a JSON block. */
import { defineRule } from '../rule.ts';

export const jsonUnrepairable = defineRule({
  id: 'json-unrepairable',
  severity: 'error',
  summary: 'A JSON block the reader cannot repair; it is left out of the spec.',
  stage: 'read',
  producedBy: 'ingest/section-reader.ts, when ingest/json-reader.ts returns an error for a JSON block',
});
