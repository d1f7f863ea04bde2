/** Read-stage rule: produced by ingest/chain.ts, for a section number two CRs each added with other messages. */
import { defineRule } from '../rule.ts';

export const sectionTaken = defineRule({
  id: 'section-taken',
  severity: 'warning',
  summary:
    'A CR adds a section whose number an earlier CR already gave to other messages; both are kept under one number.',
  stage: 'read',
  producedBy: 'ingest/chain.ts, for a section an earlier CR already numbered with other messages',
});
