/** Read-stage rule: produced by ingest/chain.ts, for a message stated only by an example. */
import { defineRule } from '../rule.ts';

export const inferredSchema = defineRule({
  id: 'inferred-schema',
  severity: 'warning',
  summary:
    'A message stated only by an example; its schema is inferred from the example, which a decision can confirm.',
  stage: 'read',
  producedBy: 'ingest/chain.ts, for a message stated only by an example',
});
