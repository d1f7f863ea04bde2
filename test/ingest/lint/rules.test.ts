import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../../ingest/lint/lint.ts';
import { RULES } from '../../../ingest/rules.ts';
import { locate, removeSpecDirs, writeSpecDir, type SpecFixture } from '../fixtures.ts';
import { CR_FILE, RULE_CASES, type RuleCase } from './rule-cases.ts';

afterAll(removeSpecDirs);

const findingsOf = async (fixture: SpecFixture, rule: string) => (await lint(writeSpecDir(fixture))).findings.filter((f) => f.rule === rule);

function expectedLoc(c: RuleCase) {
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
