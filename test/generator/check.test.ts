import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGenerated, compareWithDisk, firstDifference, formatDrifts } from '../../generator/check.ts';
import { generate, type GeneratedFiles } from '../../generator/generate.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { copyFixtureSpec, fixtureGenerated, fixtureSpec, scratch } from './helpers.ts';
import { addDeregistration } from './spec-edits.ts';

async function copyOfGenerated(): Promise<string> {
  const dir = path.join(await scratch(), 'generated');
  await cp(fixtureGenerated, dir, { recursive: true });
  return dir;
}

describe('check', () => {
  let expected: GeneratedFiles;
  beforeAll(async () => {
    expected = await generate(await loadSpec(fixtureSpec));
  });

  it('finds no drift in an up-to-date directory', async () => {
    expect(await compareWithDisk('generate', fixtureGenerated, expected)).toEqual([]);
  });

  it('fails after a hand edit to any generated file, naming that file only', async () => {
    const dir = await copyOfGenerated();
    for (const file of expected.keys()) {
      const target = path.join(dir, file);
      const original = await readFile(target, 'utf8');
      await appendFile(target, '// hand edit\n');
      const drifts = await compareWithDisk('generate', dir, expected);
      expect(
        drifts.map((d) => [d.file, d.change]),
        file,
      ).toEqual([[path.join(dir, file), 'changed']]);
      await writeFile(target, original);
    }
  });

  it('reports missing and extra files', async () => {
    const dir = await copyOfGenerated();
    await rm(path.join(dir, 'aoi1/types.ts'));
    await writeFile(path.join(dir, 'aoi1/leftover.ts'), 'export {};\n');
    const drifts = await compareWithDisk('generate', dir, expected);
    expect(drifts.map((d) => [path.relative(dir, d.file), d.change])).toEqual([
      ['aoi1/types.ts', 'missing'],
      ['aoi1/leftover.ts', 'extra'],
    ]);
  });

  it('detects a spec change that generated/ does not reflect yet', async () => {
    const spec = await copyFixtureSpec(await scratch());
    await addDeregistration(spec);
    const drifts = await checkGenerated(spec, fixtureGenerated);
    const changed = drifts.filter((d) => d.change === 'changed').map((d) => path.relative(fixtureGenerated, d.file));
    expect(changed).toEqual(
      expect.arrayContaining(['aoi1/types.ts', 'aoi1/handlers.ts', 'aoi1/dispatcher.ts', 'registry.ts']),
    );
    expect(changed).not.toContain('dm/types.ts');
  });

  it('shows the first differing line with context, expected (-) and on disk (+)', () => {
    const detail = firstDifference('a\nb\nc\nd\n', 'a\nb\nX\nd\n');
    expect(detail).toEqual(['@@ line 3 @@', '  a', '  b', '- c', '- d', '- ', '+ X', '+ d', '+ ']);
    expect(formatDrifts([{ stage: 'generate', file: 'generated/x.ts', change: 'changed', detail }])).toContain(
      "changed generated/x.ts (run the 'generate' stage)\n    @@ line 3 @@",
    );
  });
});
