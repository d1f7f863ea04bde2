/** Read-stage rule: produced by ingest/params/param.ts, reading a parameter bullet or table row. */
import { defineRule } from '../rule.ts';

export const unreadConstraint = defineRule({
  id: 'unread-constraint',
  severity: 'warning',
  summary:
    'Text in a parameter description that looks like a constraint (range, length, enumeration, item count, default) but was not read into the schema.',
  stage: 'read',
  producedBy: 'ingest/params/param.ts, reading a parameter bullet or table row',
});
