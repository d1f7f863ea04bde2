/** Read-stage rule: findings are produced by ingest/build.ts, from what applyDecisions (ingest/decisions.ts) reports. */
import { defineRule } from '../rule.ts';

export const decisionOverChange = defineRule({
  id: 'decision-over-change',
  severity: 'warning',
  summary:
    "A spec editors' decision patches, requires, removes or renames a property that a CR's prose amendment changed; the decision holds, so the amendment may have no effect.",
  stage: 'read',
  producedBy: 'ingest/build.ts, applying spec/decisions.yaml over the chained CR messages',
});
