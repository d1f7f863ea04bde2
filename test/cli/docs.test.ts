import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run.ts';

const SPEC = path.join(REPO_ROOT, 'spec');

describe('omaspec docs', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'omaspec-docs-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the HTML site and the Markdown and says where', async () => {
    const out = path.join(work, 'site');
    const run = await runCli('docs', '--out', out, '--spec', SPEC);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join(out, 'index.html'));
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'markdown', 'index.md'))).toBe(true);
  }, 60_000);

  it('exits 2 without --out, or with an argument it does not take', async () => {
    for (const argv of [['docs'], ['docs', '--out', work, 'extra']]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('CLI_USAGE');
    }
  });

  it('exits 1 with PUBLISH_OUT_DIR for a non-empty directory it did not write, leaving it as it was', async () => {
    const dir = path.join(work, 'foreign');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const run = await runCli('docs', '--out', dir, '--spec', SPEC);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PUBLISH_OUT_DIR');
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  }, 60_000);
});
