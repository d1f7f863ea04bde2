/**
 * The generator stage's drift check: what `generate` would write from spec/schemas as it is on disk (the
 * committed spec, not a fresh build of the CRs: a drift of spec/schemas is the spec stage's to report), compared
 * with generated/. generated/ records no digest of the spec it was generated from, so a difference may be a hand
 * edit or output left stale by a change to spec/schemas (or to generator/); either way `generate` rewrites it.
 */
import { compareTree, type Drift, type DriftAttribution } from '../core/drift.ts';
import type { DerivedTree } from '../core/tree.ts';
import { generateFromSpec } from './generate.ts';

/** generated/ belongs to the generator as a whole; hand-written code lives elsewhere. */
export const generatedTree = (generatedDir: string): DerivedTree => ({ root: generatedDir });

export const generatedDriftAttribution = (): DriftAttribution => ({
  cause: 'hand-edit-or-stale',
  reason: 'a hand edit, or spec/schemas changed since the last `generate`',
});

/** What `omaspec generate` would change in `generatedDir`; empty when it is up to date. */
export async function checkGenerated(specDir: string, generatedDir: string): Promise<Drift[]> {
  return compareTree(
    'generate',
    generatedTree(generatedDir),
    await generateFromSpec(specDir),
    generatedDriftAttribution,
  );
}
