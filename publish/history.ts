/**
 * The spec's history by CR, from the diff engine: the spec is built from the first k CRs of the manifest for
 * every k, and each CR's step is the comparison of the builds before and after it. The extensions and the
 * decisions are steps of their own, after the CRs, ending at the published spec/schemas.
 */
import path from 'node:path';
import { compareSpecs, type CompatFinding } from '../compat/compare.ts';
import { snapshotFromBuild, type SpecSnapshot } from '../compat/snapshot.ts';
import { buildSpec } from '../ingest/build.ts';
import { readManifest } from '../ingest/manifest.ts';

export interface HistoryStep {
  /** `cr`: one CR of the manifest; `extensions`: the project's provisional extensions; `decisions`: decisions.yaml. */
  kind: 'cr' | 'extensions' | 'decisions';
  /** The CR file (basename), the extension files, or `decisions.yaml`. */
  label: string;
  findings: CompatFinding[];
}

/**
 * `published` is the spec as spec/schemas holds it. Decisions name messages of every CR, so the builds of a
 * prefix of the manifest are made without them (on both sides of each CR step); their effect is the last step.
 */
export async function specHistory(specDir: string, published: SpecSnapshot): Promise<HistoryStep[]> {
  const manifest = await readManifest(specDir);
  const extensions = manifest.extensions ?? [];
  const build = async (crCount: number, withExtensions: boolean, label: string): Promise<SpecSnapshot> =>
    snapshotFromBuild(
      label,
      (await buildSpec(specDir, [], { crCount, extensions: withExtensions, decisions: false })).files,
    );
  const snapshots = [await build(0, false, 'no CR')];
  for (let k = 1; k <= manifest.crs.length; k++)
    snapshots.push(await build(k, false, path.basename(manifest.crs[k - 1]!)));
  const steps: HistoryStep[] = manifest.crs.map((cr, i) => ({
    kind: 'cr',
    label: path.basename(cr),
    findings: compareSpecs(snapshots[i]!, snapshots[i + 1]!),
  }));
  let last = snapshots.at(-1)!;
  if (extensions.length) {
    const extended = await build(manifest.crs.length, true, 'extensions');
    steps.push({ kind: 'extensions', label: extensions.join(', '), findings: compareSpecs(last, extended) });
    last = extended;
  }
  steps.push({ kind: 'decisions', label: 'decisions.yaml', findings: compareSpecs(last, published) });
  return steps;
}
