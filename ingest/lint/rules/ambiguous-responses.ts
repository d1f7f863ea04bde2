/** Check over the chained messages: success and error responses a validator cannot tell apart. */
import type { MessageDef, VariantDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { declaredType } from '../declared-type.ts';
import { defineRule, emit } from '../rule.ts';

export const ambiguousResponses = defineRule({
  id: 'ambiguous-responses',
  severity: 'error',
  summary: 'Success and error responses that a validator cannot tell apart.',
  stage: 'lint',
  check: ({ chained }) => findAmbiguousResponses(chained),
});

/** A success instance that the error definition would also accept (objects read as open, as the CR writes them). */
function overlaps(success: VariantDef, error: VariantDef): boolean {
  return error.properties.every((e) => {
    const s = success.properties.find((p) => p.name === e.name);
    if (!s) return !e.required;
    if (declaredType(s) !== declaredType(e)) return false;
    const fixed = s.schema.const ?? (s.schema.enum as unknown[] | undefined)?.[0];
    const errorFixed = e.schema.const ?? e.schema.enum;
    return (
      fixed === undefined || errorFixed === undefined || JSON.stringify(errorFixed).includes(JSON.stringify(fixed))
    );
  });
}

export function findAmbiguousResponses(messages: MessageDef[]): Finding[] {
  return messages.flatMap((m) => {
    if (m.envelope === 'jsonrpc') return []; // result and error members tell them apart
    const success = m.variants.find((v) => v.role === 'success');
    const error = m.variants.find((v) => v.role === 'error');
    if (!success || !error || !overlaps(success, error)) return [];
    return [
      emit(
        ambiguousResponses,
        error.loc,
        `${m.name}: every success response (line ${success.loc.line}) also matches the error response definition; a validator cannot tell them apart`,
        `${m.section}:${m.name}`,
      ),
    ];
  });
}
