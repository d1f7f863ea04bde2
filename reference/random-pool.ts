import { randomFillSync } from 'node:crypto';

/**
 * Cryptographically random bytes for identifiers and secrets, drawn from a pool refilled 4 KiB at a time:
 * one call into the CSPRNG per hundred or so secrets instead of one per secret (two a registration were 8 % of
 * the server's CPU under load). The same bytes are never handed out twice. Node's randomUUID pools the same way.
 */
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let used = POOL_BYTES;

/** `size` fresh random bytes (at most the pool's size), as a new Buffer. */
export function randomBytesPooled(size: number): Buffer {
  if (size > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} pooled random bytes at once`);
  if (used + size > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + size));
  // Handed out bytes leave the pool: nothing later reads them from it.
  pool.fill(0, used, used + size);
  used += size;
  return bytes;
}
