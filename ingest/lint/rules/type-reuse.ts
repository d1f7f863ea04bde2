/** Check over the chained messages: a parameter name reused with another type, not proven a mistake (see type-conflict). */
import { defineRule } from '../rule.ts';
import { typeDisagreements } from './type-conflict.ts';

export const typeReuse = defineRule({
  id: 'type-reuse',
  severity: 'warning',
  summary:
    'One parameter name declared with different types in different messages, with no example that settles one type, or with a type a prose amendment chose.',
  stage: 'lint',
  check: ({ chained, exampleTypes }) => typeDisagreements(chained, exampleTypes).reuses,
});
