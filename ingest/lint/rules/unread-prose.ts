/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/extract.ts, ingest/params/), reading the prose of a message section. */
import { defineRule } from '../rule.ts';

export const unreadProse = defineRule({
  id: 'unread-prose',
  severity: 'warning',
  summary: "A sentence in a message's section that names one of its parameters and states something the reader did not apply.",
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/extract.ts, ingest/params/), reading the prose of a message section (pending)',
});
