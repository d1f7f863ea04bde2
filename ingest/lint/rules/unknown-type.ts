/** Read-stage rule of the reader rewrite (not emitted yet): findings are produced by the reader rewrite (ingest/params/), reading a parameter table or list. */
import { defineRule } from '../rule.ts';

export const unknownType = defineRule({
  id: 'unknown-type',
  severity: 'error',
  summary: 'A parameter type word the reader does not know; the property is left unconstrained until a decision patches it.',
  stage: 'read',
  producedBy: 'the reader rewrite (ingest/params/), reading a parameter table or list (pending)',
});
