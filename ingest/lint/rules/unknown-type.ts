/** Read-stage rule: produced by ingest/params/param.ts, reading a parameter bullet or table row. */
import { defineRule } from '../rule.ts';

export const unknownType = defineRule({
  id: 'unknown-type',
  severity: 'error',
  summary:
    'A parameter type word the reader does not know; the property is left unconstrained until a decision patches it.',
  stage: 'read',
  producedBy: 'ingest/params/param.ts, reading a parameter bullet or table row',
});
