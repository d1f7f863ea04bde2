import type { Redis } from 'ioredis';
import { beforeEach, describe, expect, it } from 'vitest';
import { durabilityWarning, LuaScript } from '../../../reference/store/redis.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';

const redis = useRedis();
beforeEach(skipWithoutRedis);

describe('durabilityWarning', () => {
  const withConfig = async (appendonly: string, appendfsync: string) => {
    const client = redis.client();
    await client.config('SET', 'appendfsync', appendfsync);
    await client.config('SET', 'appendonly', appendonly);
    return durabilityWarning(client);
  };

  it('is quiet with AOF and appendfsync always', async () => {
    expect(await withConfig('yes', 'always')).toBeUndefined();
  });

  it('says what an OS crash could lose with appendfsync everysec or no', async () => {
    expect(await withConfig('yes', 'everysec')).toMatch(/appendfsync everysec: .*OS crash or power loss.*second/);
    expect(await withConfig('yes', 'no')).toMatch(/appendfsync no: .*~30 s/);
  });

  it('says that a restart loses everything since the last snapshot without AOF', async () => {
    expect(await withConfig('no', 'always')).toMatch(/without AOF.*loses every write since its last RDB snapshot/);
  });

  it('says it cannot check when CONFIG is refused (managed Redis)', async () => {
    const refusing = { call: () => Promise.reject(new Error("ERR unknown command 'CONFIG'")) } as unknown as Redis;
    expect(await durabilityWarning(refusing)).toMatch(/cannot read the Redis configuration \(ERR unknown command/);
  });
});

describe('LuaScript', () => {
  it('runs again after Redis forgot its scripts (as after a restart)', async () => {
    const client = redis.client();
    const script = new LuaScript("return redis.call('INCR', KEYS[1])");
    const key = `${redis.freshPrefix()}counter`;
    expect(await script.run(client, [key], [])).toBe(1);
    await client.script('FLUSH');
    expect(await script.run(client, [key], [])).toBe(2);
  });
});
