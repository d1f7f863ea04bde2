import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAoiStore } from '../../../reference/aoi/memory-store.ts';
import { aoiStoreModule, SqliteAoiStore } from '../../../reference/aoi/sqlite-store.ts';
import type { AoiStore } from '../../../reference/aoi/store.ts';
import { RedisAoiStore } from '../../../reference/aoi/redis-store.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';
import { startStoreWorker } from '../store/support.ts';

const redis = useRedis();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function sqliteStore(): Promise<AoiStore> {
  const started = await startStoreWorker([aoiStoreModule]);
  cleanups.push(started.stop);
  return new SqliteAoiStore(started.worker);
}

const client = (id: string) => ({ id, secretHash: 'ab'.repeat(32), deviceNumber: '1', createdAt: 1 });
const app = (clientId: string, token: string) => ({ clientId, token, createdAt: 2 });

describe.each([
  ['memory', async () => new MemoryAoiStore() as AoiStore],
  ['sqlite', sqliteStore],
  ['redis', () => new RedisAoiStore(redis.client(), redis.freshPrefix())],
])('AoiStore contract (%s)', (name, make) => {
  beforeEach((context) => void (name === 'redis' && skipWithoutRedis(context)));

  it('stores and returns clients, and refuses a duplicate id', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    expect(await store.getClient('c1')).toEqual(client('c1'));
    expect(await store.getClient('nope')).toBeUndefined();
    await expect(store.addClient(client('c1'))).rejects.toThrow();
  });

  it('keeps one mapping per (client, token) and lists every client of a shared token', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    await store.addClient(client('c2'));
    expect(await store.addApplication(app('c1', 't'), 10)).toBe('added');
    expect(await store.addApplication(app('c1', 't'), 10)).toBe('known');
    expect(await store.addApplication(app('c2', 't'), 10)).toBe('added');
    expect(await store.applicationsOf('c1')).toEqual([app('c1', 't')]);
    expect((await store.clientsForToken('t')).sort()).toEqual(['c1', 'c2']);
  });

  it('refuses an application of an unknown client', async () => {
    await expect((await make()).addApplication(app('ghost', 't'), 10)).rejects.toThrow();
  });

  it('removes one application, and a client together with its applications', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    await store.addApplication(app('c1', 'a'), 10);
    await store.addApplication(app('c1', 'b'), 10);
    expect(await store.removeApplication('c1', 'a')).toBe(true);
    expect(await store.removeApplication('c1', 'a')).toBe(false);
    expect(await store.removeClient('c1')).toBe(true);
    expect(await store.removeClient('c1')).toBe(false);
    expect(await store.clientsForToken('b')).toEqual([]);
    expect(await store.getClient('c1')).toBeUndefined();
  });

  it('refuses an application beyond the limit, even when the calls arrive together, but keeps a known token', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((token) => store.addApplication(app('c1', token), 3)),
    );
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(2);
    expect(await store.applicationsOf('c1')).toHaveLength(3);
    const kept = (await store.applicationsOf('c1'))[0]!.token;
    expect(await store.addApplication(app('c1', kept), 3)).toBe('known');
  });
});
