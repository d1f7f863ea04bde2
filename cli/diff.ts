import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareSpecs, type CompatFinding } from '../compat/compare.ts';
import { toMarkdown, toSarif, toText, type CompatReport } from '../compat/report.ts';
import { COMPAT_RULES, type CompatLevel } from '../compat/rules.ts';
import { snapshotFromFolder, snapshotFromRevision, snapshotWithCr, type SpecSnapshot } from '../compat/snapshot.ts';
import { readDecisions } from '../ingest/decisions.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec diff [BEFORE [AFTER]] [options]
       omaspec diff --cr NEW-CR.txt [options]

Compares two specs message by message and judges every change for both mixed deployments: an old
sender talking to a new receiver, and a new sender talking to an old receiver (using the spec's
additional-properties position for the object holding the change).

BEFORE and AFTER are each a git revision of this repository (HEAD~3, a tag, a commit) or a folder
holding a spec (spec/ or spec/schemas/). Defaults: BEFORE HEAD, AFTER the spec folder as it is on disk.
With --cr, BEFORE is the spec folder and AFTER the spec that adding the CR would build (spec/ is not
touched). Breaking changes accepted by an accept-break action in decisions.yaml are shown as accepted.

Options:
  --spec DIR            the spec folder (default: spec)
  --cr FILE             compare the spec with the spec plus this CR, not yet added
  --format F            text (default), json, markdown (a CR's section 2, ready to paste) or sarif
  --json                same as --format json
  --fail-on LEVEL       exit 1 when an unaccepted finding is at least LEVEL: breaking or warning
  --rules               list the rule ids with their meaning
  -h, --help            this help

Exit codes: 0 no failing finding, 1 findings at --fail-on level or an unreadable side, 2 usage error.`;

const LEVELS: Record<string, CompatLevel[]> = { breaking: ['breaking'], warning: ['breaking', 'warning'] };

export const diffCommand: Command = {
  name: 'diff',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string' },
      cr: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      'fail-on': { type: 'string' },
      rules: { type: 'boolean' },
    });
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (!['text', 'json', 'markdown', 'sarif'].includes(format))
      throw new UsageError(`unknown format '${format}' (text, json, markdown or sarif)`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !LEVELS[failOn])
      throw new UsageError(`--fail-on takes breaking or warning, not '${failOn}'`);
    if (values.rules) {
      if (format === 'json') process.stdout.write(`${JSON.stringify(COMPAT_RULES, null, 2)}\n`);
      else for (const [id, text] of Object.entries(COMPAT_RULES)) process.stdout.write(`${id.padEnd(26)} ${text}\n`);
      return EXIT_OK;
    }
    const specDir = values.spec ?? 'spec';
    if (values.cr !== undefined && positionals.length)
      throw new UsageError('--cr compares the spec folder with the spec plus the CR; give no revisions with it');
    if (positionals.length > 2) throw new UsageError(`at most two sides, got ${positionals.length}`);
    if (values.cr !== undefined && !existsSync(values.cr)) throw new UsageError(`no such CR file: ${values.cr}`);
    const [before, after] = values.cr
      ? [await snapshotFromFolder(specDir), await snapshotWithCr(specDir, values.cr)]
      : [await side(positionals[0] ?? 'HEAD', specDir), await side(positionals[1], specDir)];
    const findings = await markAccepted(compareSpecs(before, after), specDir);
    const report: CompatReport = { before: before.label, after: after.label, findings };
    const crPath = (cr: string) => path.join(specDir, 'crs', cr);
    if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'markdown') process.stdout.write(toMarkdown(report));
    else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(report, crPath), null, 2)}\n`);
    else {
      const colour = { breaking: 31, warning: 33, info: 36 } as const;
      process.stdout.write(toText(report, (level, text) => paint(process.stdout, colour[level], text)));
    }
    const failing = failOn ? findings.filter((f) => !f.acceptedBy && LEVELS[failOn]!.includes(f.level)) : [];
    return failing.length ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** A folder when one exists by that name, else a git revision; undefined is the spec folder itself. */
export async function side(name: string | undefined, specDir: string): Promise<SpecSnapshot> {
  if (name === undefined) return snapshotFromFolder(specDir);
  if (existsSync(name) && statSync(name).isDirectory()) return snapshotFromFolder(name);
  const repo = path.dirname(path.resolve(specDir));
  return snapshotFromRevision(name, repo, path.relative(repo, path.resolve(specDir)));
}

export async function markAccepted(findings: CompatFinding[], specDir: string): Promise<CompatFinding[]> {
  const { decisions } = await readDecisions(path.join(specDir, 'decisions.yaml'));
  const accepted = new Map<string, string>();
  for (const d of decisions)
    for (const action of d.actions ?? []) if ('accept-break' in action) accepted.set(action['accept-break'].key, d.id);
  return findings.map((f) =>
    accepted.has(f.key) && f.level === 'breaking' ? { ...f, acceptedBy: accepted.get(f.key)! } : f,
  );
}
