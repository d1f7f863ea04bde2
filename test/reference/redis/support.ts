/**
 * One redis-server per test file that needs it, started before its tests and stopped after them; each
 * store gets a fresh key prefix, so tests in the file do not see each other's keys. Where redis-server is
 * missing, the Redis tests are skipped with the reason (`skipWithoutRedis`), never silently passed.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, type TestContext } from 'vitest';
import { REDIS_MISSING, RedisProcess } from './redis-process.ts';

export interface RedisFixture {
  readonly server: RedisProcess;
  /** A client of the file's server (one, shared); closed after the file's tests. */
  client(): Redis;
  /** A key prefix no other store of this file uses. */
  freshPrefix(): string;
}

export function useRedis(): RedisFixture {
  let server: RedisProcess | undefined;
  let shared: Redis | undefined;
  let prefixes = 0;
  beforeAll(async () => {
    if (!REDIS_MISSING) server = await RedisProcess.start();
  });
  afterAll(async () => {
    shared?.disconnect();
    await server?.stop();
  });
  const started = () => {
    if (!server) throw new Error(REDIS_MISSING ?? 'redis-server is not started yet');
    return server;
  };
  return {
    get server() {
      return started();
    },
    client: () => (shared ??= new Redis({ port: started().port, host: '127.0.0.1' })),
    freshPrefix: () => `test${++prefixes}:`,
  };
}

/** In a beforeEach: skips the test, saying why, when redis-server is not installed. */
export function skipWithoutRedis(context: TestContext): void {
  if (REDIS_MISSING) context.skip(REDIS_MISSING);
}
