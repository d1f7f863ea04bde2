import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDrifts, repairCommands, repairOptions, type Drift } from '../core/drift.ts';
import { checkGenerated } from '../generator/check.ts';
import { runtimeImportFrom } from '../generator/runtime-import.ts';
import { checkSpec } from '../ingest/check.ts';
import { MANIFEST_FILE } from '../ingest/manifest.ts';
import type { LintedFinding } from '../ingest/lint/lint.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';
import { reportError } from './errors.ts';
import { findingPath, formatOpenErrors, openLintErrors } from './open-errors.ts';

export interface CheckOptions {
  specDir: string;
  generatedDir: string;
  /** Where generated code imports the runtime from (`--runtime-dir`), when it holds no copy. */
  runtimeDir?: string | undefined;
}

/**
 * Every stage's drift, in pipeline order: spec/schemas and spec/examples against a fresh build of the CRs (only
 * where a manifest exists), then generated/ (against generation from that fresh build when spec/schemas drifted).
 */
async function driftOfAllStages({ specDir, generatedDir, runtimeDir }: CheckOptions): Promise<Drift[]> {
  const runtimeImport = runtimeDir === undefined ? undefined : await runtimeImportFrom(generatedDir, runtimeDir);
  const spec = existsSync(path.join(specDir, MANIFEST_FILE)) ? await checkSpec(specDir) : undefined;
  const rebuiltSpec = spec && spec.drifts.length > 0 ? spec.built : undefined;
  return [...(spec?.drifts ?? []), ...(await checkGenerated(specDir, generatedDir, { rebuiltSpec, runtimeImport }))];
}

/** When spec/schemas drifted, generated/ was compared with what the whole pipeline would write: say so. */
function followsNote(drifts: readonly Drift[], options: CheckOptions): string {
  if (!drifts.some((d) => d.stage === 'spec build')) return '';
  return `${options.generatedDir}/ follows from ${options.specDir}/schemas: it was compared with what \`omaspec spec build\` then \`omaspec generate\` write\n`;
}

const usage = `Usage: omaspec check [--spec <dir>] [--generated <dir>] [--runtime-dir <dir>] [--json]

Computes in memory what the stages would write and exits 1 when the files on disk differ (missing, extra or
changed), attributing each file to the command that writes it, with a unified diff from what that command
writes (-) to the file on disk (+):
  - spec/schemas and spec/examples (\`omaspec spec build\`, when <spec>/manifest.json exists), against a fresh
    build of the CRs: a hand edit when the CRs, extensions, decisions and manifest are those the committed
    index.json records (or the reader in ingest/ changed), stale output otherwise;
  - generated/ (\`omaspec generate\`), against generation from <spec>/schemas as it is on disk: a hand edit or
    stale output. When spec/schemas drifted, that is reported first and generated/ follows from it: generated/
    is compared with generation from the fresh build, and a file generated from the drifted spec/schemas is
    marked so (cause "follows"; run spec build, then generate).
Also exits 1 while lint errors of the CRs are open (not resolved by a decision in <spec>/decisions.yaml),
listing them. Nothing is written.

Options:
  --spec <dir>         spec directory (default: spec)
  --generated <dir>    generated code directory (default: generated)
  --runtime-dir <dir>  the runtime <generated> imports, as given to generate --runtime-dir: <generated> then
                       holds no copy of it in common/ (default: it holds the copy)
  --json               machine-readable list of drifts, the commands to run and open lint errors`;

export const checkCommand: Command = {
  name: 'check',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string', default: 'spec' },
      generated: { type: 'string', default: 'generated' },
      'runtime-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const options = { specDir: values.spec, generatedDir: values.generated, runtimeDir: values['runtime-dir'] };
    let drifts: Drift[];
    try {
      drifts = await driftOfAllStages(options);
    } catch (error) {
      return reportError(error, 'check', values.json);
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
    const run = repairCommands(drifts, repairOptions(options));
    if (values.json) {
      const openErrors = lintErrors.map((f) => ({ ...f, file: findingPath(values.spec, f.loc.file) }));
      process.stdout.write(JSON.stringify({ ok, drifts, run, openErrors }, null, 2) + '\n');
      return ok ? EXIT_OK : EXIT_FINDINGS;
    }
    if (drifts.length === 0) process.stdout.write(paint(process.stdout, 32, 'up to date') + '\n');
    else
      process.stdout.write(
        `${formatDrifts(drifts)}\n${followsNote(drifts, options)}${paint(process.stdout, 31, `${drifts.length} file(s) out of date`)}: run ${run.map((c) => `\`${c}\``).join(', then ')}\n`,
      );
    if (lintErrors.length) process.stdout.write(formatOpenErrors(values.spec, lintErrors));
    return ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
