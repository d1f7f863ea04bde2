/** Check over the chained messages: two envelope styles on one interface. */
import type { MessageDef } from '../../definitions.ts';
import type { Finding } from '../../model.ts';
import { defineRule, emit } from '../rule.ts';

export const mixedEnvelopes = defineRule({
  id: 'mixed-envelopes',
  severity: 'error',
  summary: 'Two envelope styles (messageType and JSON-RPC) on one interface; needs a dispatch rule.',
  stage: 'lint',
  check: ({ chained }) => findMixedEnvelopes(chained),
});

export function findMixedEnvelopes(messages: MessageDef[]): Finding[] {
  const byInterface = new Map<string, MessageDef[]>();
  for (const m of messages) byInterface.set(m.interface, [...(byInterface.get(m.interface) ?? []), m]);
  return [...byInterface].flatMap(([iface, list]) => {
    const envelopes = [...new Set(list.map((m) => m.envelope))];
    if (envelopes.length < 2) return [];
    const second = list.find((m) => m.envelope === envelopes[1])!;
    return [
      emit(
        mixedEnvelopes,
        second.loc,
        `interface ${iface} carries ${envelopes.join(' and ')} envelopes on one connection (${second.name} is ${second.envelope}, ${list.find((m) => m.envelope === envelopes[0])!.name} is ${envelopes[0]}); a receiver needs a rule to tell them apart`,
        iface,
      ),
    ];
  });
}
