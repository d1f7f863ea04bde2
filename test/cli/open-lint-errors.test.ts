import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locate, mistypedRegistration, removeSpecDirs, writeSpecDir } from '../ingest/fixtures.ts';
import { runCli } from './run.ts';

const empty: string[] = [];
afterAll(() => {
  removeSpecDirs();
  for (const dir of empty) rmSync(dir, { recursive: true, force: true });
});

const CR_FILE = '100_open.txt';
const TEXT = mistypedRegistration();
const where = locate(TEXT, '5465 }');
const errorLine = (dir: string) =>
  `${path.join(dir, 'crs', CR_FILE)}:${where.line}:${where.col} error example-type-mismatch `;
const decision = () => {
  const key = `example-type-mismatch:100_open:10.1.1@${locate(TEXT, '"deviceNumber": 5465').line}:/deviceNumber`;
  return `decisions:\n  - id: D1-device-number-string\n    title: deviceNumber is a string\n    rationale: The schema is normative.\n    resolves:\n      - ${key}\n`;
};

describe('omaspec spec build with open lint errors', () => {
  it('writes the files, prints each open error located, a summary, and exits 1', async () => {
    const dir = writeSpecDir({ crs: { [CR_FILE]: TEXT } });
    const run = await runCli('spec', 'build', '--spec', dir);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'schemas/index.json'))).toBe(true);
    expect(run.stderr).toContain(errorLine(dir));
    expect(run.stderr).toMatch(
      new RegExp(
        `^1 open error; record decisions in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/decisions.yaml \\(see omaspec lint\\)$`,
        'm',
      ),
    );
  });

  it('exits 0 once a decision resolves the error', async () => {
    const dir = writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: decision() });
    const run = await runCli('spec', 'build', '--spec', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('omaspec check with open lint errors', () => {
  it('fails (exit 1) and reports the open error even when no file has drifted', async () => {
    const dir = writeSpecDir({ crs: { [CR_FILE]: TEXT } });
    const generated = mkdtempSync(path.join(tmpdir(), 'omaspec-gen-'));
    empty.push(generated);
    expect((await runCli('spec', 'build', '--spec', dir)).code).toBe(1);
    // The request has no response: generate reports that (exit 1) but still writes generated/.
    await runCli('generate', '--spec', dir, '--out', generated, '--skip-stubs');
    const run = await runCli('check', '--spec', dir, '--generated', generated);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(errorLine(dir));
    expect(run.stdout).toMatch(/1 open error; record decisions in/);
    const json = await runCli('check', '--spec', dir, '--generated', generated, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      drifts: unknown[];
      openErrors: { rule: string; file: string }[];
    };
    expect(report).toMatchObject({ ok: false, drifts: [] });
    expect(report.openErrors).toEqual([
      expect.objectContaining({ rule: 'example-type-mismatch', file: path.join(dir, 'crs', CR_FILE) }),
    ]);
  });
});
