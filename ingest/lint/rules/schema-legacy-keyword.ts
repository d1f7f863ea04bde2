/** Read-stage rule: findings are produced by ingest/schema-block.ts, reading a JSON Schema block. */
import { defineRule } from '../rule.ts';

export const schemaLegacyKeyword = defineRule({
  id: 'schema-legacy-keyword',
  severity: 'warning',
  summary:
    'A keyword of draft-03/04 in a CR schema ("divisibleBy", boolean "exclusiveMinimum"/"exclusiveMaximum"); rewritten into its draft-07 form.',
  stage: 'read',
  producedBy: 'ingest/schema-block.ts, reading a JSON Schema block',
});
