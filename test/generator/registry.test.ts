import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpecIndex } from '../../core/spec-format.ts';
import { messages, type MessageId } from '../../generated/registry.ts';

const index = JSON.parse(readFileSync(new URL('../../spec/schemas/index.json', import.meta.url), 'utf8')) as SpecIndex;

describe('generated/registry.ts', () => {
  const requests = index.messages.filter((m) => m.kind === 'request');

  it('has requests in the spec to pair', () => {
    expect(requests.length).toBeGreaterThan(0);
  });

  it.each(requests.map((m) => [m.id, m] as const))(
    'names the response that answers %s, as the index pairs them (response, or a response naming it)',
    (id, request) => {
      const expected = request.response ?? index.messages.find((m) => m.responseTo === request.id)?.id;
      expect(messages[id as MessageId].response).toBe(expected);
    },
  );

  it('names no response for a response', () => {
    for (const m of index.messages.filter((x) => x.kind === 'response'))
      expect(messages[m.id as MessageId].response).toBeUndefined();
  });
});
