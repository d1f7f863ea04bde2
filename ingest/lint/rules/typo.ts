/** Check over the prose of the parsed documents: misspelt words and words run together. */
import type { CrDocument, Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';
import { ENGLISH_COMPOUNDS } from './english-compounds.ts';

export const typo = defineRule({
  id: 'typo',
  severity: 'warning',
  summary: 'A misspelt word or two words run together in prose or a heading.',
  stage: 'lint',
  check: ({ docs }) => typos(docs),
});

const WORD = /[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]/g;

/** Words of prose and headings with their place; the legal boilerplate (IPR) is left out. */
function proseLines(doc: CrDocument): { text: string; line: number }[] {
  const skipped = new Set<number>();
  for (const s of doc.sections)
    for (const n of s.nodes) if (n.kind === 'json') for (let l = n.loc.line; l <= n.endLine; l++) skipped.add(l);
  const ipr = doc.cover.findIndex((c) => c.part === 'ipr');
  if (ipr >= 0) {
    const end = doc.cover[ipr + 1]?.loc.line ?? doc.lines.length;
    for (let l = doc.cover[ipr]!.loc.line + 1; l < end; l++) skipped.add(l);
  }
  return doc.lines.flatMap((text, i) => (skipped.has(i + 1) ? [] : [{ text, line: i + 1 }]));
}

function proseWords(doc: CrDocument): { word: string; line: number; col: number }[] {
  return proseLines(doc).flatMap(({ text, line }) =>
    [...text.matchAll(WORD)].map((m) => ({ word: m[0], line, col: m.index! + 1 })),
  );
}

/** Inflections of one another (plural -s, verb -s) are not typos. */
const SUFFIX = /(?:es|ed|s|d|e)$/;
const stem = (w: string) => w.replace(SUFFIX, '');
/** "command"/"commands", "store"/"stored", "register"/"registers": one word with or without an inflection. */
const sameStem = (a: string, b: string) => stem(a) === stem(b) || stem(a) === b || stem(b) === a;

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return (
      diff.length === 1 ||
      (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
    );
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/**
 * Typos, found with the CRs themselves as the dictionary: a rare word one edit away from a word the CRs
 * use often ("Regsitration"), or two frequent words run together ("Seedon", "section10").
 */
export function typos(docs: CrDocument[]): Finding[] {
  const all = docs.map((d) => ({ doc: d, words: proseWords(d) }));
  const freq = new Map<string, number>();
  for (const { words } of all)
    for (const { word } of words) freq.set(word.toLowerCase(), (freq.get(word.toLowerCase()) ?? 0) + 1);
  const common = [...freq].filter(([w, n]) => n >= 4 && w.length >= 3).map(([w]) => w);
  const out: Finding[] = [];
  for (const { doc, words } of all) {
    for (const { word, line, col } of words) {
      const lower = word.toLowerCase();
      if ((freq.get(lower) ?? 0) > 1 || lower.length < 6) {
        // Run-together words are checked below even when frequent enough to pass.
      } else {
        const near = common.find(
          (c) => c.length >= 6 && !sameStem(lower, c) && editDistanceAtMostOne(lower, c) && (freq.get(c) ?? 0) >= 5,
        );
        if (near) {
          out.push(
            emit(
              typo,
              { file: doc.file, line, col },
              `"${word}" looks like a misspelling of "${near}"`,
              `L${line}:${word}`,
            ),
          );
          continue;
        }
      }
      // camelCase is how the CRs spell identifiers ("userRequest"): joined on purpose.
      const split = /[a-z][A-Z]/.test(word) || ENGLISH_COMPOUNDS.has(lower) ? undefined : runTogether(lower, freq);
      if (split && (freq.get(lower) ?? 0) === 1)
        out.push(
          emit(
            typo,
            { file: doc.file, line, col },
            `"${word}" looks like two words run together: "${split}"`,
            `L${line}:${word}`,
          ),
        );
    }
    for (const { text, line } of proseLines(doc)) {
      for (const m of text.matchAll(/(?<![\w/.:-])([a-z]{4,})(\d+(?:\.\d+)*)\b(?![\w/.-])/g)) {
        if ((freq.get(m[1]!) ?? 0) >= 2)
          out.push(
            emit(
              typo,
              { file: doc.file, line, col: m.index! + 1 },
              `"${m[0]}" runs a word and a number together: "${m[1]} ${m[2]}"`,
              `L${line}:${m[0]}`,
            ),
          );
      }
    }
  }
  return out;
}

function runTogether(word: string, freq: Map<string, number>): string | undefined {
  const SHORT = new Set(['on', 'in', 'of', 'to', 'an', 'a', 'or', 'is', 'by', 'the', 'and']);
  for (let i = 4; i < word.length - 1; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if ((freq.get(head) ?? 0) >= 3 && (SHORT.has(tail) || (freq.get(tail) ?? 0) >= 5)) return `${head} ${tail}`;
  }
  return undefined;
}
