/**
 * The generator stage's drift check: what `generate` would write, compared with generated/.
 *
 * While spec/schemas is what `spec build` writes, generated/ is compared with generation from spec/schemas on
 * disk. generated/ records no digest of the spec it was generated from, so a difference is a hand edit or output
 * left stale by a change to spec/schemas (or to generator/); either way `generate` rewrites it.
 *
 * When spec/schemas drifted (the spec stage reports that first), generated/ is compared with generation from a
 * fresh build, which is what `spec build` then `generate` give: a file that already matches needs nothing; a file
 * that matches generation from the drifted spec/schemas on disk follows from that drift (`generate` copied it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareTree, type Attribute, type Drift, type DriftAttribution } from '../core/drift.ts';
import { writeTree, type DerivedTree, type TreeFiles } from '../core/tree.ts';
import { generate, generateFromSpec, type GeneratedFiles, type GenerateOptions } from './generate.ts';
import { loadSpec } from './spec-loader.ts';

/** generated/ belongs to the generator as a whole; hand-written code lives elsewhere. */
export const generatedTree = (generatedDir: string): DerivedTree => ({ root: generatedDir });

export const generatedDriftAttribution = (): DriftAttribution => ({
  cause: 'hand-edit-or-stale',
  reason: 'a hand edit, or spec/schemas changed since the last `generate`',
});

/** Generation from spec files held in memory (relative to a spec dir: schemas/…), through a scratch directory. */
async function generateFromBuild(built: TreeFiles, options: GenerateOptions): Promise<GeneratedFiles> {
  const dir = await mkdtemp(path.join(tmpdir(), 'omaspec-rebuilt-'));
  try {
    const schemas = new Map([...built].filter(([file]) => file.startsWith('schemas/')));
    await writeTree({ root: dir, folders: ['schemas'] }, schemas);
    return await generate(await loadSpec(dir), options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface CheckGeneratedOptions extends GenerateOptions {
  /** What `spec build` writes, given when spec/schemas on disk differs from it. */
  rebuiltSpec?: TreeFiles | undefined;
}

/**
 * What `omaspec generate` (with the same `runtimeImport`) would change in `generatedDir`; empty when it is up
 * to date. An output that imports its runtime must hold no copy of it.
 */
export async function checkGenerated(
  specDir: string,
  generatedDir: string,
  { rebuiltSpec, ...options }: CheckGeneratedOptions = {},
): Promise<Drift[]> {
  const fromDisk = await generateFromSpec(specDir, options);
  const tree = generatedTree(generatedDir);
  if (!rebuiltSpec) return compareTree('generate', tree, fromDisk, generatedDriftAttribution);
  const schemas = `${specDir}/schemas`;
  const attribute: Attribute = (file, _change, onDisk) =>
    onDisk === fromDisk.get(file)
      ? { cause: 'follows', reason: `generated from ${schemas} as it is on disk`, after: 'spec build' }
      : { ...generatedDriftAttribution(), after: 'spec build' };
  return compareTree('generate', tree, await generateFromBuild(rebuiltSpec, options), attribute);
}
