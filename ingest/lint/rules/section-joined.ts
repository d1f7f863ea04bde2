/** Read-stage rule: produced by ingest/extract.ts, for a section that joins its siblings' interface. */
import { defineRule } from '../rule.ts';

export const sectionJoined = defineRule({
  id: 'section-joined',
  severity: 'info',
  summary: 'A new section joins the interface of its mapped parent or siblings.',
  stage: 'read',
  producedBy: "ingest/extract.ts, for a section that joins its siblings' interface",
});
