import { describe, expect, it } from 'vitest';
import type { LintReport, LintedFinding } from '../../../ingest/lint/lint.ts';
import { toSarif } from '../../../ingest/lint/sarif.ts';
import { RULES } from '../../../ingest/rules.ts';

const finding = (
  rule: string,
  severity: LintedFinding['severity'],
  status: LintedFinding['status'],
  decision?: string,
): LintedFinding => ({
  rule,
  severity,
  status,
  message: `${rule} here`,
  loc: { file: '100_x.txt', line: 3, col: 7 },
  key: `${rule}:100_x:k`,
  ...(decision ? { decision } : {}),
});

describe('toSarif', () => {
  const report: LintReport = {
    findings: [
      finding('type-conflict', 'error', 'open'),
      finding('typo', 'warning', 'open'),
      finding('ambiguous-responses', 'error', 'resolved', 'D2'),
    ],
    stale: [],
    files: ['100_x.txt'],
  };
  const sarif = toSarif(report, (file) => `spec/crs/${file}`) as any;
  const [run] = sarif.runs;

  it('maps severities to SARIF levels, each rule to its index in the driver rules', () => {
    expect(run.tool.driver.rules.map((r: any) => [r.id, r.defaultConfiguration.level])).toEqual(
      RULES.map((r) => [r.id, r.severity === 'info' ? 'note' : r.severity]),
    );
    expect(run.tool.driver.rules.find((r: any) => r.id === 'section-joined').defaultConfiguration.level).toBe('note');
    expect(run.results.map((r: any) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level])).toEqual([
      ['type-conflict', 'type-conflict', 'error'],
      ['typo', 'typo', 'warning'],
      ['ambiguous-responses', 'ambiguous-responses', 'note'],
    ]);
  });

  it('locates each result by the path given and keeps the finding key as fingerprint', () => {
    expect(run.results[0].locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'spec/crs/100_x.txt' }, region: { startLine: 3, startColumn: 7 } },
      },
    ]);
    expect(run.results[0].partialFingerprints).toEqual({ omaspecKey: 'type-conflict:100_x:k' });
  });

  it('suppresses a resolved finding, naming the decision', () => {
    expect(run.results[2].suppressions).toEqual([{ kind: 'external', justification: 'decision D2' }]);
    expect(run.results[2].message.text).toBe('ambiguous-responses here (resolved by decision D2)');
    expect(run.results[0]).not.toHaveProperty('suppressions');
  });
});
