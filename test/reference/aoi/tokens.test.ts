import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEED_KDF, SEED_SALT, tokenFromSeed, uniqueToken } from '../../../reference/aoi/tokens.ts';

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
