/** Read-stage rule: produced by ingest/section-reader.ts and ingest/trace.ts, for lines the reader could not place. */
import { defineRule } from '../rule.ts';

export const unreadLine = defineRule({
  id: 'unread-line',
  severity: 'warning',
  summary:
    'A line of a change proposal the reader could not place: not boilerplate, not part of any message, not covered by another finding.',
  stage: 'read',
  producedBy: 'ingest/section-reader.ts and ingest/trace.ts, for lines the reader could not place',
});
