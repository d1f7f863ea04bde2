/** Read-stage rule: produced by ingest/extract.ts, for a section no interface maps. */
import { defineRule } from '../rule.ts';

export const unmappedSection = defineRule({
  id: 'unmapped-section',
  severity: 'error',
  summary:
    'A section that defines a message but maps to no interface in spec/manifest.json; the message names the manifest edit.',
  stage: 'read',
  producedBy: 'ingest/extract.ts, for a section no interface maps',
});
