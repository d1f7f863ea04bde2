import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../../ingest/lint/lint.ts';
import { REGISTRY } from '../../../ingest/lint/rules/index.ts';
import { RULES, finding, ruleInfo } from '../../../ingest/rules.ts';
import { locate, removeSpecDirs, writePublishedSpecDir, type SpecFixture } from '../fixtures.ts';
import { CR_FILE, FIXED_READER_BUGS, RULE_CASES, type RuleCase } from './rule-cases.ts';

afterAll(removeSpecDirs);

const moduleUrl = (m: string) => new URL(`../../../${m}`, import.meta.url);
const findingsOf = async (fixture: SpecFixture, rule: string) =>
  (await lint(await writePublishedSpecDir(fixture))).findings.filter((f) => f.rule === rule);

function expectedLoc(c: Pick<RuleCase, 'fires' | 'at'>) {
  const file = c.at.file ?? CR_FILE;
  const text = c.fires.crs[file] ?? c.fires.extensions?.[file.replace(/^extensions\//, '')];
  if (text === undefined) throw new Error(`case names no file ${file}`);
  return { file, ...locate(text, c.at.needle, c.at.occurrence) };
}

describe('lint rule table', () => {
  it('has a firing and a quiet case for every rule of RULES, and none for rules it lacks', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('gives every rule a unique id, a severity and a one-line summary', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.summary).toMatch(/^\S.*\.$/);
      expect(r.summary).not.toContain('\n');
    }
  });

  it('is derived from the rule modules: one row per module, in registry order', () => {
    expect(RULES).toEqual(REGISTRY.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary })));
    for (const r of REGISTRY) expect(ruleInfo(r.id)).toEqual({ id: r.id, severity: r.severity, summary: r.summary });
    expect(ruleInfo('no-such-rule')).toBeUndefined();
  });

  it('gives a check to exactly the lint-stage rules, and says where each read-stage rule is produced', () => {
    for (const r of REGISTRY) {
      expect(typeof (r as { check?: unknown }).check, r.id).toBe(r.stage === 'lint' ? 'function' : 'undefined');
      if (r.stage === 'read') expect(r.producedBy, r.id).toMatch(/\S/);
    }
  });

  it('names, for each read-stage rule with cases, a module that does emit it', () => {
    for (const r of REGISTRY) {
      if (r.stage !== 'read') continue;
      const modules = [...r.producedBy.matchAll(/ingest\/[\w/.-]+\.ts/g)].map((m) => m[0]);
      expect(modules.length, `${r.id}: producedBy names no module`).toBeGreaterThan(0);
      const sources = modules.filter((m) => existsSync(moduleUrl(m))).map((m) => readFileSync(moduleUrl(m), 'utf8'));
      expect(
        sources.some((text) => text.includes(`'${r.id}'`)),
        `${r.id}: none of ${modules.join(', ')} names it; update its producedBy`,
      ).toBe(true);
    }
  });

  for (const r of REGISTRY.filter((x) => x.stage === 'read')) {
    it(`names in producedBy of ${r.id} only modules that exist`, () => {
      const modules = [...(r.producedBy ?? '').matchAll(/ingest\/[\w/.-]+\.ts/g)].map((m) => m[0]);
      expect(
        modules.filter((m) => !existsSync(moduleUrl(m))),
        r.id,
      ).toEqual([]);
    });
  }

  it('builds a finding with the severity of its rule module and a key of rule, file and subject', () => {
    const f = finding('typo', { file: 'crs/100_case.txt', line: 3, col: 4 }, 'a message', 'L3:x');
    expect(f).toEqual({
      rule: 'typo',
      severity: 'warning',
      message: 'a message',
      loc: { file: 'crs/100_case.txt', line: 3, col: 4 },
      key: 'typo:100_case:L3:x',
    });
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('lint rule %s', (id, rule) => {
  const c = RULE_CASES[id as keyof typeof RULE_CASES];

  it('fires at the file:line:col of the defect, with the rule severity, open', async () => {
    expect(c, `no case for rule ${id}`).toBeDefined();
    const found = await findingsOf(c.fires, id);
    expect(found.map((f) => f.loc)).toContainEqual(expectedLoc(c));
    for (const f of found) {
      expect(f.severity).toBe(rule.severity);
      expect(f.status).toBe('open');
      expect(f.key.startsWith(`${id}:`)).toBe(true);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('does not fire on the corrected spec', async () => {
    expect(c, `no case for rule ${id}`).toBeDefined();
    expect(await findingsOf(c.quiet, id)).toEqual([]);
  });
});

describe.each(FIXED_READER_BUGS.map((b) => [b.rule, b] as const))(
  'lint rule %s, on a case the reader once missed',
  (id, bug) => {
    it(`fires at the file:line:col of the defect (regression: ${bug.bug})`, async () => {
      const found = await findingsOf(bug.fires, id);
      expect(found.map((f) => f.loc)).toContainEqual(expectedLoc(bug));
    });
  },
);
