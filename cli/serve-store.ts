import { UsageError } from './command.ts';
import type { ServerOptions } from '../reference/server.ts';
import { describeLocation, parseRedisUrl } from '../reference/store/redis.ts';

export const STORE_ENV = 'OMASPEC_STORE';

export const storeUsage = `  --store KIND          sqlite (default, durable), memory (lost on exit) or redis://HOST:PORT[/DB]
                        (several nodes share one Redis; see the README); default $${STORE_ENV} if set`;

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
