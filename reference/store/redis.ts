import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';

/** Where the shared store lives: `redis://HOST:PORT[/DB]` (`--store`, `OMASPEC_STORE`). */
export interface RedisLocation {
  host: string;
  port: number;
  db: number;
}

export const DEFAULT_REDIS_PORT = 6379;
/** Every key the reference server writes starts with this, so one Redis database can hold other data too. */
export const DEFAULT_KEY_PREFIX = 'omaspec:';
/**
 * A command not answered within this time fails (and the request that needed it gets 503) instead of
 * hanging; it may still have been applied, which is why every write is idempotent or keyed.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;

/** Parses `redis://HOST[:PORT][/DB]`; anything else gives the reason it is refused. */
export function parseRedisUrl(text: string): RedisLocation | { problem: string } {
  if (!URL.canParse(text)) return { problem: `not a URL: '${text}'` };
  const url = new URL(text);
  if (url.protocol !== 'redis:') return { problem: `only redis:// is supported, got '${url.protocol}//'` };
  if (url.username || url.password || url.search || url.hash)
    return { problem: 'user, password, query and fragment are not supported (run Redis on a private network)' };
  const path = url.pathname.replace(/^\//, '');
  const db = path === '' ? 0 : Number(path);
  if (!/^\d*$/.test(path) || !Number.isInteger(db) || db > 15)
    return { problem: `the database must be a number 0..15, got '${path}'` };
  if (url.hostname === '') return { problem: 'the host is missing' };
  const port = url.port === '' ? DEFAULT_REDIS_PORT : Number(url.port);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port, db };
}

export const describeLocation = (at: RedisLocation) =>
  `redis://${at.host.includes(':') ? `[${at.host}]` : at.host}:${at.port}/${at.db}`;

/**
 * A client that fails fast while Redis is unreachable (no offline queue: a request gets 503 at once
 * rather than waiting for an outage to end) and reconnects by itself, forever, with a capped backoff.
 */
export function connectRedis(at: RedisLocation): Redis {
  const redis = new Redis({
    host: at.host,
    port: at.port,
    db: at.db,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    // A command in flight when the connection broke is failed, not silently sent again on reconnect:
    // its caller answered 503 and may retry itself.
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => Math.min(50 * attempt, 1_000),
  });
  // Without a listener ioredis prints every failed reconnection attempt (see watchConnection).
  redis.on('error', () => {});
  return redis;
}

/** Calls `onChange` once when the connection is lost (not at every reconnection attempt) and once when it is back. */
export function watchConnection(redis: Redis, onChange: (text: string) => void): void {
  let lost = false;
  const report = (why: string) => {
    if (!lost) onChange(`lost (${why}); requests that need it are answered 503 until it is back`);
    lost = true;
  };
  redis.on('error', (error: Error) => report(error.message));
  // A Redis that goes away and is back before the first reconnection attempt fails raises no error: ioredis
  // reconnects only after a connection it did not close itself, so that is the loss too.
  redis.on('reconnecting', () => report('connection closed'));
  redis.on('ready', () => {
    if (lost) onChange('reachable again');
    lost = false;
  });
}

/** Resolves once the client is connected and ready, or rejects with why it is not after `timeoutMs`. */
export function waitUntilReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let lastError: unknown;
    const onError = (error: unknown) => (lastError = error);
    const timer = setTimeout(() => {
      redis.off('ready', onReady).off('error', onError);
      reject(new Error((lastError as Error | undefined)?.message ?? `not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      redis.off('error', onError);
      resolve();
    };
    redis.once('ready', onReady).on('error', onError);
  });
}

/**
 * What a Redis crash could lose with this server's configuration, or undefined when acknowledged writes
 * are safe (AOF with `appendfsync always`: Redis fsyncs each write before it answers).
 */
export async function durabilityWarning(redis: Redis): Promise<string | undefined> {
  let config: string[];
  try {
    config = (await redis.call('CONFIG', 'GET', 'app*')) as string[];
  } catch (error) {
    return `cannot read the Redis configuration (${(error as Error).message}); make sure it runs with appendonly yes and appendfsync always, or a Redis crash may lose acknowledged registrations and notifications`;
  }
  const value = (name: string) => config[config.indexOf(name) + 1];
  if (value('appendonly') !== 'yes')
    return 'Redis runs without AOF (appendonly no): a Redis crash or restart loses every write since its last RDB snapshot, acknowledged registrations and notifications included; run it with --appendonly yes --appendfsync always';
  if (value('appendfsync') !== 'always')
    return `Redis runs with appendfsync ${value('appendfsync')}: a crash of the Redis process loses nothing already answered, but an OS crash or power loss may lose the writes of the last ${value('appendfsync') === 'everysec' ? 'second or two' : '~30 s (the kernel decides when to flush)'}; run it with --appendfsync always`;
  return undefined;
}

/** A Lua script sent once and then called by its SHA1 (EVALSHA), sent again if Redis forgot it (restart). */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly (string | number | Buffer)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
