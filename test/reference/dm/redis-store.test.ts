import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../reference/dm/bearer.ts';
import { RedisDmStore } from '../../../reference/dm/redis-store.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';
import { describeDmStoreContract } from './store-contract.ts';

const redis = useRedis();

beforeEach((context) => skipWithoutRedis(context));

describeDmStoreContract('redis', async ({ limits, now }) => ({
  store: new RedisDmStore(redis.client(), redis.freshPrefix(), { limits, now }),
  dispose: async () => {},
}));

describe('RedisDmStore keys', () => {
  it('keeps every key under its prefix, and of a credential only its digest', async () => {
    const client = redis.client();
    const prefix = redis.freshPrefix();
    const store = new RedisDmStore(client, prefix);
    const credential = await store.issueCredential('dev-1');
    await store.enqueueAll('dev-1', [['GET', './DevInfo/Mod']]);
    await store.apply('dev-1', { kind: 'begin', mos: [], alerts: [], take: [], cmd: [['END']], ended: 'completed' });
    await store.putData('dev-1', 'a', Buffer.from('body'), 'text/plain', 'operator');

    const keys = await client.keys('*');
    const own = keys.filter((key) => key.startsWith(prefix));
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(own.every((key) => key.startsWith(`${prefix}dm:`))).toBe(true);
    expect(await client.hgetallBuffer(`${prefix}dm:cred:dev-1`)).toEqual({
      digest: sha256(credential),
      issuedAt: expect.any(Buffer),
    });
    for (const key of own) expect((await client.dumpBuffer(key))!.includes(credential)).toBe(false);
  });
});
