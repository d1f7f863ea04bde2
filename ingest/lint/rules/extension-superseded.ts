/** Read-stage rule: findings are produced by ingest/extensions.ts, merging spec/extensions with the chained CR messages. */
import { defineRule } from '../rule.ts';

export const extensionSuperseded = defineRule({
  id: 'extension-superseded',
  severity: 'warning',
  summary: 'A project extension defines a message that a CR now defines; the CR wins, remove the extension.',
  stage: 'read',
  producedBy: 'ingest/extensions.ts, merging spec/extensions with the chained CR messages',
});
