/**
 * buf-style testdata: one folder per compatibility rule under test/compat/rules/, each a previous/ and current/
 * published spec and the findings (with sender/receiver verdicts) expected between them. The list of rules comes
 * from the rule table, so a rule added without a fixture pair fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../compat/compare.ts';
import { verdict } from '../../compat/report.ts';
import { COMPAT_RULES } from '../../compat/rules.ts';
import { snapshotFromFolder } from '../../compat/snapshot.ts';

const RULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rules');

describe('compatibility rule fixtures (test/compat/rules/<rule>/)', () => {
  it.each(Object.keys(COMPAT_RULES))(
    '%s: previous → current reports the expected findings and verdicts',
    async (rule) => {
      const dir = path.join(RULES_DIR, rule);
      expect(existsSync(path.join(dir, 'expected.json')), `no fixture pair for rule ${rule}`).toBe(true);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { findings: object[] };
      const before = await snapshotFromFolder(path.join(dir, 'previous'));
      const after = await snapshotFromFolder(path.join(dir, 'current'));
      const findings = compareSpecs(before, after).map((f) => ({ ...f, verdict: verdict(f) }));
      expect(findings).toEqual(expected.findings);
      expect(findings.map((f) => f.rule)).toContain(rule);
    },
  );
});
