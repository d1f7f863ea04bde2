import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateFromSpec } from './generate.ts';
import { listFiles } from './output-dir.ts';

/**
 * One difference between what a stage would write and what is on disk. `file`, `change`, `line`,
 * `expected` and `actual` have the meaning of the spec stage's Drift (ingest/files.ts), so both
 * stages' drifts can be listed together.
 */
export interface Drift {
  /** The stage that owns the file, e.g. 'generate'. */
  stage: string;
  /** Path as shown to people, e.g. generated/aoi1/types.ts. */
  file: string;
  change: 'missing' | 'extra' | 'changed';
  /** For 'changed': first differing line (1-based) and that line as expected and as on disk. */
  line?: number;
  expected?: string;
  actual?: string;
  /** A few lines around the first difference (`-` expected, `+` on disk). */
  detail: string[];
}

/** A drift check of one stage; `omaspec check` runs a list of them. */
export interface DriftChecker {
  stage: string;
  check(): Promise<Drift[]>;
}

const CONTEXT = 2;

function firstDifferingLine(want: readonly string[], have: readonly string[]): number {
  let line = 0;
  while (line < want.length && line < have.length && want[line] === have[line]) line++;
  return line;
}

/** Unified-ish excerpt: the first differing line with a little context. */
export function firstDifference(expected: string, actual: string): string[] {
  const want = expected.split('\n');
  const have = actual.split('\n');
  const line = firstDifferingLine(want, have);
  const from = Math.max(0, line - CONTEXT);
  const out = [`@@ line ${line + 1} @@`];
  for (let i = from; i < line; i++) out.push(`  ${want[i]}`);
  for (const text of want.slice(line, line + CONTEXT + 1)) out.push(`- ${text}`);
  for (const text of have.slice(line, line + CONTEXT + 1)) out.push(`+ ${text}`);
  return out;
}

/** Compares the files a stage would write with the directory on disk. */
export async function compareWithDisk(
  stage: string,
  dir: string,
  expected: ReadonlyMap<string, string>,
): Promise<Drift[]> {
  const shown = (file: string) => path.join(dir, file).split(path.sep).join('/');
  const drifts: Drift[] = [];
  const onDisk = new Set(await listFiles(dir));
  for (const [file, content] of expected) {
    if (!onDisk.has(file)) {
      drifts.push({ stage, file: shown(file), change: 'missing', detail: [] });
      continue;
    }
    const actual = await readFile(path.join(dir, file), 'utf8');
    if (actual === content) continue;
    const [want, have] = [content.split('\n'), actual.split('\n')];
    const line = firstDifferingLine(want, have);
    drifts.push({
      stage,
      file: shown(file),
      change: 'changed',
      line: line + 1,
      expected: want[line] ?? '',
      actual: have[line] ?? '',
      detail: firstDifference(content, actual),
    });
  }
  for (const file of onDisk) {
    if (!expected.has(file)) drifts.push({ stage, file: shown(file), change: 'extra', detail: [] });
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
    .map((d) =>
      [`${d.change.padEnd(7)} ${d.file} (run the '${d.stage}' stage)`, ...d.detail.map((line) => `    ${line}`)].join(
        '\n',
      ),
    )
    .join('\n');
}
