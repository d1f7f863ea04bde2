/** Check over the chained messages: a request over a socket or local interface that nothing answers. */
import type { MessageDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const missingResponse = defineRule({
  id: 'missing-response',
  severity: 'error',
  summary:
    'A request (…Req) with no response (…Res) on an interface whose requests are answered; generate leaves it out of the dispatcher.',
  stage: 'lint',
  check: ({ chained }) => findMissingResponses(chained),
});

export function findMissingResponses(messages: MessageDef[]): Finding[] {
  const names = new Set(messages.map((m) => `${m.interface}/${m.name}`));
  return messages
    .filter(
      (m) =>
        m.kind === 'request' &&
        m.envelope !== 'http' &&
        /Req$/.test(m.name) &&
        !names.has(`${m.interface}/${m.name.replace(/Req$/, 'Res')}`),
    )
    .map((m) =>
      emit(
        missingResponse,
        m.loc,
        `${m.name} (§${m.section}) has no response ${m.name.replace(/Req$/, 'Res')}: state it in the CR (a schema, table, parameter list, "as for …" or an example) or record a decision`,
        `${m.section}:${m.name}`,
      ),
    );
}
