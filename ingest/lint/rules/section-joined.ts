/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/extract.ts), mapping sections to interfaces through spec/manifest.json. */
import { defineRule } from '../rule.ts';

export const sectionJoined = defineRule({
  id: 'section-joined',
  severity: 'info',
  summary: 'A new section joins the interface of its mapped parent or siblings.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/extract.ts), mapping sections to interfaces through spec/manifest.json (pending)',
});
