import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBytesPooled } from '../random-pool.ts';

/**
 * The clientID the server hands out is a bearer capability: `aoi-<handle>.<secret>`.
 *  - handle: 16 hex digits, the public name of the client (store key, logs, routing);
 *  - secret: 256 random bits, base64url. Only its SHA-256 is stored, so reading the database
 *    does not let anyone act for a client.
 * A connection proves it owns a client by presenting the whole clientID; knowing the handle alone
 * (from a log line, an operator screen) is worth nothing. The CR treats clientID as an opaque
 * string, so the format is invisible to conforming AOI Clients.
 */
const CLIENT_ID = /^aoi-([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

export interface IssuedClientId {
  clientID: string;
  handle: string;
  secretHash: string;
}

export function issueClientId(): IssuedClientId {
  const handle = randomBytesPooled(8).toString('hex');
  const secret = randomBytesPooled(32).toString('base64url');
  return { clientID: `aoi-${handle}.${secret}`, handle, secretHash: hashSecret(secret) };
}

/** Splits a presented clientID; undefined when it cannot be one this server issued. */
export function parseClientId(clientID: string): { handle: string; secret: string } | undefined {
  const match = CLIENT_ID.exec(clientID);
  return match ? { handle: match[1]!, secret: match[2]! } : undefined;
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, secretHash: string): boolean {
  return hashesMatch(hashSecret(secret), secretHash);
}

/** Constant-time comparison of a presented secret's hash with the stored one (a store checking the proof itself). */
export function hashesMatch(presentedHash: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const actual = Buffer.from(presentedHash, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** What the store keeps of a secret, and what a presented secret is compared as. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
