/** Read-stage rule: findings are produced by ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule). */
import { defineRule } from '../rule.ts';

export const jsonStringLinebreak = defineRule({
  id: 'json-string-linebreak',
  severity: 'warning',
  summary: 'A line break inside a JSON string; removed.',
  stage: 'read',
  producedBy:
    'ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule)',
  repair: 'json-reader',
});
