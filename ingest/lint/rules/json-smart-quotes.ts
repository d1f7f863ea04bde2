/** Read-stage rule: findings are produced by ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule). */
import { defineRule } from '../rule.ts';

export const jsonSmartQuotes = defineRule({
  id: 'json-smart-quotes',
  severity: 'warning',
  summary: 'Typographic quotes used as JSON string delimiters; repaired to straight quotes.',
  stage: 'read',
  producedBy:
    'ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule)',
  repair: 'json-reader',
});
