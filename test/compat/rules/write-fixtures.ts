/**
 * Writes test/compat/rules/<rule>/{previous,current}/ and expected.json from cases.ts (run with
 * `npx tsx test/compat/rules/write-fixtures.ts`). Refuses to write a case whose comparison does not report exactly
 * its rule with the deployments the case says it breaks: the expectations record a judgement made in cases.ts,
 * not whatever the code happens to print.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { compareSpecs } from '../../../compat/compare.ts';
import { verdict } from '../../../compat/report.ts';
import type { SpecSnapshot } from '../../../compat/snapshot.ts';
import { RULE_CASES, sideFiles, type MessageShape } from './cases.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const style = await prettier.resolveConfig(HERE);
/** Written as the repository's formatter would leave it, so `prettier --check` holds. */
const json = async (value: unknown) => prettier.format(JSON.stringify(value), { ...style, parser: 'json' });

function snapshot(label: string, message: MessageShape | undefined): SpecSnapshot {
  const files = sideFiles(message);
  const schemas = new Map([...files].filter(([k]) => k !== 'index.json')) as SpecSnapshot['schemas'];
  return { label, index: files.get('index.json') as SpecSnapshot['index'], schemas };
}

for (const c of RULE_CASES) {
  const findings = compareSpecs(snapshot('previous', c.previous), snapshot('current', c.current));
  const rules = findings.map((f) => f.rule);
  if (rules.join() !== c.rule || JSON.stringify(findings[0]!.breaks) !== JSON.stringify(c.breaks))
    throw new Error(
      `${c.rule} (${c.what}): compareSpecs says ${JSON.stringify(findings.map((f) => [f.rule, f.breaks]))}`,
    );
  const dir = path.join(HERE, c.rule);
  rmSync(dir, { recursive: true, force: true });
  for (const [side, message] of [
    ['previous', c.previous],
    ['current', c.current],
  ] as const)
    for (const [rel, value] of sideFiles(message)) {
      const file = path.join(dir, side, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, await json(value));
    }
  const expected = { what: c.what, findings: findings.map((f) => ({ ...f, verdict: verdict(f) })) };
  writeFileSync(path.join(dir, 'expected.json'), await json(expected));
}
process.stdout.write(`wrote ${RULE_CASES.length} rule fixtures under ${path.relative(process.cwd(), HERE)}\n`);
