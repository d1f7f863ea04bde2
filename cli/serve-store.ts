import { UsageError } from './command.ts';
import type { ServerOptions } from '../reference/server.ts';
import { describeLocation, parseRedisUrl } from '../reference/store/redis.ts';
import { DEFAULT_STORE_LIMITS, type StoreLimits } from '../reference/store/store-worker.ts';
import { givenFlags, limitFlags, limitOptions } from './serve-limits.ts';

export const STORE_ENV = 'OMASPEC_STORE';

/** The `omaspec serve` flag of each store worker limit: a limit added to StoreLimits does not type-check until it has one. */
export const STORE_LIMIT_FLAGS = {
  lockWaitMs: 'store-lock-wait',
  maxPending: 'store-max-pending',
  callTimeoutMs: 'store-call-timeout',
} as const satisfies Record<keyof StoreLimits, string>;

export const storeLimitFlags = limitFlags(STORE_LIMIT_FLAGS);

export const storeUsage = `  --store KIND          sqlite (default, durable), memory (lost on exit) or redis://HOST:PORT[/DB]
                        (several nodes share one Redis; see the README); default $${STORE_ENV} if set`;

export const storeLimitUsage = `SQLite store worker (--store sqlite; each failure is 503 for that request only):
  --store-lock-wait MS             how long a write waits for another connection's lock (default ${DEFAULT_STORE_LIMITS.lockWaitMs})
  --store-max-pending N            store calls waiting for the worker; one more fails at once (default ${DEFAULT_STORE_LIMITS.maxPending})
  --store-call-timeout MS          a store call not answered by then fails (default ${DEFAULT_STORE_LIMITS.callTimeoutMs})`;

/** `--store`, else $OMASPEC_STORE, else sqlite; with what `serve` prints as its store. */
export function storeOption(flag: string | undefined): { store: NonNullable<ServerOptions['store']>; label: string } {
  const fromEnv = process.env[STORE_ENV];
  const given = flag ?? (fromEnv === '' ? undefined : fromEnv) ?? 'sqlite';
  const source = flag === undefined ? `$${STORE_ENV}` : '--store';
  if (given === 'sqlite' || given === 'memory') return { store: given, label: given };
  if (!given.startsWith('redis:'))
    throw new UsageError(`${source} must be sqlite, memory or redis://HOST:PORT[/DB], got '${given}'`);
  const location = parseRedisUrl(given);
  if ('problem' in location) throw new UsageError(`${source}: ${location.problem}`);
  return { store: { kind: 'redis', location }, label: describeLocation(location) };
}

/** The store worker's limits; only the SQLite store has a worker, so with another store they are a usage error. */
export function storeLimitOptions(
  values: Record<string, unknown>,
  store: NonNullable<ServerOptions['store']>,
): Partial<StoreLimits> {
  const limits = limitOptions(STORE_LIMIT_FLAGS, values);
  const [flag] = givenFlags(STORE_LIMIT_FLAGS, values);
  if (flag !== undefined && store !== 'sqlite') throw new UsageError(`--${flag} applies to --store sqlite only`);
  return limits;
}
