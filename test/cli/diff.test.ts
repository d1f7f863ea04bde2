import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompatReport } from '../../compat/report.ts';
import { REPO_ROOT } from '../ingest/fixtures.ts';
import { runCli } from './run.ts';
import { NEW_CRS_DIR as NEW_CRS, newCrFiles } from '../spec-evolution/project-copy.ts';

const runOmaspec = (args: string[]) => runCli(...args);

const SPEC = path.join(REPO_ROOT, 'spec');
const SAMPLES = newCrFiles();
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
    path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)),
  ))
    if (entry.isFile()) hash.update(entry.name).update(readFileSync(path.join(entry.parentPath, entry.name)));
  return hash.digest('hex');
}

async function diffJson(args: string[]): Promise<{ code: number; report: CompatReport }> {
  const run = await runOmaspec(['diff', ...args, '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as CompatReport };
}

describe('omaspec diff (CLI)', () => {
  it.each(SAMPLES)('classifies %s against the spec without touching spec/', async (sample) => {
    const before = treeHash(SPEC);
    const cr = path.join(NEW_CRS, sample);
    const { code, report } = await diffJson(['--cr', cr]);
    expect(code).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.key)).size).toBe(report.findings.length);
    for (const f of report.findings) {
      if (f.breaks.oldSender || f.breaks.oldReceiver) expect(f.level).toBe('breaking');
      else expect(['warning', 'info']).toContain(f.level);
      expect(f.sender).not.toBe(f.receiver);
    }
    const breaking = report.findings.some((f) => f.level === 'breaking');
    expect((await runOmaspec(['diff', '--cr', cr, '--fail-on', 'breaking'])).code).toBe(breaking ? 1 : 0);
    const markdown = await runOmaspec(['diff', '--cr', cr, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^## 2 Impact on Backward Compatibility\n\n/);
    expect(markdown.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Message'))).toHaveLength(
      report.findings.length,
    );
    expect(treeHash(SPEC)).toBe(before);
  });

  it('marks breaking changes accepted by an accept-break decision, and --fail-on then passes', async () => {
    const cr = path.join(NEW_CRS, SAMPLES.find((s) => s.startsWith('S1')) ?? SAMPLES[0]!);
    const { report } = await diffJson(['--cr', cr]);
    const breaking = report.findings.filter((f) => f.level === 'breaking');
    expect(breaking.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-diff-'));
    temps.push(dir);
    cpSync(SPEC, dir, { recursive: true });
    const accept = breaking.map((f) => `      - accept-break: { key: '${f.key}' }`).join('\n');
    const decisions = readFileSync(path.join(SPEC, 'decisions.yaml'), 'utf8');
    writeFileSync(
      path.join(dir, 'decisions.yaml'),
      `${decisions.trimEnd()}\n\n  - id: D-accept\n    title: the breaks are accepted\n    rationale: tested\n    resolves: []\n    actions:\n${accept}\n`,
    );
    const accepted = await diffJson(['--spec', dir, '--cr', cr]);
    expect(accepted.report.findings.filter((f) => f.acceptedBy === 'D-accept')).toHaveLength(breaking.length);
    expect((await runOmaspec(['diff', '--spec', dir, '--cr', cr, '--fail-on', 'breaking'])).code).toBe(0);
    const text = await runOmaspec(['diff', '--spec', dir, '--cr', cr]);
    expect(text.stdout).toContain('[accepted by D-accept]');
  });

  it('finds nothing between a revision and itself, and names a revision it cannot read', async () => {
    const same = await diffJson(['HEAD', 'HEAD']);
    expect(same).toMatchObject({ code: 0, report: { findings: [] } });
    const bad = await runOmaspec(['diff', 'no-such-revision-xyz', 'HEAD']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no-such-revision-xyz');
  });

  it('writes SARIF 2.1.0 with the rule table and a result per finding at its CR line', async () => {
    const cr = path.join(NEW_CRS, SAMPLES[0]!);
    const { report } = await diffJson(['--cr', cr]);
    const sarif = JSON.parse((await runOmaspec(['diff', '--cr', cr, '--format', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(report.findings.length);
    const ruleIds = new Set(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id));
    for (const r of sarif.runs[0].results) expect(ruleIds.has(r.ruleId)).toBe(true);
  });

  it('exits 2 on usage errors: unknown format, --cr with revisions, a missing CR, a bad --fail-on', async () => {
    for (const args of [
      ['--format', 'xml'],
      ['--cr', 'x.txt', 'HEAD'],
      ['--cr', path.join(REPO_ROOT, 'no-such-cr.txt')],
      ['--fail-on', 'sometimes'],
    ])
      expect((await runOmaspec(['diff', ...args])).code, args.join(' ')).toBe(2);
  });
});
