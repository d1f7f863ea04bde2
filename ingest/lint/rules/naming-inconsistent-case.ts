/** Check over the chained messages: a PascalCase parameter among camelCase siblings. */
import type { MessageDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const namingInconsistentCase = defineRule({
  id: 'naming-inconsistent-case',
  severity: 'warning',
  summary: 'A name cased differently from its siblings (PascalCase among camelCase).',
  stage: 'lint',
  check: ({ chained }) => inconsistentNaming(chained),
});

const isCamel = (n: string) => /^[a-z][A-Za-z0-9]*$/.test(n);
const isPascal = (n: string) => /^[A-Z][a-z]+[A-Za-z0-9]*$/.test(n);

export function inconsistentNaming(messages: MessageDef[]): Finding[] {
  // Keyed: a variant shared by several messages reports once.
  const out = new Map<string, Finding>();
  for (const m of messages) {
    for (const v of m.variants) {
      const camel = v.properties.filter((p) => isCamel(p.name)).length;
      for (const p of v.properties) {
        if (isPascal(p.name) && camel > v.properties.length / 2) {
          const f = emit(
            namingInconsistentCase,
            p.loc,
            `"${p.name}" is PascalCase among camelCase siblings (${v.properties
              .filter((x) => isCamel(x.name))
              .map((x) => x.name)
              .join(', ')})`,
            `${p.section}:${p.name}`,
          );
          out.set(f.key, f);
        }
      }
    }
  }
  return [...out.values()];
}
