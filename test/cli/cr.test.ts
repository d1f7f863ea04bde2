import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFromFolder } from '../../compat/snapshot.ts';
import { buildSpec } from '../../ingest/build.ts';
import { specPrefix, unsourced } from '../compat/draft/round-trip.ts';
import { REPO_ROOT } from '../ingest/fixtures.ts';
import { runCli } from './run.ts';

const SPEC = path.join(REPO_ROOT, 'spec');
const temps: string[] = [];

/** The seed spec up to its first `count` CRs, built into its own spec/schemas. */
async function builtPrefix(count: number): Promise<string> {
  const dir = specPrefix(SPEC, count);
  temps.push(dir);
  for (const [rel, text] of (await buildSpec(dir)).files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('omaspec cr draft (CLI)', () => {
  let previous: string;
  let current: string;
  beforeAll(async () => {
    [previous, current] = [await builtPrefix(4), await builtPrefix(5)];
  }, 60_000);
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

  it('writes a CR that spec add and spec build turn into the current schemas', async () => {
    const out = path.join(previous, 'drafted.txt');
    const run = await runCli('cr', 'draft', '--from', previous, '--spec', current, '--out', out);
    expect(run.stderr).toContain(`wrote ${out} (0 warnings)`);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\n6 Detailed Change Proposal\n\nChange 1:  Add Following Section\n7.2 ');
    expect((await runCli('spec', 'add', '--spec', previous, out)).code).toBe(0);
    await runCli('spec', 'build', '--spec', previous);
    const [rebuilt, wanted] = [await snapshotFromFolder(previous), await snapshotFromFolder(current)];
    expect(unsourced([...rebuilt.schemas])).toEqual(unsourced([...wanted.schemas]));
  });

  it('names what the house style cannot carry on stderr and exits 1; section 2 marks accepted breaks', async () => {
    const edited = path.join(current, 'schemas/aoi1/clientAppRegistrationReq.schema.json');
    const schema = JSON.parse(readFileSync(edited, 'utf8'));
    schema.properties.params.properties.clientID.pattern = '^aoi[0-9]+$';
    writeFileSync(edited, JSON.stringify(schema));
    writeFileSync(
      path.join(current, 'decisions.yaml'),
      [
        'decisions:',
        '  - id: D9-accepted',
        '    title: clientID gets a pattern',
        '    rationale: the working group accepts it',
        '    resolves: []',
        '    actions:',
        '      - accept-break: { key: "constraint-tightened:aoi1.clientAppRegistrationReq:params.clientID" }',
        '',
      ].join('\n'),
    );
    const run = await runCli('cr', 'draft', '--from', previous, '--spec', current);
    expect(run.stdout).toContain(
      'constraint tightened: "params.clientID": no pattern → pattern "^aoi[0-9]+$" (accepted: D9-accepted)',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^1 Reason for Change\n/);
    expect(run.stderr).toContain(
      'cr draft: warning: aoi1.clientAppRegistrationReq params.clientID: pattern cannot be stated in a parameter bullet',
    );
  });

  // Only while spec/schemas is as committed: a spec editor's uncommitted `spec build` is a change from HEAD.
  const committed =
    execFileSync('git', ['status', '--porcelain', '--', 'spec/schemas'], { cwd: REPO_ROOT }).length === 0;
  it.runIf(committed)(
    'reads --from as a git revision: the spec at HEAD against its own schemas drafts no change',
    async () => {
      const run = await runCli('cr', 'draft', '--from', 'HEAD', '--spec', path.join(REPO_ROOT, 'spec'));
      expect(run.stdout).toContain('None: the messages, their members and their constraints are unchanged.');
      expect(run.stdout).not.toContain('Change 1:');
      expect(run.code).toBe(0);
    },
  );

  it('exits 1 naming a --from revision git does not have', async () => {
    const bad = await runCli('cr', 'draft', '--from', 'no-such-revision-xyz', '--spec', path.join(REPO_ROOT, 'spec'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("cannot read spec/schemas/index.json at revision 'no-such-revision-xyz'");
  });

  it('refuses a command line without --from or with another action', async () => {
    expect((await runCli('cr', 'draft')).code).toBe(2);
    expect((await runCli('cr', 'write', '--from', 'HEAD')).code).toBe(2);
  });
});
