/** Read-stage rule: findings are produced by ingest/chain.ts, applying the amendments of a CR to the messages of the chain. */
import { defineRule } from '../rule.ts';

export const unappliedChange = defineRule({
  id: 'unapplied-change',
  severity: 'error',
  summary: 'A change stated in prose that the tool cannot apply; express it as a decision.',
  stage: 'read',
  producedBy: 'ingest/chain.ts, applying the amendments of a CR to the messages of the chain',
});
