/** SARIF 2.1.0 for CI code scanning: one run of one tool, its rule table as the driver's rules. */

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  summary: string;
  level?: SarifLevel;
}

export interface SarifResult {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** Where the finding is; a result without one is about the run as a whole. */
  location?: { uri: string; line: number; col?: number };
  /** A stable key across runs, under the tool's own fingerprint name. */
  fingerprint: { name: string; value: string };
  /** Why the finding is accepted or resolved (an external suppression), if it is. */
  suppressedBy?: string;
}

export function sarifLog(tool: string, rules: readonly SarifRule[], results: readonly SarifResult[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              ...(r.level ? { defaultConfiguration: { level: r.level } } : {}),
            })),
          },
        },
        results: results.map((r) => ({
          ruleId: r.ruleId,
          ruleIndex: rules.findIndex((rule) => rule.id === r.ruleId),
          level: r.level,
          message: { text: r.message },
          ...(r.location
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: r.location.uri },
                      region: {
                        startLine: r.location.line,
                        ...(r.location.col === undefined ? {} : { startColumn: r.location.col }),
                      },
                    },
                  },
                ],
              }
            : {}),
          partialFingerprints: { [r.fingerprint.name]: r.fingerprint.value },
          ...(r.suppressedBy ? { suppressions: [{ kind: 'external', justification: r.suppressedBy }] } : {}),
        })),
      },
    ],
  };
}
