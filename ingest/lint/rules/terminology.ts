/** Check over the parsed documents: a two-word term used the other way round from the rest of the CRs. */
import type { CrDocument, Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const terminology = defineRule({
  id: 'terminology',
  severity: 'warning',
  summary: 'A term used differently from the rest of the CRs (e.g. "Application Client" for "Client Application").',
  stage: 'lint',
  check: ({ docs }) => swappedTerms(docs),
});

/** Lines of normative reference changes: they cite other documents' titles, in those documents' terms. */
function referenceLines(doc: CrDocument): Set<number> {
  const lines = new Set<number>();
  doc.sections.forEach((section, i) => {
    if (section.change?.action !== 'reference') return;
    const end = doc.sections[i + 1]?.loc.line ?? doc.lines.length + 1;
    for (let line = section.loc.line; line < end; line++) lines.add(line);
  });
  return lines;
}

/**
 * Terminology: a two-word term whose words appear the other way round elsewhere in the CRs
 * ("Application Client" against "Client Application"); the rarer order is the one to change.
 */
export function swappedTerms(docs: CrDocument[]): Finding[] {
  const pairs = new Map<string, { doc: CrDocument; line: number; col: number }[]>();
  for (const doc of docs) {
    const cited = referenceLines(doc);
    doc.lines.forEach((line, i) => {
      if (cited.has(i + 1)) return;
      // The second word is a lookahead so that "Each Client Application" yields both pairs, not just the first.
      for (const m of line.matchAll(/\b([A-Z][a-z]{3,}) (?=([A-Z][a-z]{3,})\b)/g)) {
        const key = `${m[1]} ${m[2]}`;
        pairs.set(key, [...(pairs.get(key) ?? []), { doc, line: i + 1, col: m.index! + 1 }]);
      }
    });
  }
  return [...pairs].flatMap(([term, places]) => {
    const [a, b] = term.split(' ') as [string, string];
    const swapped = pairs.get(`${b} ${a}`);
    if (!swapped || swapped.length <= places.length * 2) return [];
    return places.map((p) =>
      emit(
        terminology,
        { file: p.doc.file, line: p.line, col: p.col },
        `"${term}" where the CRs say "${b} ${a}" (${swapped.length} uses)`,
        `L${p.line}:${term}`,
      ),
    );
  });
}
