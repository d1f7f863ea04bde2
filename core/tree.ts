/**
 * A derived tree: the files one stage writes under a directory. `spec build` owns the folders `schemas/` and
 * `examples/` of spec/ (the rest of spec/ is written by people); `generate` owns the whole of generated/.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface DerivedTree {
  /** The directory the file paths are relative to. */
  root: string;
  /** The top-level folders of root the stage owns; absent: all of root. */
  folders?: readonly string[];
}

/** Relative POSIX path → content, as a stage produces it. */
export type TreeFiles = ReadonlyMap<string, string>;

/** Every file under `dir`, as sorted relative POSIX paths; empty when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The files on disk that belong to the tree, relative to its root. */
export async function listTree(tree: DerivedTree): Promise<string[]> {
  if (!tree.folders) return listFiles(tree.root);
  const lists = await Promise.all(
    tree.folders.map(async (folder) => (await listFiles(path.join(tree.root, folder))).map((f) => `${folder}/${f}`)),
  );
  return lists.flat().sort();
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Makes the tree hold exactly `files`: writes what differs and removes the files the stage no longer writes. */
export async function writeTree(tree: DerivedTree, files: TreeFiles): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const [file, content] of files) {
    const target = path.join(tree.root, file);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === content) {
      report.unchanged.push(file);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    report.written.push(file);
  }
  for (const file of await listTree(tree)) {
    if (files.has(file)) continue;
    await rm(path.join(tree.root, file));
    report.removed.push(file);
  }
  return report;
}
