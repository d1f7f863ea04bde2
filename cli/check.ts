import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDrifts, generatedChecker, type Drift, type DriftChecker } from '../generator/check.ts';
import { checkSpec } from '../ingest/check.ts';
import { MANIFEST_FILE } from '../ingest/manifest.ts';
import type { LintedFinding } from '../ingest/lint/lint.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';
import { reportError } from './errors.ts';
import { findingPath, formatOpenErrors, openLintErrors } from './open-errors.ts';

export interface CheckOptions {
  specDir: string;
  generatedDir: string;
}

/** spec/schemas and spec/examples against what `omaspec spec build` would write (only where a manifest exists). */
function specChecker(options: CheckOptions): DriftChecker | undefined {
  if (!existsSync(path.join(options.specDir, MANIFEST_FILE))) return undefined;
  return {
    stage: 'spec build',
    check: async () =>
      (await checkSpec(options.specDir)).map((drift) => ({
        stage: 'spec build',
        detail:
          drift.line === undefined
            ? []
            : [`@@ line ${drift.line} @@`, `- ${drift.expected ?? ''}`, `+ ${drift.actual ?? ''}`],
        ...drift,
      })),
  };
}

/** The drift checks `omaspec check` runs, in pipeline order. Another stage adds its factory here. */
export const checkerFactories: ((options: CheckOptions) => DriftChecker | undefined)[] = [
  specChecker,
  (options) => generatedChecker(options.specDir, options.generatedDir),
];

const usage = `Usage: omaspec check [--spec <dir>] [--generated <dir>] [--json]

Computes in memory what the stages would write — spec/schemas and spec/examples (\`omaspec spec build\`, when
<spec>/manifest.json exists) and generated/ (\`omaspec generate\`) — and exits 1 when the files on disk differ
(missing, extra or changed), showing the first differing lines of each file. Also exits 1 while lint errors
of the CRs are open (not resolved by a decision in <spec>/decisions.yaml), listing them. Nothing is written.

Options:
  --spec <dir>       spec directory (default: spec)
  --generated <dir>  generated code directory (default: generated)
  --json             machine-readable list of drifts and open lint errors`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'fail when generated files are not what the spec produces',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string', default: 'spec' },
      generated: { type: 'string', default: 'generated' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const drifts: Drift[] = [];
    for (const factory of checkerFactories) {
      const checker = factory({ specDir: values.spec, generatedDir: values.generated });
      if (!checker) continue;
      try {
        drifts.push(...(await checker.check()));
      } catch (error) {
        return reportError(error, 'check', values.json);
      }
    }
    let lintErrors: LintedFinding[] = [];
    if (existsSync(path.join(values.spec, MANIFEST_FILE))) {
      try {
        lintErrors = await openLintErrors(values.spec);
      } catch (error) {
        return reportError(error, 'check', values.json);
      }
    }
    const ok = drifts.length === 0 && lintErrors.length === 0;
    if (values.json) {
      const openErrors = lintErrors.map((f) => ({ ...f, file: findingPath(values.spec, f.loc.file) }));
      process.stdout.write(JSON.stringify({ ok, drifts, openErrors }, null, 2) + '\n');
      return ok ? EXIT_OK : EXIT_FINDINGS;
    }
    if (drifts.length === 0) process.stdout.write(paint(process.stdout, 32, 'up to date') + '\n');
    else
      process.stdout.write(
        `${formatDrifts(drifts)}\n${paint(process.stdout, 31, `${drifts.length} file(s) out of date`)}: run \`npx omaspec generate\`\n`,
      );
    if (lintErrors.length) process.stdout.write(formatOpenErrors(values.spec, lintErrors));
    return ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
