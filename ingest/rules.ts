/**
 * Every lint rule: a stable id, a severity and a one-line explanation (`omaspec lint --rules`), derived
 * from the rule modules of ingest/lint/rules/ (their registry, ingest/lint/rules/index.ts).
 */
import { emit, type LintRule } from './lint/rule.ts';
import { REGISTRY, type RegisteredRuleId } from './lint/rules/index.ts';
import type { Finding, Loc, Severity } from './model.ts';

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
}

/** The rule table, in registry order. */
export const RULES = REGISTRY.map(({ id, severity, summary }) => ({
  id,
  severity,
  summary,
})) satisfies readonly RuleInfo[];

export type RuleId = RegisteredRuleId;

/** The table `omaspec lint --rules` prints: every rule with its stage and, for read-stage rules, where it is produced. */
export const RULE_TABLE = REGISTRY.map((r) => ({
  id: r.id,
  severity: r.severity,
  stage: r.stage,
  summary: r.summary,
  ...(r.stage === 'read' ? { producedBy: r.producedBy } : {}),
}));

const BY_ID = new Map<string, LintRule>(REGISTRY.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  const r = BY_ID.get(id);
  return r && { id: r.id, severity: r.severity, summary: r.summary };
}

/** Build a finding; `subject` makes the key stable when lines move (`rule:file:subject`). */
export function finding(
  rule: RuleId,
  loc: Loc,
  message: string,
  subject: string,
  repair?: { original: string; repaired: string },
): Finding {
  return emit(BY_ID.get(rule)!, loc, message, subject, repair);
}
