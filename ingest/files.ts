/** Writing a derived tree to disk and comparing it with what is there. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Drift {
  file: string;
  change: 'missing' | 'extra' | 'changed';
  /** First differing line, 1-based, for 'changed'. */
  line?: number;
  expected?: string;
  actual?: string;
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), base)
        : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')],
    ),
  );
  return nested.flat().sort();
}

/** Files under `root` in the given top-level folders, relative to root with '/' separators. */
export async function listTree(root: string, folders: string[]): Promise<string[]> {
  const lists = await Promise.all(
    folders.map(async (f) => (await listFiles(path.join(root, f))).map((p) => `${f}/${p}`)),
  );
  return lists.flat();
}

/** Write `files` under root and delete other files in the same top-level folders. */
export async function writeTree(
  root: string,
  files: Map<string, string>,
  folders: string[],
): Promise<{ written: number; removed: number }> {
  let removed = 0;
  for (const existing of await listTree(root, folders)) {
    if (!files.has(existing)) {
      await rm(path.join(root, existing));
      removed++;
    }
  }
  for (const [rel, content] of files) {
    const target = path.join(root, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { written: files.size, removed };
}

export async function diffTree(root: string, files: Map<string, string>, folders: string[]): Promise<Drift[]> {
  const drift: Drift[] = [];
  const present = new Set(await listTree(root, folders));
  for (const [rel, expected] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!present.has(rel)) {
      drift.push({ file: rel, change: 'missing' });
      continue;
    }
    const actual = await readFile(path.join(root, rel), 'utf8');
    if (actual === expected) continue;
    const a = actual.split('\n');
    const e = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
    drift.push({ file: rel, change: 'changed', line: line + 1, expected: e[line] ?? '', actual: a[line] ?? '' });
  }
  for (const rel of present) if (!files.has(rel)) drift.push({ file: rel, change: 'extra' });
  return drift;
}
