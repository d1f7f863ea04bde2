/** Read-stage rule: findings are produced by ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule). */
import { defineRule } from '../rule.ts';

export const jsonMissingComma = defineRule({
  id: 'json-missing-comma',
  severity: 'warning',
  summary: 'Two members or items with no comma between them; comma inserted.',
  stage: 'read',
  producedBy:
    'ingest/json-blocks.ts, from the repairs ingest/json-reader.ts records (one finding per JSON block and rule)',
  repair: 'json-reader',
});
