import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, registerClient, startServer } from '../support.ts';

/**
 * Bounded fuzzing of the bytes in front of every handler: Node's HTTP parser and the WebSocket frame
 * parser, over real TCP connections. Whatever arrives, the server answers with HTTP or closes, logs no
 * internal error, and keeps serving everyone else.
 */
let server: OmaspecServer;
let port: number;
let url: string;
const errors: unknown[] = [];
beforeAll(async () => {
  let httpUrl: string;
  ({ server, url, httpUrl } = await startServer({ logError: (error) => errors.push(error), headersTimeoutMs: 300 }));
  port = Number(new URL(httpUrl).port);
});
afterAll(() => server.close());

/** Writes `bytes` on a fresh connection, half-closes it, and collects what comes back until the server closes. */
function exchange(bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    const give = setTimeout(() => socket.destroy(), 2000);
    socket.once('close', () => clearTimeout(give));
    socket.write(bytes, () => socket.end());
  });
}

const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
const headerLine = fc.oneof(
  fc.tuple(token, fc.string({ maxLength: 40 })).map(([name, value]) => `${name}: ${value}`),
  fc.constantFrom('Content-Length: 5', 'Content-Length: -1', 'Transfer-Encoding: chunked', 'Upgrade: websocket'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const request = fc
  .record({
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'OPTIONS'), token),
    path: fc.oneof(fc.constantFrom('/healthz', '/notifications', '/aoi', '/dm', '/'), fc.string({ maxLength: 30 })),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/9.9', ''),
    headers: fc.array(headerLine, { maxLength: 6 }),
    body: fc.string({ unit: 'binary', maxLength: 100 }),
  })
  .map(({ method, path, version, headers, body }) =>
    Buffer.from(`${method} ${path} ${version}\r\nHost: x\r\n${headers.join('\r\n')}\r\n\r\n${body}`),
  );
const bytes = fc.oneof(
  request,
  fc.uint8Array({ maxLength: 300 }).map((array) => Buffer.from(array)),
);

/** One WebSocket frame as RFC 6455 lays it out, every field arbitrary (mask usually on, as clients must). */
const frame = fc
  .record({
    fin: fc.boolean(),
    rsv: fc.integer({ min: 0, max: 7 }),
    opcode: fc.integer({ min: 0, max: 15 }),
    masked: fc.boolean(),
    payload: fc.uint8Array({ maxLength: 200 }),
    longLength: fc.boolean(),
  })
  .map(({ fin, rsv, opcode, masked, payload, longLength }) => {
    const head = [(fin ? 0x80 : 0) | (rsv << 4) | opcode];
    const mask = masked ? 0x80 : 0;
    if (longLength) head.push(mask | 126, payload.length >> 8, payload.length & 0xff);
    else head.push(mask | Math.min(payload.length, 125));
    const key = randomBytes(4);
    const body = Buffer.from(payload.slice(0, longLength ? payload.length : 125));
    if (masked) for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
    return Buffer.concat([Buffer.from(head), masked ? key : Buffer.alloc(0), body]);
  });

const UPGRADE =
  'GET /aoi HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

describe('the wire in front of the handlers, fuzzed', () => {
  it('answers any bytes with HTTP or a close, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (sent) => {
        const answer = (await exchange(sent)).toString('latin1');
        if (answer !== '') expect(answer).toMatch(/^HTTP\/1\.1 \d{3} /);
        expect(errors).toEqual([]);
      }),
      { numRuns: 80 },
    );
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('survives any sequence of WebSocket frames after a real handshake, and keeps serving others', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 5 }), async (frames) => {
        const answer = await exchange(Buffer.concat([Buffer.from(UPGRADE), ...frames]));
        expect(answer.toString('latin1')).toMatch(/^HTTP\/1\.1 101 /);
        expect(errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
    const socket = await RawSocket.open(url);
    expect(await registerClient(socket)).toMatch(/^aoi-/);
    socket.close();
  });
});
