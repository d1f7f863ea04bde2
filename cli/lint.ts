import path from 'node:path';
import { lint, type LintedFinding, type LintReport } from '../ingest/lint/lint.ts';
import { toSarif } from '../ingest/lint/sarif.ts';
import { RULE_TABLE } from '../ingest/rules.ts';
import type { TraceLine } from '../ingest/trace.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec lint [options] [cr-files…]

Reports every defect of the CRs of the manifest (and of any CR files given that are not in it yet) as
  file:line:col severity rule-id message
each marked resolved when a decision in spec/decisions.yaml resolves it. With files, only their
findings are shown. Exit 1 when open errors remain, 0 otherwise, 2 on usage errors.

Options:
  --spec DIR           the spec directory (default: spec)
  --format F           text (default), json or sarif (SARIF 2.1.0)
  --json               same as --format json
  --open               show open findings only
  --trace CR           print every line of CR's change proposal with what became of it:
                       used (by which message or property), boilerplate, or the findings reporting it
  --rules              list the rules: id, severity, stage (read: found while reading the CRs;
                       lint: checked over what was read) and one-line explanation; with --json as JSON
  -h, --help           this help`;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'report the defects of the CRs with file:line:col, rule id and severity',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      open: { type: 'boolean' },
      rules: { type: 'boolean' },
      trace: { type: 'string' },
    });
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (!['text', 'json', 'sarif'].includes(format))
      throw new UsageError(`unknown format '${format}' (text, json or sarif)`);
    if (values.rules) {
      if (format === 'json') process.stdout.write(`${JSON.stringify(RULE_TABLE, null, 2)}\n`);
      else
        for (const r of RULE_TABLE)
          process.stdout.write(`${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.stage.padEnd(5)} ${r.summary}\n`);
      return EXIT_OK;
    }
    const specDir = values.spec ?? 'spec';
    const report = await lint(specDir, positionals);
    if (values.trace !== undefined) return printTrace(report, values.trace, format === 'json');
    const wanted = new Set(positionals.map((p) => path.basename(p)));
    const shown: LintReport = {
      ...report,
      findings: report.findings.filter(
        (f) => (!wanted.size || wanted.has(f.loc.file)) && (!values.open || f.status === 'open'),
      ),
    };
    const pathOf = (file: string) =>
      positionals.find((p) => path.basename(p) === file) ??
      path.join(specDir, file.includes('/') ? file : path.join('crs', file));
    if (format === 'json')
      process.stdout.write(
        `${JSON.stringify({ findings: shown.findings.map((f) => ({ ...f, file: pathOf(f.loc.file) })), stale: shown.stale }, null, 2)}\n`,
      );
    else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(shown, pathOf), null, 2)}\n`);
    else printText(shown, pathOf);
    return shown.findings.some((f) => f.status === 'open' && f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

/**
 * Findings of one rule with the same message in one file (the terminology rule finds every use of a term),
 * as one group: printed once at the first place, with how many places and their lines.
 */
export function groupRepeated(findings: LintedFinding[]): { first: LintedFinding; lines: number[] }[] {
  const groups = new Map<string, { first: LintedFinding; lines: number[] }>();
  for (const f of findings) {
    const key = JSON.stringify([f.loc.file, f.rule, f.severity, f.message, f.status, f.decision]);
    const group = groups.get(key);
    if (group) group.lines.push(f.loc.line);
    else groups.set(key, { first: f, lines: [f.loc.line] });
  }
  return [...groups.values()];
}

function printText(report: LintReport, pathOf: (file: string) => string): void {
  const out = process.stdout;
  const colour = { error: 31, warning: 33, info: 36 } as const;
  for (const { first: f, lines } of groupRepeated(report.findings)) {
    const status = f.status === 'resolved' ? paint(out, 32, ` [resolved by ${f.decision}]`) : '';
    const places = lines.length > 1 ? ` [${lines.length} places, lines ${[...new Set(lines)].join(', ')}]` : '';
    out.write(
      `${pathOf(f.loc.file)}:${f.loc.line}:${f.loc.col} ${paint(out, colour[f.severity], f.severity)} ${f.rule} ${f.message}${places}${status}\n`,
    );
  }
  for (const s of report.stale)
    out.write(
      `spec/decisions.yaml${s.loc ? `:${s.loc.line}:${s.loc.col}` : ':'} ${paint(out, 33, 'warning')} stale-decision decision ${s.decision} resolves findings that no longer exist: ${s.keys.join(', ')}\n`,
    );
  const open = report.findings.filter((f) => f.status === 'open');
  const errors = open.filter((f) => f.severity === 'error').length;
  const notes = open.filter((f) => f.severity === 'info').length;
  out.write(
    `${report.findings.length} findings: ${open.length} open (${errors} errors, ${open.length - errors - notes} warnings${notes ? `, ${notes} notes` : ''}), ${report.findings.length - open.length} resolved${report.stale.length ? `, ${report.stale.length} stale decisions` : ''}\n`,
  );
}

function printTrace(report: LintReport, cr: string, json: boolean): number {
  const name = path.basename(cr);
  const traces: Map<string, TraceLine[]> = report.traces ?? new Map();
  const lines = traces.get(name) ?? traces.get(`${name}.txt`);
  if (!lines)
    throw new UsageError(
      `--trace: ${cr} is not a CR of the manifest (${[...traces.keys()].join(', ')}); name a file to lint it too`,
    );
  if (json) process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
  else
    for (const l of lines)
      process.stdout.write(
        `${String(l.line).padStart(4)} ${l.kind.padEnd(11)} ${l.detail.padEnd(40).slice(0, 60)} | ${l.text}\n`,
      );
  return lines.some((l) => l.kind === 'unread') ? EXIT_FINDINGS : EXIT_OK;
}
