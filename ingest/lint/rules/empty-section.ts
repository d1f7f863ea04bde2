/** Check over the parsed documents: sections with no content or no title that no CR fills. */
import type { CrDocument, Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const emptySection = defineRule({
  id: 'empty-section',
  severity: 'warning',
  summary: 'A section with no content (or no title) that no CR of the manifest fills.',
  stage: 'lint',
  check: ({ docs }) => emptySections(docs),
});

/** Sections with no content or no title, unless a CR of the chain fills the same section number. */
export function emptySections(docs: CrDocument[]): Finding[] {
  const filled = new Set(
    docs.flatMap((d) => d.sections.filter((s) => s.title && s.nodes.some(hasContent)).map((s) => s.number)),
  );
  const hasChildren = (doc: CrDocument, n: string) => doc.sections.some((s) => s.number.startsWith(`${n}.`));
  return docs.flatMap((doc) =>
    doc.sections.flatMap((s) => {
      // A section holding only a lost figure is reported once, as figure-missing.
      if (!s.number || filled.has(s.number) || hasChildren(doc, s.number) || s.nodes.some((n) => n.kind === 'figure'))
        return [];
      const what =
        !s.title && !s.nodes.some(hasContent)
          ? 'has neither a title nor content'
          : !s.title
            ? 'has no title'
            : 'is empty';
      return [emit(emptySection, s.loc, `section ${s.number}${s.title ? ` "${s.title}"` : ''} ${what}`, s.number)];
    }),
  );
}

function hasContent(node: CrDocument['sections'][number]['nodes'][number]): boolean {
  if (node.kind === 'list') return node.items.some((i) => i.text.trim());
  return node.kind !== 'figure';
}
