import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateFromSpec } from './generate.ts';
import { listFiles } from './output-dir.ts';

/** One difference between what a stage would write and what is on disk. */
export interface Drift {
  /** The stage that owns the file, e.g. 'generate'. */
  stage: string;
  /** Path as shown to people, e.g. generated/aoi1/types.ts. */
  file: string;
  kind: 'missing' | 'extra' | 'changed';
  /** A few lines around the first difference (`-` expected, `+` on disk). */
  detail: string[];
}

/** A drift check of one stage; `omaspec check` runs a list of them. */
export interface DriftChecker {
  stage: string;
  check(): Promise<Drift[]>;
}

const CONTEXT = 2;

/** Unified-ish excerpt: the first differing line with a little context. */
export function firstDifference(expected: string, actual: string): string[] {
  const want = expected.split('\n');
  const have = actual.split('\n');
  let line = 0;
  while (line < want.length && line < have.length && want[line] === have[line]) line++;
  const from = Math.max(0, line - CONTEXT);
  const out = [`@@ line ${line + 1} @@`];
  for (let i = from; i < line; i++) out.push(`  ${want[i]}`);
  for (const text of want.slice(line, line + CONTEXT + 1)) out.push(`- ${text}`);
  for (const text of have.slice(line, line + CONTEXT + 1)) out.push(`+ ${text}`);
  return out;
}

/** Compares the files a stage would write with the directory on disk. */
export async function compareWithDisk(stage: string, dir: string, expected: ReadonlyMap<string, string>): Promise<Drift[]> {
  const shown = (file: string) => path.join(dir, file).split(path.sep).join('/');
  const drifts: Drift[] = [];
  const onDisk = new Set(await listFiles(dir));
  for (const [file, content] of expected) {
    if (!onDisk.has(file)) {
      drifts.push({ stage, file: shown(file), kind: 'missing', detail: [] });
      continue;
    }
    const actual = await readFile(path.join(dir, file), 'utf8');
    if (actual !== content) drifts.push({ stage, file: shown(file), kind: 'changed', detail: firstDifference(content, actual) });
  }
  for (const file of onDisk) {
    if (!expected.has(file)) drifts.push({ stage, file: shown(file), kind: 'extra', detail: [] });
  }
  return drifts;
}

/** What `omaspec generate` would change in `generatedDir`; empty when it is up to date. */
export async function checkGenerated(specDir: string, generatedDir: string): Promise<Drift[]> {
  return compareWithDisk('generate', generatedDir, await generateFromSpec(specDir));
}

export function generatedChecker(specDir: string, generatedDir: string): DriftChecker {
  return { stage: 'generate', check: () => checkGenerated(specDir, generatedDir) };
}

/** Readable report, one block per file. */
export function formatDrifts(drifts: readonly Drift[]): string {
  return drifts
    .map((d) => [`${d.kind.padEnd(7)} ${d.file} (run the '${d.stage}' stage)`, ...d.detail.map((line) => `    ${line}`)].join('\n'))
    .join('\n');
}
