/**
 * The spec's history by CR, from the diff engine: the spec is built from the first k CRs of the manifest for
 * every k, and each CR's step is the comparison of the builds before and after it. The extensions and the
 * decisions are steps of their own, after the CRs, ending at the published spec/schemas.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareSpecs, type CompatFinding } from '../compat/compare.ts';
import { snapshotFromBuild, type SpecSnapshot } from '../compat/snapshot.ts';
import { buildSpec } from '../ingest/build.ts';

export interface HistoryStep {
  /** `cr`: one CR of the manifest; `extensions`: the project's provisional extensions; `decisions`: decisions.yaml. */
  kind: 'cr' | 'extensions' | 'decisions';
  /** The CR file (basename), the extension files, or `decisions.yaml`. */
  label: string;
  findings: CompatFinding[];
}

/** What `spec build` writes: a prefix build starts without it. */
const DERIVED = new Set(['schemas', 'examples']);

interface Manifest {
  crs: string[];
  extensions?: string[];
  [key: string]: unknown;
}

/**
 * `published` is the spec as spec/schemas holds it. Decisions name messages of every CR, so the builds of a
 * prefix of the manifest are made without them (on both sides of each CR step); their effect is the last step.
 */
export async function specHistory(specDir: string, published: SpecSnapshot): Promise<HistoryStep[]> {
  const manifest = JSON.parse(await readFile(path.join(specDir, 'manifest.json'), 'utf8')) as Manifest;
  const extensions = manifest.extensions ?? [];
  const work = mkdtempSync(path.join(tmpdir(), 'omaspec-history-'));
  try {
    const build = async (crs: string[], withExtensions: boolean, label: string): Promise<SpecSnapshot> => {
      const dir = path.join(work, String(crs.length) + (withExtensions ? 'x' : ''));
      cpSync(specDir, dir, {
        recursive: true,
        filter: (p) => !DERIVED.has(path.relative(specDir, p).split(path.sep)[0]!),
      });
      const own = { ...manifest, crs, extensions: withExtensions ? extensions : [] };
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(own));
      writeFileSync(path.join(dir, 'decisions.yaml'), 'decisions: []\n');
      return snapshotFromBuild(label, (await buildSpec(dir)).files);
    };
    const snapshots = [await build([], false, 'no CR')];
    for (let k = 1; k <= manifest.crs.length; k++)
      snapshots.push(await build(manifest.crs.slice(0, k), false, path.basename(manifest.crs[k - 1]!)));
    const steps: HistoryStep[] = manifest.crs.map((cr, i) => ({
      kind: 'cr',
      label: path.basename(cr),
      findings: compareSpecs(snapshots[i]!, snapshots[i + 1]!),
    }));
    let last = snapshots.at(-1)!;
    if (extensions.length) {
      const extended = await build(manifest.crs, true, 'extensions');
      steps.push({ kind: 'extensions', label: extensions.join(', '), findings: compareSpecs(last, extended) });
      last = extended;
    }
    steps.push({ kind: 'decisions', label: 'decisions.yaml', findings: compareSpecs(last, published) });
    return steps;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
