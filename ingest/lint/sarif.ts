/** SARIF 2.1.0 for CI code scanning: one run, the rule table as the driver's rules. */
import type { Severity } from '../model.ts';
import { RULES } from '../rules.ts';
import type { LintReport } from './lint.ts';

export function toSarif(report: LintReport, pathOf: (file: string) => string): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'omaspec',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: sarifLevel(r.severity) },
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULES.findIndex((r) => r.id === f.rule),
          level: f.status === 'resolved' ? 'note' : sarifLevel(f.severity),
          message: { text: f.message + (f.decision ? ` (resolved by decision ${f.decision})` : '') },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: pathOf(f.loc.file) },
                region: { startLine: f.loc.line, startColumn: f.loc.col },
              },
            },
          ],
          partialFingerprints: { omaspecKey: f.key },
          ...(f.decision ? { suppressions: [{ kind: 'external', justification: `decision ${f.decision}` }] } : {}),
        })),
      },
    ],
  };
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}
