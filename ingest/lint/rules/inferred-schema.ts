/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/extract.ts), for a message with an example and no schema or parameter list. */
import { defineRule } from '../rule.ts';

export const inferredSchema = defineRule({
  id: 'inferred-schema',
  severity: 'warning',
  summary: 'A message stated only by an example; its schema is inferred from the example, which a decision can confirm.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/extract.ts), for a message with an example and no schema or parameter list (pending)',
});
