/** Check over the chained messages: a JSON-RPC error said to carry a mandatory parameter it cannot. */
import type { MessageDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const impossibleMandatory = defineRule({
  id: 'impossible-mandatory',
  severity: 'error',
  summary: 'A parameter said mandatory where it cannot be (e.g. a token in an error response).',
  stage: 'lint',
  check: ({ chained }) => findImpossibleMandatory(chained),
});

/** JSON-RPC error objects carry code, message and data only; anything else said mandatory there cannot be. */
export function findImpossibleMandatory(messages: MessageDef[]): Finding[] {
  return messages.flatMap((m) =>
    m.variants
      .filter((v) => v.member === 'error')
      .flatMap((v) =>
        v.properties
          .filter((p) => p.required && !['code', 'message', 'data'].includes(p.name))
          .map((p) =>
            emit(
              impossibleMandatory,
              p.loc,
              `"${p.name}" is said mandatory for both "result" and "error" of ${m.name}, but an error response cannot carry it`,
              `${m.section}:${m.name}:${p.name}`,
            ),
          ),
      ),
  );
}
