/**
 * The current schemas hold what decisions did to the CRs' definitions (patches, removals, renames…), so a draft
 * restates most of those effects; added to the spec, the decisions apply again to definitions that may already
 * carry them (a `remove` then finds nothing to remove, and the build stops). Each such action on a restated message
 * is named, for the editors to retire it when the CR states its effect (a `const` the bullets cannot state, for
 * one, stays the decision's).
 */
import type { Action, Decision } from '../../ingest/decisions.ts';

/** Actions that edit a definition; examples, provisional marks and accepted breaks are not a CR's to state. */
const EDITS = new Set(['patch', 'require', 'remove', 'rename']);

export function absorbedDecisions(decisions: Decision[], restated: string[]): string[] {
  const names = new Set(restated.map((n) => n.replace('.', '/')));
  const notes = new Set<string>();
  for (const d of decisions)
    for (const action of d.actions ?? []) {
      const [verb, target] = Object.entries(action)[0] as [keyof Action, { message: string; property?: string }];
      if (!EDITS.has(verb) || !names.has(target.message)) continue;
      const what = `${verb} ${target.message}${target.property ? ` ${target.property}` : ''}`;
      notes.add(
        `decision ${d.id} (${what}) acts on a definition the draft restates from the built schemas: retire it if the CR now states its effect`,
      );
    }
  return [...notes];
}
