/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/extract.ts), mapping sections to interfaces through spec/manifest.json. */
import { defineRule } from '../rule.ts';

export const unmappedSection = defineRule({
  id: 'unmapped-section',
  severity: 'error',
  summary: 'A section that defines a message but maps to no interface in spec/manifest.json; the message names the manifest edit.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/extract.ts), mapping sections to interfaces through spec/manifest.json (pending)',
});
