/**
 * The AsyncAPI export, checked by AsyncAPI's own parser (@asyncapi/parser: the 3.0 schema and its Spectral
 * rules) and against spec/: each message-passing interface is a channel, every one of its messages is on it,
 * a WebSocket channel carries each envelope and direction the spec gives it, HTTP requests are POST
 * operations answered by their responses.
 */
import { Parser } from '@asyncapi/parser';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAsyncApi } from '../../../publish/export/asyncapi.ts';
import { readPublishedSpec, type PublishedSpec } from '../../../publish/published-spec.ts';
import { REPO_ROOT } from '../../cli/run.ts';

type Json = Record<string, any>;
const ERROR = 0;

describe('omaspec export asyncapi', () => {
  const parser = new Parser();
  let spec: PublishedSpec;
  let doc: Json;

  beforeAll(async () => {
    spec = await readPublishedSpec(path.join(REPO_ROOT, 'spec'));
    doc = toAsyncApi(spec);
  });

  it("passes AsyncAPI's own parser without an error", async () => {
    const { document, diagnostics } = await parser.parse(JSON.stringify(doc));
    expect(diagnostics.filter((d) => d.severity === ERROR).map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
    expect(document?.operations().all().length).toBe(Object.keys(doc.operations).length);
  }, 30_000);

  it('is rejected by that parser once an operation names a channel that does not exist (the check can fail)', async () => {
    const broken = structuredClone(doc);
    const first = Object.values(broken.operations)[0] as Json;
    first.channel = { $ref: '#/channels/nowhere' };
    const { document, diagnostics } = await parser.parse(JSON.stringify(broken));
    expect(document).toBeUndefined();
    expect(diagnostics.some((d) => d.severity === ERROR)).toBe(true);
  }, 30_000);

  it('puts every message of each WebSocket or HTTP interface on its channel, in both envelopes and directions', async () => {
    const { document } = await parser.parse(JSON.stringify(doc));
    const described = spec.index.interfaces.filter((i) => i.transport !== 'local');
    for (const iface of described) {
      const messages = spec.index.messages.filter((m) => m.interface === iface.id);
      if (!messages.length) continue;
      const channel = document!.channels().get(iface.id)!;
      expect(channel, iface.id).toBeDefined();
      expect(
        channel
          .messages()
          .all()
          .map((m) => m.name())
          .sort(),
      ).toEqual(messages.map((m) => m.name).sort());
      const tags = new Set(
        channel
          .messages()
          .all()
          .flatMap((m) =>
            m
              .tags()
              .all()
              .map((t) => t.name()),
          ),
      );
      expect([...tags].sort()).toEqual([...new Set(messages.map((m) => m.envelope))].sort());
      const operations = document!
        .operations()
        .all()
        .filter((o) =>
          o
            .channels()
            .all()
            .some((c) => c.id() === iface.id),
        );
      const actions = new Set(operations.map((o) => (o.isSend() ? 'send' : 'receive')));
      const directions = new Set(
        messages
          .filter((m) => m.kind !== 'response')
          .map((m) => (m.direction === 'serverToClient' ? 'send' : 'receive')),
      );
      expect([...actions].sort()).toEqual([...directions].sort());
    }
  }, 30_000);

  it('makes each HTTP request a POST operation whose reply is its response', () => {
    for (const m of spec.messages.filter((x) => x.meta.envelope === 'http' && x.meta.kind === 'request')) {
      const operation = Object.values(doc.operations as Record<string, Json>).find((o) =>
        o.messages.some((r: Json) => r.$ref.endsWith(`/messages/${m.meta.id}`)),
      );
      expect(operation?.bindings?.http?.method, m.key).toBe('POST');
      const response = spec.messages.find((x) => x.meta.responseTo === m.meta.id || x.meta.id === m.meta.response);
      if (response) expect(operation!.reply.messages[0].$ref).toMatch(new RegExp(`/messages/${response.meta.id}$`));
    }
  });
});
