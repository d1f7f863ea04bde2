import { createHash, scrypt } from 'node:crypto';
import { randomBytesPooled } from '../random-pool.ts';

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
  return randomBytesPooled(32).toString('base64url');
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

export interface SeedDerivationLimits {
  /** Derivations running at once (each holds ~32 MiB for ~100 ms). */
  maxConcurrent: number;
  /** Distinct seeds waiting for a free slot; one more is refused with a retry hint instead of queueing. */
  maxWaiting: number;
  /** Recent seed → token results kept, keyed by the seed's SHA-256 (no seed stays in memory). */
  cacheSize: number;
}

export const DEFAULT_SEED_DERIVATION_LIMITS: SeedDerivationLimits = {
  maxConcurrent: 16,
  maxWaiting: 256,
  cacheSize: 1024,
};

export type Derivation = { token: string } | { retryAfterSeconds: number };

/**
 * Seeded tokens for a crowd: identical seeds in flight share one derivation (single flight), recent
 * results are cached, distinct seeds beyond `maxConcurrent` wait in a bounded queue, and beyond that
 * the caller gets a hint of when to retry (from the measured derivation time) rather than a bare 503.
 */
export class SeedDerivations {
  private readonly limits: SeedDerivationLimits;
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Least recently used first (a Map keeps insertion order). */
  private readonly cache = new Map<string, string>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private averageMs = 100;

  constructor(
    private readonly derive: (seed: string) => Promise<string> = tokenFromSeed,
    limits: Partial<SeedDerivationLimits> = {},
  ) {
    this.limits = { ...DEFAULT_SEED_DERIVATION_LIMITS, ...limits };
  }

  async token(seed: string): Promise<Derivation> {
    const key = createHash('sha256').update(seed.normalize('NFC')).digest('base64');
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.remember(key, cached);
      return { token: cached };
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      const full = this.running >= this.limits.maxConcurrent && this.waiting.length >= this.limits.maxWaiting;
      if (full) return { retryAfterSeconds: this.retryAfterSeconds() };
      pending = this.run(key, seed);
      this.inFlight.set(key, pending);
    }
    return { token: await pending };
  }

  private async run(key: string, seed: string): Promise<string> {
    try {
      // A freed slot is handed to the next waiter directly, so `running` never exceeds the limit.
      if (this.running < this.limits.maxConcurrent) this.running++;
      else await new Promise<void>((resolve) => this.waiting.push(resolve));
      const started = Date.now();
      try {
        const token = await this.derive(seed);
        this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
        this.remember(key, token);
        return token;
      } finally {
        const next = this.waiting.shift();
        if (next) next();
        else this.running--;
      }
    } finally {
      this.inFlight.delete(key);
    }
  }

  private remember(key: string, token: string): void {
    this.cache.delete(key);
    this.cache.set(key, token);
    if (this.cache.size > this.limits.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }

  /** The time the queue ahead needs to drain, in whole seconds (at least 1). */
  private retryAfterSeconds(): number {
    const rounds = this.waiting.length / this.limits.maxConcurrent + 1;
    return Math.max(1, Math.ceil((rounds * this.averageMs) / 1000));
  }
}
