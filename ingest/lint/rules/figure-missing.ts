/** Check over each parsed document: a figure caption whose figure was lost in the export. */
import type { CrDocument, Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const figureMissing = defineRule({
  id: 'figure-missing',
  severity: 'warning',
  summary: 'A figure caption whose figure did not survive the export.',
  stage: 'lint',
  check: ({ docs }) => docs.flatMap(missingFigures),
});

export function missingFigures(doc: CrDocument): Finding[] {
  return doc.sections.flatMap((s) =>
    s.nodes.flatMap((n) =>
      n.kind === 'figure'
        ? [emit(figureMissing, n.loc, `figure "${n.caption}" has a caption but no figure`, `${s.number}:${n.caption}`)]
        : [],
    ),
  );
}
