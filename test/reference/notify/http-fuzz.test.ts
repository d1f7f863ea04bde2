import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { KEY, connectDevice, startNotifyServer, type TestDevice } from './support.ts';

/**
 * Bounded fuzzing of POST /notifications over real HTTP: whatever the headers and body, the answer is
 * one of the documented statuses with a JSON body, nothing is logged as an internal error, and the
 * server keeps answering.
 */
let server: OmaspecServer;
let httpUrl: string;
let device: TestDevice & { token: string };
const errors: unknown[] = [];
beforeAll(async () => {
  let url: string;
  ({ server, url, httpUrl } = await startNotifyServer({
    logError: (error) => errors.push(error),
    jsonLimits: { maxDepth: 16 },
    notifications: { serverAppKeys: new Map([['shop', KEY]]), submissionsPerSecond: 1e6, submissionBurst: 1e6 },
  }));
  device = await connectDevice(url, 'fuzz-seed');
});
afterAll(async () => {
  device.client.close();
  await server.close();
});

const DOCUMENTED = [202, 400, 401, 403, 404, 413, 415];
const anyValue = fc.jsonValue({ maxDepth: 4 });
const submission = fc
  .record(
    {
      clientAppToken: fc.oneof(fc.constant('TOKEN'), anyValue),
      payload: anyValue,
      priority: anyValue,
      ttl: fc.oneof(fc.integer({ min: -5, max: 100_000 }), anyValue),
      idempotencyKey: anyValue,
    },
    { requiredKeys: [] },
  )
  .map((body) => JSON.stringify(body));
const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  anyValue.map((value) => JSON.stringify(value)),
  submission,
  fc
    .integer({ min: 1, max: 40 })
    .map((depth) => `{"clientAppToken":"TOKEN","payload":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
);
const contentType = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'APPLICATION/JSON'),
  fc.string({ maxLength: 40 }).filter((text) => /^[\x21-\x7e ]*$/.test(text)),
);
const authorization = fc.oneof(
  fc.constant(`Bearer ${KEY}`),
  fc.string({ maxLength: 60 }).filter((text) => /^[\x21-\x7e ]*$/.test(text)),
);

describe('POST /notifications, fuzzed', () => {
  it('answers any request with a documented status and a JSON body, and logs no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, authorization, async (text, type, auth) => {
        const response = await fetch(`${httpUrl}/notifications`, {
          method: 'POST',
          headers: { 'content-type': type, authorization: auth },
          body: text.replaceAll('TOKEN', device.token),
        });
        expect(DOCUMENTED).toContain(response.status);
        // notificationSubmitRes carries the status as `code`, problem+json as `status`.
        const answer = JSON.parse(await response.text()) as { code?: number; status?: number };
        expect(answer.code ?? answer.status).toBe(response.status);
        expect(errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`${httpUrl}/healthz`)).status).toBe(200);
  });
});
