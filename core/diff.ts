/**
 * A line-based unified diff, as `git diff` prints it: `-` lines are in the old text only, `+` lines in the new
 * text only, each hunk with up to CONTEXT unchanged lines around it and a `@@ -a,b +c,d @@` header.
 */

const CONTEXT = 3;
/** Beyond this many edits the middle of the texts is shown as removed and added as a whole (still a correct diff). */
const MAX_EDIT_DISTANCE = 1000;
const NO_NEWLINE = '\\ No newline at end of file';

export interface UnifiedDiffOptions {
  /** Header names of the two sides, e.g. `a/x.ts (what omaspec generate writes)` and `b/x.ts (on disk)`. */
  oldLabel: string;
  newLabel: string;
  /** At most this many lines after the header; the rest is counted in `omitted`. */
  maxLines?: number;
}

export interface UnifiedDiff {
  /** The header (`---`, `+++`) and the hunks, cut at `maxLines`. Empty when the texts are equal. */
  lines: string[];
  /** Diff lines left out after `maxLines`. */
  omitted: number;
}

type Edit = { op: ' ' | '-' | '+'; text: string };

/** Lines with their terminator, so that a missing final newline is a difference (as in git). */
function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

/**
 * Myers' O(ND) shortest edit script between a and b, with the common prefix and suffix trimmed first.
 * Returns the edits in order; beyond MAX_EDIT_DISTANCE, a plain replacement of the differing middle.
 */
function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const prefix = a.slice(0, start).map((text): Edit => ({ op: ' ', text }));
  const suffix = a.slice(endA).map((text): Edit => ({ op: ' ', text }));
  return [...prefix, ...middleScript(a.slice(start, endA), b.slice(start, endB)), ...suffix];
}

function middleScript(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const replace = (): Edit[] => [
    ...a.map((text): Edit => ({ op: '-', text })),
    ...b.map((text): Edit => ({ op: '+', text })),
  ];
  if (n === 0 || m === 0) return replace();
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return replace();
}

/** Walks the saved frontiers back from (n, m) to (0, 0), collecting the edits. */
function backtrack(trace: Int32Array[], a: readonly string[], b: readonly string[], offset: number, depth: number) {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: ' ', text: a[--x]! });
      y--;
    }
    if (down) edits.push({ op: '+', text: b[--y]! });
    else edits.push({ op: '-', text: a[--x]! });
  }
  // What is left back to (0, 0) is a snake: equal lines.
  while (x > 0) edits.push({ op: ' ', text: a[--x]! });
  return edits.reverse();
}

/** `start,count` of a hunk side; like git, an empty side names the line before it and count 1 is left out. */
function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

function hunks(edits: readonly Edit[]): string[] {
  const out: string[] = [];
  const changed = edits.flatMap((e, i) => (e.op === ' ' ? [] : [i]));
  let i = 0;
  // Line numbers (0-based) in the old and new text of edits[position].
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let [o, n] = [0, 0];
  for (const e of edits) {
    oldAt.push(o);
    newAt.push(n);
    if (e.op !== '+') o++;
    if (e.op !== '-') n++;
  }
  while (i < changed.length) {
    const from = Math.max(0, changed[i]! - CONTEXT);
    let last = changed[i]!;
    while (i + 1 < changed.length && changed[i + 1]! - last <= 2 * CONTEXT + 1) last = changed[++i]!;
    const to = Math.min(edits.length, last + CONTEXT + 1);
    const slice = edits.slice(from, to);
    const oldCount = slice.filter((e) => e.op !== '+').length;
    const newCount = slice.filter((e) => e.op !== '-').length;
    out.push(`@@ -${range(oldAt[from]!, oldCount)} +${range(newAt[from]!, newCount)} @@`);
    for (const e of slice) {
      out.push(`${e.op}${e.text.replace(/\n$/, '')}`);
      if (!e.text.endsWith('\n')) out.push(NO_NEWLINE);
    }
    i++;
  }
  return out;
}

/** The unified diff from `oldText` to `newText`; no lines when they are equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): UnifiedDiff {
  if (oldText === newText) return { lines: [], omitted: 0 };
  const body = hunks(editScript(splitLines(oldText), splitLines(newText)));
  const max = options.maxLines ?? Infinity;
  const shown = body.slice(0, max);
  return {
    lines: [`--- ${options.oldLabel}`, `+++ ${options.newLabel}`, ...shown],
    omitted: body.length - shown.length,
  };
}
