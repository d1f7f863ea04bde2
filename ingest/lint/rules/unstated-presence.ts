/** Read-stage rule: produced by ingest/params/param.ts when a parameter bullet states no presence. */
import { defineRule } from '../rule.ts';

export const unstatedPresence = defineRule({
  id: 'unstated-presence',
  severity: 'warning',
  summary: 'A parameter whose presence (mandatory/optional/M/O/cardinality) is not stated; read as optional.',
  stage: 'read',
  producedBy: 'ingest/params/param.ts, reading a parameter bullet',
});
