/** Read-stage rule: produced by ingest/section-reader.ts, for a bullet naming a parameter that states nothing read. */
import { defineRule } from '../rule.ts';

export const unreadProse = defineRule({
  id: 'unread-prose',
  severity: 'warning',
  summary:
    "A sentence in a message's section that names one of its parameters and states something the reader did not apply.",
  stage: 'read',
  producedBy: 'ingest/section-reader.ts, for a bullet naming a parameter that states nothing read',
});
