/** Check over each parsed document's lines: U+FFFD replacement characters. */
import type { CrDocument, Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const encodingDamage = defineRule({
  id: 'encoding-damage',
  severity: 'warning',
  summary: 'U+FFFD replacement characters: text lost in the export.',
  stage: 'lint',
  check: ({ docs }) => docs.flatMap(findEncodingDamage),
});

export function findEncodingDamage(doc: CrDocument): Finding[] {
  return doc.lines.flatMap((line, i) => {
    const col = line.indexOf('\uFFFD');
    return col < 0
      ? []
      : [
          emit(
            encodingDamage,
            { file: doc.file, line: i + 1, col: col + 1 },
            `U+FFFD replacement character: a character (likely a footnote mark) was lost in the export: "${line.trim().slice(0, 60)}"`,
            `L${i + 1}`,
          ),
        ];
  });
}
