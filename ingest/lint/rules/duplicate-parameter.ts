/** Check over the chained messages: a parameter listed twice in one definition. */
import type { MessageDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const duplicateParameter = defineRule({
  id: 'duplicate-parameter',
  severity: 'warning',
  summary: 'A parameter defined twice in one message; the later definition is used.',
  stage: 'lint',
  check: ({ chained }) => duplicateParameters(chained),
});

/** A name listed twice in one definition: the schema keeps the last, so the first is silently lost. */
export function duplicateParameters(messages: MessageDef[]): Finding[] {
  return messages.flatMap((m) =>
    m.variants.flatMap((v) =>
      v.properties
        .filter((p, i) => v.properties.findIndex((q) => q.name === p.name) < i)
        .map((p) =>
          emit(
            duplicateParameter,
            p.loc,
            `"${p.name}" is defined twice in ${m.name}; the schema keeps this later definition`,
            `${p.section}:${m.name}:${p.name}`,
          ),
        ),
    ),
  );
}
