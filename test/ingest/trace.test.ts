/**
 * Nothing silent: every line of every CR's change proposal — the spec's own CRs, the corpus fixtures and the
 * CRs of test/fixtures/new-crs — is used (and says by what), boilerplate, or reported by a finding at that line.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, type LintReport } from '../../ingest/lint/lint.ts';
import type { TraceLine } from '../../ingest/trace.ts';
import { REPO_ROOT, SEED_DIR, SPEC_DIR, removeSpecDirs, writeSpecDir } from './fixtures.ts';

afterAll(removeSpecDirs);

const CORPUS = path.join(REPO_ROOT, 'test/ingest/corpus');
const NEW_CRS = path.join(REPO_ROOT, 'test/fixtures/new-crs');
const fixtureCrs = [
  ...readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(CORPUS, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(CORPUS, d.name, f)),
    ),
  ...readdirSync(NEW_CRS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(NEW_CRS, f)),
];

/** Lint the seed spec with one more CR, named uniquely (corpus fixtures are all called cr.txt). */
async function traceOf(file: string) {
  const name = `${path.basename(path.dirname(file))}_${path.basename(file)}`;
  const dir = writeSpecDir({ crs: {} });
  const copy = path.join(dir, name);
  writeFileSync(copy, readFileSync(file, 'utf8'));
  const report = await lint(SEED_DIR, [copy]);
  return { report, lines: report.traces!.get(name)!, name };
}

function unaccounted(report: LintReport, file: string, lines: TraceLine[]) {
  const reported = new Set(report.findings.filter((f) => f.loc.file === file).map((f) => f.loc.line));
  return lines
    .filter((l) => !['used', 'boilerplate', 'finding'].includes(l.kind) && !reported.has(l.line))
    .map((l) => `${file}:${l.line} ${l.kind}: ${l.text}`);
}

describe('lint --trace accounts for every line', () => {
  it('of the spec’s own CRs', async () => {
    const report = await lint(SPEC_DIR);
    for (const [file, lines] of report.traces!) {
      expect(lines.length, file).toBeGreaterThan(0);
      // An unread line (a requirement no schema states, say) is accounted for by its unread-line warning; which
      // lines of today's CRs are read in full is the corpus fixtures' business, so a new CR leaves this green.
      expect(unaccounted(report, file, lines)).toEqual([]);
      expect(
        lines.every((l) => l.detail.length > 0),
        file,
      ).toBe(true);
    }
  });

  it.each(fixtureCrs.map((f) => [path.relative(REPO_ROOT, f), f]))('of %s', async (_rel, file) => {
    const { report, lines, name } = await traceOf(file);
    const lineNumbers = lines.map((l) => l.line);
    expect(new Set(lineNumbers).size, 'each line once').toBe(lineNumbers.length);
    expect(lineNumbers.at(-1)).toBe(report.traces!.get(name)!.at(-1)!.line);
    expect(unaccounted(report, name, lines)).toEqual([]);
  });
});

describe('lint --trace', () => {
  it('names the message and parameter a line became', async () => {
    const { lines } = await traceOf(path.join(NEW_CRS, 'S1_app_suspend_resume.txt'));
    const until = lines.find((l) => l.text.includes('“until” (O)'))!;
    expect(until).toMatchObject({ kind: 'used', detail: 'parameter "until"' });
    const heading = lines.find((l) => l.text === '10.1.10')!;
    expect(heading.kind).toBe('boilerplate');
  });

  it('reports a line naming a parameter that the reader cannot place as unread-line, at that line', async () => {
    const cr = [
      '6 Detailed Change Proposal',
      '10.1.12 Client Application Ping',
      'The AOI Client issues a Client Application Ping request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:',
      '· “method” member set to “clientAppPingReq”',
      '· “params” member including the following parameters:',
      '  o “clientID” (M): string',
      'Whenever “clientID” is stale the AOI Client SHALL wait.',
    ].join('\n');
    const dir = writeSpecDir({ crs: {} });
    const file = path.join(dir, '950_ping.txt');
    writeFileSync(file, cr);
    const report = await lint(SEED_DIR, [file]);
    const line = report.traces!.get('950_ping.txt')!.find((l) => l.line === 7)!;
    expect(line.kind).toBe('unread');
    expect(
      report.findings
        .filter((f) => f.rule === 'unread-line' && f.loc.file === '950_ping.txt')
        .map((f) => [f.loc.line, f.severity]),
    ).toEqual([[7, 'warning']]);
  });
});
