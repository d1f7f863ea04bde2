/** Read-stage rule: produced by ingest/params/param.ts (a parameter bullet or table row) and ingest/chain.ts (a prose amendment). */
import { defineRule } from '../rule.ts';

export const unreadConstraint = defineRule({
  id: 'unread-constraint',
  severity: 'warning',
  summary:
    'Text in a parameter description or a prose amendment that looks like a constraint (range, length, enumeration, item count, default) but was not read into the schema.',
  stage: 'read',
  producedBy:
    'ingest/params/param.ts, reading a parameter bullet or table row; ingest/chain.ts, applying an amendment it reads only in part',
});
