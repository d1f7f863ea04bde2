import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run.ts';

describe('the npm package', () => {
  it('ships the precompiled CLI in dist/ (a registry install builds nothing) and leaves tests and local data out', () => {
    const packed = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const files = (JSON.parse(packed) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/omaspec.js', 'dist/cli/main.js', 'dist/sources.json']));
    expect(files.filter((f) => /^(test|data|node_modules|\.ci)\//.test(f))).toEqual([]);
  });
});
