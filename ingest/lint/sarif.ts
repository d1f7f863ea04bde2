/** Lint findings as SARIF 2.1.0: the rule table as the driver's rules, resolved findings as suppressed notes. */
import { sarifLog, type SarifLevel } from '../../core/sarif.ts';
import type { Severity } from '../model.ts';
import { RULES } from '../rules.ts';
import type { LintReport } from './lint.ts';

export function toSarif(report: LintReport, pathOf: (file: string) => string): unknown {
  return sarifLog(
    'omaspec',
    RULES.map((r) => ({ id: r.id, summary: r.summary, level: sarifLevel(r.severity) })),
    report.findings.map((f) => ({
      ruleId: f.rule,
      level: f.status === 'resolved' ? 'note' : sarifLevel(f.severity),
      message: f.message + (f.decision ? ` (resolved by decision ${f.decision})` : ''),
      location: { uri: pathOf(f.loc.file), line: f.loc.line, col: f.loc.col },
      fingerprint: { name: 'omaspecKey', value: f.key },
      ...(f.decision ? { suppressedBy: `decision ${f.decision}` } : {}),
    })),
  );
}

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}
