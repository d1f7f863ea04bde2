import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Makes `dir` hold exactly `files`: writes what differs, removes files the generator no longer produces
 * (generated/ belongs to the generator; hand-written code lives elsewhere).
 */
export async function writeOutput(dir: string, files: ReadonlyMap<string, string>): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === content) {
      report.unchanged.push(file);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    report.written.push(file);
  }
  for (const file of await listFiles(dir)) {
    if (files.has(file)) continue;
    await rm(path.join(dir, file));
    report.removed.push(file);
  }
  return report;
}
