import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAoiStore } from '../../../reference/aoi/memory-store.ts';
import { RedisAoiStore } from '../../../reference/aoi/redis-store.ts';
import { SqliteAoiStore } from '../../../reference/aoi/sqlite-store.ts';
import type { AoiStore } from '../../../reference/aoi/store.ts';
import { openDatabase } from '../../../reference/store/database.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';

const redis = useRedis();

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function sqliteStore(): AoiStore {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-store-'));
  const db = openDatabase(dir);
  cleanups.push(() => (db.close(), rmSync(dir, { recursive: true, force: true })));
  return new SqliteAoiStore(db);
}

const client = (id: string) => ({ id, secretHash: 'ab'.repeat(32), deviceNumber: '1', createdAt: 1 });
const app = (clientId: string, token: string) => ({ clientId, token, createdAt: 2 });

describe.each([
  ['memory', () => new MemoryAoiStore() as AoiStore],
  ['sqlite', sqliteStore],
  ['redis', () => new RedisAoiStore(redis.client(), redis.freshPrefix())],
])('AoiStore contract (%s)', (name, make) => {
  beforeEach((context) => void (name === 'redis' && skipWithoutRedis(context)));

  it('stores and returns clients, and refuses a duplicate id', async () => {
    const store = make();
    await store.addClient(client('c1'));
    expect(await store.getClient('c1')).toEqual(client('c1'));
    expect(await store.getClient('nope')).toBeUndefined();
    await expect(store.addClient(client('c1'))).rejects.toThrow();
  });

  it('keeps one mapping per (client, token) and lists every client of a shared token', async () => {
    const store = make();
    await store.addClient(client('c1'));
    await store.addClient(client('c2'));
    await store.addApplication(app('c1', 't'));
    await store.addApplication(app('c1', 't'));
    await store.addApplication(app('c2', 't'));
    expect(await store.applicationsOf('c1')).toEqual([app('c1', 't')]);
    expect((await store.clientsForToken('t')).sort()).toEqual(['c1', 'c2']);
  });

  it('refuses an application of an unknown client', async () => {
    await expect(make().addApplication(app('ghost', 't'))).rejects.toThrow();
  });

  it('removes one application, and a client together with its applications', async () => {
    const store = make();
    await store.addClient(client('c1'));
    await store.addApplication(app('c1', 'a'));
    await store.addApplication(app('c1', 'b'));
    expect(await store.removeApplication('c1', 'a')).toBe(true);
    expect(await store.removeApplication('c1', 'a')).toBe(false);
    expect(await store.removeClient('c1')).toBe(true);
    expect(await store.removeClient('c1')).toBe(false);
    expect(await store.clientsForToken('b')).toEqual([]);
    expect(await store.getClient('c1')).toBeUndefined();
  });
});
