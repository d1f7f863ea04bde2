/** Check over the chained messages (and the example types): one parameter name, several declared types. */
import type { MessageDef, PropertyDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { declaredType } from '../declared-type.ts';
import { defineRule, emit } from '../rule.ts';
import { typeReuse } from './type-reuse.ts';

export const typeConflict = defineRule({
  id: 'type-conflict',
  severity: 'error',
  summary:
    'One parameter name declared with different types in different places of the spec, where the examples all use one of them.',
  stage: 'lint',
  check: ({ chained, exampleTypes }) => typeDisagreements(chained, exampleTypes).conflicts,
});

/**
 * One name, several declared types. Where the spec's examples all use one type, a declaration of another is a
 * defect (type-conflict), unless an amendment chose that type on purpose. Where the examples disagree too, or
 * there are none, the name is reused for different things in different messages: worth a look (type-reuse),
 * not proof of a mistake.
 */
export function typeDisagreements(
  messages: MessageDef[],
  exampleTypes: Map<string, string>,
): { conflicts: Finding[]; reuses: Finding[] } {
  const declared = new Map<string, PropertyDef[]>();
  // A copy made by a prose reference ("as for 10.1.5") is declared at its origin and reported there.
  for (const m of messages)
    for (const v of m.variants)
      for (const p of v.properties)
        if (declaredType(p) && !p.origin) declared.set(p.name, [...(declared.get(p.name) ?? []), p]);
  // Keyed: a variant shared by several messages reports once.
  const conflicts = new Map<string, Finding>();
  const reuses = new Map<string, Finding>();
  for (const [name, props] of declared) {
    const types = [...new Set(props.map((p) => declaredType(p)!))];
    if (types.length < 2) continue;
    const counts = types.map((t) => ({ t, n: props.filter((p) => declaredType(p) === t).length }));
    const settled = exampleTypes.get(name);
    const expected = settled ?? counts.sort((a, b) => b.n - a.n)[0]!.t;
    for (const p of props) {
      if (declaredType(p) === expected) continue;
      const conflict = settled !== undefined && !p.retypedAt;
      const what = p.retypedAt
        ? `"${name}" is made ${declaredType(p)} here (declared at line ${p.loc.line} of ${p.loc.file})`
        : `"${name}" is declared ${declaredType(p)} here`;
      const why = conflict
        ? `but ${expected} elsewhere in the spec, and every example uses ${expected}`
        : p.retypedAt
          ? `but ${expected} elsewhere in the spec`
          : `but ${expected} elsewhere in the spec, and no example settles which`;
      const f = emit(
        conflict ? typeConflict : typeReuse,
        p.retypedAt ?? p.loc,
        `${what} ${why} (${types.join(' vs ')})`,
        `${p.section}:${name}@${p.loc.line}`,
      );
      (conflict ? conflicts : reuses).set(f.key, f);
    }
  }
  return { conflicts: [...conflicts.values()], reuses: [...reuses.values()] };
}
