/** Read-stage rule: produced by ingest/section-reader.ts and ingest/chain.ts, resolving prose references. */
import { defineRule } from '../rule.ts';

export const unresolvedReference = defineRule({
  id: 'unresolved-reference',
  severity: 'error',
  summary:
    'A prose reference (e.g. "as for 10.1.5", "the same parameters as the … request") that names no known section, message or parameter.',
  stage: 'read',
  producedBy: 'ingest/section-reader.ts and ingest/chain.ts, resolving prose references',
});
