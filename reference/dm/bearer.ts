/**
 * Bearer secrets of the DM binding (device credentials, the admin key): 256 random bits each, of which
 * stores keep only the SHA-256 digest — a slow password hash would add cost and nothing else.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBytesPooled } from '../random-pool.ts';

/** A new device credential: 32 random bytes, base64url. */
export function newCredential(): string {
  return randomBytesPooled(32).toString('base64url');
}

/** True when `authorization` is `Bearer <secret>` and the secret's SHA-256 is `digest`, compared in constant time. */
export function bearerMatches(authorization: string | undefined, digest: Uint8Array | undefined): boolean {
  const presented = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  // Compare even when there is nothing to compare with, so the answer time does not tell whether the device exists.
  const equal = timingSafeEqual(sha256(presented ?? ''), digest?.length === 32 ? digest : NO_DIGEST);
  return presented !== undefined && digest?.length === 32 && equal;
}

const NO_DIGEST = Buffer.alloc(32);

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
