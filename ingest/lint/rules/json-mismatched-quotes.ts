/** Read-stage rule: findings are produced by ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule). */
import { defineRule } from '../rule.ts';

export const jsonMismatchedQuotes = defineRule({
  id: 'json-mismatched-quotes',
  severity: 'warning',
  summary: 'A JSON string opened and closed by different quote characters; repaired.',
  stage: 'read',
  producedBy:
    'ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule)',
  repair: 'json-reader',
});
