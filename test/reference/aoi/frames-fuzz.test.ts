import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, registration, startServer } from '../support.ts';

/**
 * Bounded fuzzing of the AOI-1 frame path over a real socket: whatever a frame holds, the server answers
 * it with at most one JSON frame, logs no internal error and keeps serving the connection.
 */
let server: OmaspecServer;
let socket: RawSocket;
const errors: unknown[] = [];
beforeAll(async () => {
  let url: string;
  ({ server, url } = await startServer({
    logError: (error) => errors.push(error),
    jsonLimits: { maxDepth: 16 },
    aoi: {
      socketLimits: {
        messagesPerSecond: 1e6,
        messageBurst: 1e6,
        unmatchedResponseBurst: 1e6,
        maxPayloadBytes: 1 << 20,
      },
    },
  }));
  socket = await RawSocket.open(url);
});
afterAll(async () => {
  socket.close();
  await server.close();
});

const anyValue = fc.jsonValue({ maxDepth: 4 });
const id = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom('1e-400', '1e400', '-0', '1.50', '9007199254740993'),
);
/** Valid-looking messages with members replaced by arbitrary values, as raw text (ids as literals). */
const nearlyValid = fc.oneof(
  fc
    .record({
      method: fc.oneof(fc.constantFrom('clientAppRegistrationReq', 'clientAppDeregistrationReq'), fc.string()),
      params: anyValue,
      id,
    })
    .map(
      ({ method, params, id: literal }) =>
        `{"jsonrpc":"2.0","id":${typeof literal === 'string' && !/^[-\d]/.test(literal) ? JSON.stringify(literal) : literal},"method":${JSON.stringify(method)},"params":${JSON.stringify(params)}}`,
    ),
  fc
    .record({
      messageType: fc.constantFrom('aoiClientRegistrationReq', 'aoiClientDeregistrationReq', 'other'),
      deviceNumber: anyValue,
      clientID: anyValue,
    })
    .map((message) => JSON.stringify(message)),
  fc
    .record({ id, result: anyValue })
    .map(
      ({ id: literal, result }) =>
        `{"jsonrpc":"2.0","id":${JSON.stringify(literal)},"result":${JSON.stringify(result)}}`,
    ),
);
const frame = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  anyValue.map((value) => JSON.stringify(value)),
  fc.array(nearlyValid, { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  nearlyValid,
  fc.integer({ min: 1, max: 40 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
);

/** Sent after each fuzzed frame and answered with its own id: what arrives before that answers the frame. */
let sentinels = 0;
const sentinel = (id: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'clientAppRegistrationReq',
  params: { clientID: 'aoi-0000000000000000.x' },
});

describe('AOI-1 frames, fuzzed', () => {
  it('answers any frame with at most one JSON frame, logs no internal error and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(frame, async (text) => {
        const id = `sentinel-${sentinels++}`;
        socket.send(text);
        socket.send(sentinel(id));
        const answers: unknown[] = [];
        for (;;) {
          const answer: unknown = JSON.parse(await socket.next());
          if ((answer as { id?: unknown }).id === id) break;
          answers.push(answer);
        }
        expect(answers.length).toBeLessThanOrEqual(1);
        expect(errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect((await socket.request(registration())).code).toBe(200);
  });
});
