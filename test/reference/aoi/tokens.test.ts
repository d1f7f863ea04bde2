import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEED_KDF, SEED_SALT, SeedDerivations, tokenFromSeed, uniqueToken } from '../../../reference/aoi/tokens.ts';
import { appRegistration, RawSocket, registerClient, startServer } from '../support.ts';

describe('Client Application tokens', () => {
  it('derives a seeded token as base64url(scrypt(seed, fixed public salt)), the interoperable definition', async () => {
    const expected = scryptSync('weather', 'omaspec/aoi1/clientAppToken/v1', 32, {
      N: 2 ** 15,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    expect(SEED_SALT).toBe('omaspec/aoi1/clientAppToken/v1');
    expect(SEED_KDF).toEqual({ N: 2 ** 15, r: 8, p: 1, keyLength: 32 });
    expect(await tokenFromSeed('weather')).toBe(expected.toString('base64url'));
  });

  it('normalises the seed to NFC so composed and decomposed spellings agree', async () => {
    expect(await tokenFromSeed('caf\u00e9')).toBe(await tokenFromSeed('cafe\u0301'));
  });

  it('makes unique tokens of 256 random bits', () => {
    const tokens = new Set(Array.from({ length: 100 }, uniqueToken));
    expect(tokens.size).toBe(100);
    expect(Buffer.from([...tokens][0]!, 'base64url')).toHaveLength(32);
  });
});

describe('SeedDerivations', () => {
  it('keeps at most cacheSize recent results, forgetting the least recently used', async () => {
    const derived: string[] = [];
    const derivations = new SeedDerivations(async (seed) => (derived.push(seed), `t-${seed}`), { cacheSize: 2 });
    for (const seed of ['a', 'b', 'a', 'c', 'a', 'b']) await derivations.token(seed);
    // 'a' was used again before 'c' came, so 'b' was the one forgotten.
    expect(derived).toEqual(['a', 'b', 'c', 'b']);
  });

  it('never runs more than maxConcurrent derivations at once', async () => {
    let running = 0;
    let most = 0;
    const derivations = new SeedDerivations(
      async (seed) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return seed;
      },
      { maxConcurrent: 2, maxWaiting: 100 },
    );
    const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => derivations.token(`s${i}`)));
    expect(tokens).toEqual(Array.from({ length: 10 }, (_, i) => ({ token: `s${i}` })));
    expect(most).toBe(2);
  });
});

describe('a crowd of instances with one seed, over real sockets', () => {
  it('registers all 30 with the same token (one derivation), none answered 503', async () => {
    const { server, url } = await startServer();
    try {
      const sockets = await Promise.all(Array.from({ length: 30 }, () => RawSocket.open(url, 15_000)));
      const clientIDs = await Promise.all(sockets.map((socket) => registerClient(socket)));
      const answers = await Promise.all(
        sockets.map((socket, i) => socket.request(appRegistration(i, clientIDs[i]!, 'one seed for the crowd'))),
      );
      const tokens = new Set(answers.map((answer) => answer.result?.clientAppToken));
      expect(answers.map((answer) => answer.result?.code)).toEqual(Array(30).fill(200));
      expect([...tokens]).toEqual([await tokenFromSeed('one seed for the crowd')]);
      for (const socket of sockets) socket.close();
    } finally {
      await server.close();
    }
  });
});
