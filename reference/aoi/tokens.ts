import { randomBytes, scrypt } from 'node:crypto';

/**
 * Client Application Tokens (CR 001, 8.2.5).
 *
 * Without a seed: 256 random bits. Unique on this server for the one registering instance (the
 * chance of two equal tokens is 2^-128 even after 2^64 registrations).
 *
 * With a seed: token = base64url(scrypt(seed, SEED_SALT, 32 bytes)). Every instance that gives
 * the same seed gets the same token, on every server that implements this derivation: there is no
 * per-server secret, the salt is a fixed public domain-separation string. The token is a one-way
 * function of the seed, so intercepting a token does not reveal the seed, and presenting the token
 * as a seed yields a different token. scrypt (memory-hard, ~50–100 ms per call) makes brute force
 * of low-entropy seeds from an intercepted token expensive; applications should still use seeds
 * with real entropy. These parameters are part of the interoperable definition: never change them
 * in place — a new derivation needs a new salt ("…/v2").
 */
export const SEED_SALT = 'omaspec/aoi1/clientAppToken/v1';
export const SEED_KDF = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;

export function uniqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenFromSeed(seed: string): Promise<string> {
  const { N, r, p, keyLength } = SEED_KDF;
  return new Promise((resolve, reject) => {
    // NFC so that the same seed typed on different platforms derives the same token.
    scrypt(seed.normalize('NFC'), SEED_SALT, keyLength, { N, r, p, maxmem: 128 * N * r * 2 }, (error, key) =>
      error ? reject(error) : resolve(key.toString('base64url')),
    );
  });
}
