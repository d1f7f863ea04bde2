/** Read-stage rule: findings are produced by ingest/strict-schemas.ts, compiling each built schema as generate will. */
import { defineRule } from '../rule.ts';

export const schemaNotStrict = defineRule({
  id: 'schema-not-strict',
  severity: 'error',
  summary:
    'A built message schema that ajv in strict mode refuses (a keyword that cannot apply where it stands, e.g. "items" on an object); generate cannot compile its validators until a decision patches it.',
  stage: 'read',
  producedBy: 'ingest/strict-schemas.ts, after spec build emits the message schemas',
});
