/**
 * The drift engine of every stage: what a stage would write, compared with its derived tree on disk. Each
 * drifted file is attributed to the command that writes it, with what the difference is (a hand edit, stale
 * output, or either) and what running that command does to it. Used by `omaspec check`, `spec build --check`
 * and `generate --check`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unifiedDiff } from './diff.ts';
import { listTree, type DerivedTree, type TreeFiles } from './tree.ts';

/** The `omaspec` commands that write derived trees, in pipeline order. */
export const STAGES = ['spec build', 'generate'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * hand-edit: the stage's inputs are those of its last run, so the file was changed by hand;
 * stale: the inputs changed since the last run; hand-edit-or-stale: the stage cannot tell which;
 * follows: the file is what the stage writes from its inputs as they are on disk, but those inputs are the
 * drifted output of an earlier stage, so it changes once that stage has run.
 */
export type DriftCause = 'hand-edit' | 'stale' | 'hand-edit-or-stale' | 'follows';
export type DriftChange = 'missing' | 'extra' | 'changed';

export interface Drift {
  /** The command that writes the file (`omaspec <stage>`). */
  stage: Stage;
  /** Path as shown to people, e.g. generated/aoi1/types.ts. */
  file: string;
  change: DriftChange;
  cause: DriftCause;
  /** One sentence: what the difference is and the command that rewrites the file. */
  advice: string;
  /**
   * For 'changed': unified diff from what the stage writes (`-`) to the file on disk (`+`), so it reads as the
   * diff of a hand edit; at most MAX_DIFF_LINES lines after the header.
   */
  diff: string[];
  /** Diff lines left out of `diff`. */
  diffOmitted: number;
}

export interface DriftAttribution {
  cause: DriftCause;
  /** Why, in a few words: e.g. "spec/crs/003.txt changed since the last build". */
  reason?: string;
  /** The earlier stage to run first, when the stage's inputs drifted. */
  after?: Stage;
}

export const MAX_DIFF_LINES = 60;

const shownPath = (tree: DerivedTree, file: string) => path.join(tree.root, file).split(path.sep).join('/');

const REMEDY: Record<DriftCause, Record<DriftChange, string>> = {
  'hand-edit': { changed: 'discard it', missing: 'restore it', extra: 'delete it' },
  stale: { changed: 'update it', missing: 'write it', extra: 'delete it' },
  'hand-edit-or-stale': { changed: 'rewrite it', missing: 'write it', extra: 'delete it' },
  follows: { changed: 'update it', missing: 'write it', extra: 'delete it' },
};

function what(stage: Stage, change: DriftChange, cause: DriftCause): string {
  const writes = `\`${stage}\` writes`;
  if (cause === 'hand-edit') {
    if (change === 'changed') return `hand edit of a file ${writes}`;
    if (change === 'missing') return `deleted by hand: a file ${writes}`;
    return `added by hand among the files ${writes}`;
  }
  if (cause === 'follows') return `written by \`${stage}\` from drifted inputs`;
  if (change === 'missing') return `not on disk: a file ${writes}`;
  if (change === 'extra') return `a file \`${stage}\` no longer writes`;
  return cause === 'stale' ? `stale output of \`${stage}\`` : `not what ${writes}`;
}

export function driftAdvice(stage: Stage, change: DriftChange, { cause, reason, after }: DriftAttribution): string {
  const because = reason ? ` (${reason})` : '';
  const first = after ? `\`omaspec ${after}\`, then ` : '';
  return `${what(stage, change, cause)}${because}; run ${first}\`omaspec ${stage}\` to ${REMEDY[cause][change]}`;
}

/**
 * Says what the difference of one file is; called only for drifted files, with the file's content on disk
 * (undefined when it is missing).
 */
export type Attribute = (file: string, change: DriftChange, onDisk: string | undefined) => DriftAttribution;

/** Compares the files a stage would write (`expected`, relative to the tree's root) with the tree on disk. */
export async function compareTree(
  stage: Stage,
  tree: DerivedTree,
  expected: TreeFiles,
  attribute: Attribute,
): Promise<Drift[]> {
  const onDisk = new Set(await listTree(tree));
  const drift = (file: string, change: DriftChange, diff = { lines: [] as string[], omitted: 0 }): Drift => {
    const content = change === 'missing' ? undefined : contents.get(file);
    const attribution = attribute(file, change, content);
    return {
      stage,
      file: shownPath(tree, file),
      change,
      cause: attribution.cause,
      advice: driftAdvice(stage, change, attribution),
      diff: diff.lines,
      diffOmitted: diff.omitted,
    };
  };
  const contents = new Map<string, string>();
  const read = async (file: string) => {
    const content = await readFile(path.join(tree.root, file), 'utf8');
    contents.set(file, content);
    return content;
  };
  const drifts: Drift[] = [];
  for (const file of [...expected.keys()].sort()) {
    if (!onDisk.has(file)) {
      drifts.push(drift(file, 'missing'));
      continue;
    }
    const written = expected.get(file)!;
    const actual = await read(file);
    if (actual === written) continue;
    const shown = shownPath(tree, file);
    const diff = unifiedDiff(written, actual, {
      oldLabel: `${shown} (what \`omaspec ${stage}\` writes)`,
      newLabel: `${shown} (on disk)`,
      maxLines: MAX_DIFF_LINES,
    });
    drifts.push(drift(file, 'changed', diff));
  }
  for (const file of onDisk) {
    if (expected.has(file)) continue;
    await read(file);
    drifts.push(drift(file, 'extra'));
  }
  return drifts;
}

/** Readable report: one line per file with its advice, then its diff, indented. */
export function formatDrifts(drifts: readonly Drift[]): string {
  return drifts
    .map((d) => {
      const more = d.diffOmitted ? [`… ${d.diffOmitted} more diff line(s) not shown`] : [];
      return [`${d.change.padEnd(7)} ${d.file}: ${d.advice}`, ...[...d.diff, ...more].map((l) => `    ${l}`)].join(
        '\n',
      );
    })
    .join('\n');
}

/**
 * The commands that repair the drifts, in pipeline order. A later stage's drift is computed against what the
 * earlier stages will write (see generator/check.ts), so the drifted stages are all that need to run.
 */
export function repairCommands(
  drifts: readonly Drift[],
  /** The options each command needs to act on the same directories (`--spec`, `--out`, `--runtime-dir`). */
  options: Partial<Record<Stage, string[]>> = {},
): string[] {
  return STAGES.filter((stage) => drifts.some((d) => d.stage === stage)).map((stage) =>
    ['omaspec', stage, ...(options[stage] ?? []).map(shellWord)].join(' '),
  );
}

/** The directories a check was given, as the options of the commands that repair its drift (none for defaults). */
export function repairOptions({
  specDir,
  generatedDir = 'generated',
  runtimeDir,
}: {
  specDir: string;
  generatedDir?: string;
  runtimeDir?: string | undefined;
}): Record<Stage, string[]> {
  const spec = specDir === 'spec' ? [] : ['--spec', specDir];
  const out = generatedDir === 'generated' ? [] : ['--out', generatedDir];
  const runtime = runtimeDir === undefined ? [] : ['--runtime-dir', runtimeDir];
  return { 'spec build': spec, generate: [...spec, ...out, ...runtime] };
}

/** An argument as a POSIX shell reads it back: quoted when it holds anything but plain path characters. */
const shellWord = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
