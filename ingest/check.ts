/**
 * The spec stage's drift check: what `spec build` would write, compared with spec/schemas and spec/examples.
 * index.json records the inputs of the build that wrote it (the CRs with their sha256, the extensions, the
 * decisions, the interfaces of the manifest): when the current inputs are the same, a difference is a hand
 * edit of the output (or a change to the reader in ingest/); otherwise the output is stale.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareTree, type Drift, type DriftAttribution } from '../core/drift.ts';
import type { SpecIndex } from '../core/spec-format.ts';
import type { DerivedTree, TreeFiles } from '../core/tree.ts';
import { buildSpec } from './build.ts';
import { MANIFEST_FILE } from './manifest.ts';

export const INDEX_FILE = 'schemas/index.json';

/** The part of spec/ that `spec build` owns. */
export const specTree = (specDir: string): DerivedTree => ({ root: specDir, folders: ['schemas', 'examples'] });

type Inputs = Pick<SpecIndex, 'crs' | 'extensions' | 'decisions' | 'interfaces'>;

/** The inputs that differ between two builds' indexes, as paths under specDir. */
export function changedInputs(specDir: string, before: Inputs, now: Inputs): string[] {
  const shown = (file: string) => path.join(specDir, file).split(path.sep).join('/');
  const changed: string[] = [];
  const hashes = (list: { file: string; sha256: string }[]) => new Map(list.map((entry) => [entry.file, entry.sha256]));
  const compare = (was: { file: string; sha256: string }[], is: { file: string; sha256: string }[], dir: string) => {
    const [old, current] = [hashes(was), hashes(is)];
    for (const file of new Set([...old.keys(), ...current.keys()]))
      if (old.get(file) !== current.get(file)) changed.push(shown(path.join(dir, file)));
  };
  compare(before.crs ?? [], now.crs, 'crs');
  compare(before.extensions ?? [], now.extensions, '');
  compare(before.decisions ? [before.decisions] : [], [now.decisions], '');
  const order = (list: { file: string }[] | undefined) => JSON.stringify((list ?? []).map((entry) => entry.file));
  const manifestChanged =
    order(before.crs) !== order(now.crs) || JSON.stringify(before.interfaces) !== JSON.stringify(now.interfaces);
  if (manifestChanged) changed.push(shown(MANIFEST_FILE));
  return changed;
}

async function attribution(specDir: string, built: Inputs): Promise<DriftAttribution> {
  const indexPath = path.join(specDir, INDEX_FILE);
  let previous: Inputs;
  try {
    previous = JSON.parse(await readFile(indexPath, 'utf8')) as Inputs;
  } catch {
    return {
      cause: 'hand-edit-or-stale',
      reason: `${indexPath}, which records the inputs of the last build, is unreadable`,
    };
  }
  const changed = changedInputs(specDir, previous, built);
  if (changed.length === 0) return { cause: 'hand-edit' };
  const [first, ...rest] = changed;
  const more = rest.length ? ` and ${rest.length} more input(s)` : '';
  return { cause: 'stale', reason: `${first}${more} changed since the last build` };
}

export interface SpecCheck {
  drifts: Drift[];
  /** What `spec build` writes, relative to specDir: the spec the later stages follow from once it is built. */
  built: TreeFiles;
}

export async function checkSpec(specDir: string): Promise<SpecCheck> {
  const build = await buildSpec(specDir);
  const built = JSON.parse(build.files.get(INDEX_FILE)!) as Inputs;
  const cause = await attribution(specDir, built);
  return { drifts: await compareTree('spec build', specTree(specDir), build.files, () => cause), built: build.files };
}
