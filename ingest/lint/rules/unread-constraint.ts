/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/params/), reading a parameter description. */
import { defineRule } from '../rule.ts';

export const unreadConstraint = defineRule({
  id: 'unread-constraint',
  severity: 'warning',
  summary: 'Text in a parameter description that looks like a constraint (range, length, enumeration, item count, default) but was not read into the schema.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/params/), reading a parameter description (pending)',
});
