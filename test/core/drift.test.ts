import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareTree,
  driftAdvice,
  formatDrifts,
  MAX_DIFF_LINES,
  repairCommands,
  type Drift,
  type DriftAttribution,
} from '../../core/drift.ts';
import { listTree, writeTree, type DerivedTree } from '../../core/tree.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function treeWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'omaspec-drift-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const handEdit = (): DriftAttribution => ({ cause: 'hand-edit' });

describe('compareTree', () => {
  it('reports missing, changed and extra files of the owned folders only, in that order per kind', async () => {
    const root = await treeWith({
      'schemas/a.json': 'a\nedited\n',
      'schemas/b.json': 'b\n',
      'schemas/leftover.json': '{}\n',
      'crs/written-by-people.txt': 'not owned\n',
    });
    const tree: DerivedTree = { root, folders: ['schemas', 'examples'] };
    const expected = new Map([
      ['schemas/a.json', 'a\nas built\n'],
      ['schemas/b.json', 'b\n'],
      ['examples/x.json', '{}\n'],
    ]);
    const drifts = await compareTree('spec build', tree, expected, handEdit);
    expect(drifts.map((d) => [path.relative(root, d.file), d.change, d.stage, d.cause])).toEqual([
      ['examples/x.json', 'missing', 'spec build', 'hand-edit'],
      ['schemas/a.json', 'changed', 'spec build', 'hand-edit'],
      ['schemas/leftover.json', 'extra', 'spec build', 'hand-edit'],
    ]);
    expect(drifts[1]!.diff).toEqual([
      `--- ${root}/schemas/a.json (what \`omaspec spec build\` writes)`,
      `+++ ${root}/schemas/a.json (on disk)`,
      '@@ -1,2 +1,2 @@',
      ' a',
      '-as built',
      '+edited',
    ]);
  });

  it('asks for an attribution per drifted file and uses it in the advice', async () => {
    const root = await treeWith({ 'x.ts': 'one\n', 'y.ts': 'same\n' });
    const asked: string[] = [];
    const drifts = await compareTree(
      'generate',
      { root },
      new Map([
        ['x.ts', 'two\n'],
        ['y.ts', 'same\n'],
      ]),
      (file) => (asked.push(file), { cause: 'stale', reason: `${file} is old` }),
    );
    expect(asked).toEqual(['x.ts']);
    expect(drifts[0]!.advice).toBe('stale output of `generate` (x.ts is old); run `omaspec generate` to update it');
  });

  it('bounds the diff of a huge change and says how much is left out', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${i}\n`);
    const root = await treeWith({ 'big.txt': lines.join('') });
    const [drift] = await compareTree(
      'generate',
      { root },
      new Map([['big.txt', lines.map((l) => `x${l}`).join('')]]),
      handEdit,
    );
    expect(drift!.diff).toHaveLength(MAX_DIFF_LINES + 2);
    expect(drift!.diffOmitted).toBe(1 + 800 - MAX_DIFF_LINES);
    expect(formatDrifts([drift!])).toContain(`… ${drift!.diffOmitted} more diff line(s) not shown`);
  });
});

describe('driftAdvice', () => {
  it('calls a hand edit of spec build output a hand edit and names spec build, not generate', () => {
    const advice = driftAdvice('spec build', 'changed', { cause: 'hand-edit' });
    expect(advice).toBe('hand edit of a file `spec build` writes; run `omaspec spec build` to discard it');
  });

  it('says what running the command does for each kind of change', () => {
    expect(driftAdvice('generate', 'missing', { cause: 'hand-edit' })).toMatch(/to restore it$/);
    expect(driftAdvice('generate', 'extra', { cause: 'hand-edit-or-stale' })).toMatch(
      /^a file `generate` no longer writes; run `omaspec generate` to delete it$/,
    );
  });
});

describe('repairCommands', () => {
  const drift = (stage: Drift['stage']) => ({ stage }) as Drift;
  it('runs the drifted stages, in pipeline order', () => {
    expect(repairCommands([])).toEqual([]);
    expect(repairCommands([drift('generate')])).toEqual(['omaspec generate']);
    expect(repairCommands([drift('generate')], { generate: ['--out', 'my out', '--runtime-dir', '../rt'] })).toEqual([
      `omaspec generate --out 'my out' --runtime-dir ../rt`,
    ]);
    expect(repairCommands([drift('spec build')])).toEqual(['omaspec spec build']);
    expect(repairCommands([drift('generate'), drift('spec build')])).toEqual([
      'omaspec spec build',
      'omaspec generate',
    ]);
  });
});

describe('writeTree', () => {
  it('writes what differs, keeps what is equal, removes owned files no longer written, leaves the rest', async () => {
    const root = await treeWith({
      'schemas/same.json': 'same\n',
      'schemas/old.json': 'old\n',
      'schemas/stale.json': 'stale\n',
      'crs/cr.txt': 'by people\n',
    });
    const tree: DerivedTree = { root, folders: ['schemas', 'examples'] };
    const files = new Map([
      ['schemas/same.json', 'same\n'],
      ['schemas/old.json', 'new\n'],
      ['examples/e.json', '{}\n'],
    ]);
    expect(await writeTree(tree, files)).toEqual({
      written: ['schemas/old.json', 'examples/e.json'],
      unchanged: ['schemas/same.json'],
      removed: ['schemas/stale.json'],
    });
    expect(await compareTree('spec build', tree, files, handEdit)).toEqual([]);
    expect(await readFile(path.join(root, 'crs/cr.txt'), 'utf8')).toBe('by people\n');
    expect(await listTree({ root })).toEqual([
      'crs/cr.txt',
      'examples/e.json',
      'schemas/old.json',
      'schemas/same.json',
    ]);
  });
});
