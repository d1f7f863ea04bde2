import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTree } from '../../core/drift.ts';
import { checkGenerated, generatedDriftAttribution, generatedTree } from '../../generator/check.ts';
import { generate, type GeneratedFiles } from '../../generator/generate.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { RUNTIME_FILES } from '../../generator/runtime-import.ts';
import { copyFixtureSpec, fixtureGenerated, fixtureOptions, fixtureSpec, runtimeDir, scratch } from './helpers.ts';
import { addDeregistration } from './spec-edits.ts';

async function copyOfGenerated(): Promise<string> {
  const dir = path.join(await scratch(), 'generated');
  await cp(fixtureGenerated, dir, { recursive: true });
  return dir;
}

const compare = (dir: string, files: GeneratedFiles) =>
  compareTree('generate', generatedTree(dir), files, generatedDriftAttribution);

describe('check of generated/', () => {
  let expected: GeneratedFiles;
  beforeAll(async () => {
    expected = await generate(await loadSpec(fixtureSpec), fixtureOptions);
  });

  it('finds no drift in an up-to-date directory', async () => {
    expect(await compare(fixtureGenerated, expected)).toEqual([]);
  });

  it('fails after a hand edit to any generated file, naming that file only, with the edit as its diff', async () => {
    const dir = await copyOfGenerated();
    for (const file of expected.keys()) {
      const target = path.join(dir, file);
      const original = await readFile(target, 'utf8');
      await appendFile(target, '// hand edit\n');
      const drifts = await compare(dir, expected);
      expect(
        drifts.map((d) => [d.file, d.change, d.stage]),
        file,
      ).toEqual([[path.join(dir, file), 'changed', 'generate']]);
      expect(
        drifts[0]!.diff.filter((line) => /^[-+][^-+]/.test(line)),
        file,
      ).toEqual(['+// hand edit']);
      await writeFile(target, original);
    }
  });

  it('reports missing and extra files, each naming generate as the command that repairs it', async () => {
    const dir = await copyOfGenerated();
    await rm(path.join(dir, 'aoi1/types.ts'));
    await writeFile(path.join(dir, 'aoi1/leftover.ts'), 'export {};\n');
    const drifts = await compare(dir, expected);
    expect(drifts.map((d) => [path.relative(dir, d.file), d.change])).toEqual([
      ['aoi1/types.ts', 'missing'],
      ['aoi1/leftover.ts', 'extra'],
    ]);
    expect(drifts.every((d) => d.advice.endsWith('run `omaspec generate` to write it') || d.change === 'extra')).toBe(
      true,
    );
    expect(drifts[1]!.advice).toMatch(/run `omaspec generate` to delete it$/);
  });

  it('expects the runtime copy in common/ only in an output that does not import the runtime', async () => {
    const runtimeCopy = [...RUNTIME_FILES].sort();
    const withoutImport = await checkGenerated(fixtureSpec, fixtureGenerated);
    expect(
      withoutImport
        .filter((d) => d.change === 'missing')
        .map((d) => path.relative(fixtureGenerated, d.file))
        .sort(),
    ).toEqual(runtimeCopy);
    const dir = await copyOfGenerated();
    await cp(runtimeDir, path.join(dir, 'common'), { recursive: true });
    const drifts = await compare(dir, expected);
    expect(drifts.map((d) => [path.relative(dir, d.file), d.change]).sort()).toEqual(
      runtimeCopy.map((file) => [file, 'extra']),
    );
  });

  it('detects a spec change that generated/ does not reflect yet', async () => {
    const spec = await copyFixtureSpec(await scratch());
    await addDeregistration(spec);
    const drifts = await checkGenerated(spec, fixtureGenerated, fixtureOptions);
    const changed = drifts.filter((d) => d.change === 'changed').map((d) => path.relative(fixtureGenerated, d.file));
    expect(changed).toEqual(
      expect.arrayContaining(['aoi1/types.ts', 'aoi1/handlers.ts', 'aoi1/dispatcher.ts', 'registry.ts']),
    );
    expect(changed).not.toContain('dm/types.ts');
    expect(drifts.every((d) => d.cause === 'hand-edit-or-stale')).toBe(true);
  });
});
