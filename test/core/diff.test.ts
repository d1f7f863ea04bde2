import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../core/diff.ts';

const labels = { oldLabel: 'old', newLabel: 'new' };
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}\n`);

/** Applies a unified diff (as this module prints it) to `old`: what `patch` would do, so a diff can be verified. */
function applyDiff(old: string, lines: readonly string[]): string {
  const source = old.split(/(?<=\n)/).filter((l) => l !== '');
  const out: string[] = [];
  let at = 0;
  for (const line of lines.slice(2)) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
      while (at < start) out.push(source[at++]!);
      continue;
    }
    if (line === '\\ No newline at end of file') {
      out[out.length - 1] = out[out.length - 1]!.replace(/\n$/, '');
      continue;
    }
    if (line.startsWith('-')) at++;
    else if (line.startsWith('+')) out.push(`${line.slice(1)}\n`);
    else out.push(source[at++]!);
  }
  while (at < source.length) out.push(source[at++]!);
  return out.join('');
}

describe('unifiedDiff', () => {
  it('prints nothing for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', labels)).toEqual({ lines: [], omitted: 0 });
  });

  it('shows a changed line as - then +, with three lines of context and git hunk header', () => {
    const old = numbered(10).join('');
    const edited = old.replace('line 5\n', 'LINE 5\n');
    expect(unifiedDiff(old, edited, labels).lines).toEqual([
      '--- old',
      '+++ new',
      '@@ -2,7 +2,7 @@',
      ' line 2',
      ' line 3',
      ' line 4',
      '-line 5',
      '+LINE 5',
      ' line 6',
      ' line 7',
      ' line 8',
    ]);
  });

  it('does not show identical lines as changed when a line is inserted', () => {
    const old = numbered(6).join('');
    const edited = old.replace('line 3\n', 'line 3\ninserted\n');
    const { lines } = unifiedDiff(old, edited, labels);
    expect(lines.filter((l) => /^[-+][^-+]/.test(l))).toEqual(['+inserted']);
    expect(lines[2]).toBe('@@ -1,6 +1,7 @@');
  });

  it('names the line before an empty side, as git does', () => {
    expect(unifiedDiff('', 'x\n', labels).lines).toEqual(['--- old', '+++ new', '@@ -0,0 +1 @@', '+x']);
    expect(unifiedDiff('x\ny\n', '', labels).lines.slice(2)).toEqual(['@@ -1,2 +0,0 @@', '-x', '-y']);
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('a\n', 'a\n ', labels).lines.slice(2)).toEqual([
      '@@ -1 +1,2 @@',
      ' a',
      '+ ',
      '\\ No newline at end of file',
    ]);
  });

  it('splits changes more than six unchanged lines apart into separate hunks, and joins closer ones', () => {
    const old = numbered(30).join('');
    const far = old.replace('line 2\n', 'x\n').replace('line 10\n', 'y\n');
    expect(unifiedDiff(old, far, labels).lines.filter((l) => l.startsWith('@@'))).toHaveLength(2);
    const near = old.replace('line 2\n', 'x\n').replace('line 9\n', 'y\n');
    expect(unifiedDiff(old, near, labels).lines.filter((l) => l.startsWith('@@'))).toHaveLength(1);
  });

  it('is a diff patch can apply, and no longer than the edits made, for random edits', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const old = numbered(random(40)).map((l) => (random(4) === 0 ? 'same\n' : l));
      const edited = [...old];
      let cost = 0;
      for (let edits = random(6); edits > 0; edits--) {
        const at = random(edited.length + 1);
        const kind = random(3);
        if (kind === 0) edited.splice(at, 0, `new ${round}.${edits}\n`);
        else if (kind === 1) edited.splice(at, 1);
        else edited.splice(at, 1, `changed ${round}.${edits}\n`);
        cost += kind === 2 ? 2 : 1;
      }
      const [a, b] = [old.join(''), edited.join('')];
      const { lines } = unifiedDiff(a, b, labels);
      expect(applyDiff(a, lines), `round ${round}`).toBe(b);
      expect(lines.slice(2).filter((l) => /^[-+]/.test(l)).length, `round ${round}`).toBeLessThanOrEqual(cost);
    }
  });

  it('bounds the output and counts what it left out', () => {
    const old = numbered(500).join('');
    const edited = old.replace(/line (\d+)/g, 'LINE $1');
    const diff = unifiedDiff(old, edited, { ...labels, maxLines: 20 });
    expect(diff.lines).toHaveLength(22);
    expect(diff.omitted).toBe(1 + 1000 - 20);
  });
});
