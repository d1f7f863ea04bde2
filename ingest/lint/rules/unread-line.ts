/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/parser.ts, ingest/extract.ts), accounting for every line of a CR. */
import { defineRule } from '../rule.ts';

export const unreadLine = defineRule({
  id: 'unread-line',
  severity: 'warning',
  summary: 'A line of a change proposal the reader could not place: not boilerplate, not part of any message, not covered by another finding.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/parser.ts, ingest/extract.ts), accounting for every line of a CR (pending)',
});
