/** Open lint errors as `spec build` and `check` report them: a build with open errors is not done. */
import path from 'node:path';
import { lint, type LintedFinding } from '../ingest/lint/lint.ts';

export async function openLintErrors(specDir: string): Promise<LintedFinding[]> {
  const report = await lint(specDir);
  return report.findings.filter((f) => f.status === 'open' && f.severity === 'error');
}

/** The path of a finding's file as `omaspec lint` shows it. */
export function findingPath(specDir: string, file: string): string {
  return path.join(specDir, file.includes('/') ? file : path.join('crs', file));
}

/** `file:line:col error rule message`, one line per finding, then the summary line. */
export function formatOpenErrors(specDir: string, errors: LintedFinding[]): string {
  const lines = errors.map(
    (f) => `${findingPath(specDir, f.loc.file)}:${f.loc.line}:${f.loc.col} error ${f.rule} ${f.message}`,
  );
  lines.push(
    `${errors.length} open error${errors.length === 1 ? '' : 's'}; record decisions in ${specDir}/decisions.yaml (see omaspec lint)`,
  );
  return `${lines.join('\n')}\n`;
}
