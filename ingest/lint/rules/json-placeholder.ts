/** Read-stage rule: findings are produced by ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule). */
import { defineRule } from '../rule.ts';

export const jsonPlaceholder = defineRule({
  id: 'json-placeholder',
  severity: 'warning',
  summary: 'A bare word such as [miid] where a JSON value belongs; read as a string.',
  stage: 'read',
  producedBy:
    'ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule)',
  repair: 'json-reader',
});
