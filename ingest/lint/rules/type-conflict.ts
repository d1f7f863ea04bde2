/** Check over the chained messages (and the example types): one parameter name, several declared types. */
import type { MessageDef, PropertyDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { declaredType } from '../declared-type.ts';
import { defineRule, emit } from '../rule.ts';

export const typeConflict = defineRule({
  id: 'type-conflict',
  severity: 'error',
  summary: 'One parameter name declared with different types in different places of the spec.',
  stage: 'lint',
  check: ({ chained, exampleTypes }) => typeConflicts(chained, exampleTypes),
});

/** One name, several declared types: each declaration that disagrees with what the examples use. */
export function typeConflicts(messages: MessageDef[], exampleTypes: Map<string, string>): Finding[] {
  const declared = new Map<string, PropertyDef[]>();
  // A copy made by a prose reference ("as for 10.1.5") is declared at its origin and reported there.
  for (const m of messages)
    for (const v of m.variants)
      for (const p of v.properties)
        if (declaredType(p) && !p.origin) declared.set(p.name, [...(declared.get(p.name) ?? []), p]);
  // Keyed: a variant shared by several messages reports once.
  const out = new Map<string, Finding>();
  for (const [name, props] of declared) {
    const types = [...new Set(props.map((p) => declaredType(p)!))];
    if (types.length < 2) continue;
    const counts = types.map((t) => ({ t, n: props.filter((p) => declaredType(p) === t).length }));
    const expected = exampleTypes.get(name) ?? counts.sort((a, b) => b.n - a.n)[0]!.t;
    for (const p of props) {
      if (declaredType(p) === expected) continue;
      const f = emit(
        typeConflict,
        p.loc,
        `"${name}" is declared ${declaredType(p)} here but ${expected} elsewhere in the spec (${types.join(' vs ')})`,
        `${p.section}:${name}@${p.loc.line}`,
      );
      out.set(f.key, f);
    }
  }
  return [...out.values()];
}
