import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAoiStore } from '../../../reference/aoi/memory-store.ts';
import { aoiStoreModule, SqliteAoiStore } from '../../../reference/aoi/sqlite-store.ts';
import type { AoiStore } from '../../../reference/aoi/store.ts';
import { RedisAoiStore } from '../../../reference/aoi/redis-store.ts';
import { applyMigrations, openDatabase } from '../../../reference/store/database.ts';
import { StoreWorker } from '../../../reference/store/store-worker.ts';
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

const HASH = 'ab'.repeat(32);
const client = (id: string) => ({ id, secretHash: HASH, deviceNumber: '1', createdAt: 1 });
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
    expect(await store.addApplication(app('c1', 't'), 10, HASH)).toBe('added');
    expect(await store.addApplication(app('c1', 't'), 10, HASH)).toBe('known');
    expect(await store.addApplication(app('c2', 't'), 10, HASH)).toBe('added');
    expect(await store.applicationsOf('c1')).toEqual([app('c1', 't')]);
    expect((await store.clientsForToken('t')).sort()).toEqual(['c1', 'c2']);
  });

  it('answers unauthorized, storing nothing, for an unknown client or another secret', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    expect(await store.addApplication(app('ghost', 't'), 10, HASH)).toBe('unauthorized');
    expect(await store.addApplication(app('c1', 't'), 10, 'cd'.repeat(32))).toBe('unauthorized');
    expect(await store.applicationsOf('c1')).toEqual([]);
    expect(await store.clientsForToken('t')).toEqual([]);
  });

  it('counts the applications removed: a client at the limit may register again after removing one', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    for (const token of ['a', 'b']) expect(await store.addApplication(app('c1', token), 2, HASH)).toBe('added');
    expect(await store.addApplication(app('c1', 'c'), 2, HASH)).toBe('full');
    await store.removeApplication('c1', 'a');
    expect(await store.addApplication(app('c1', 'c'), 2, HASH)).toBe('added');
    expect(await store.addApplication(app('c1', 'd'), 2, HASH)).toBe('full');
  });

  it('removes one application, and a client together with its applications', async () => {
    const store = await make();
    await store.addClient(client('c1'));
    await store.addApplication(app('c1', 'a'), 10, HASH);
    await store.addApplication(app('c1', 'b'), 10, HASH);
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
      ['a', 'b', 'c', 'd', 'e'].map((token) => store.addApplication(app('c1', token), 3, HASH)),
    );
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(2);
    expect(await store.applicationsOf('c1')).toHaveLength(3);
    const kept = (await store.applicationsOf('c1'))[0]!.token;
    expect(await store.addApplication(app('c1', kept), 3, HASH)).toBe('known');
  });
});

describe('SqliteAoiStore on a database from before application counts', () => {
  it('counts the applications registered before the upgrade towards the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omaspec-aoi-upgrade-'));
    const db = openDatabase(dir);
    applyMigrations(db, aoiStoreModule.name, aoiStoreModule.migrations.slice(0, 2));
    db.prepare('INSERT INTO aoi_clients (id, secret_hash, device_number, created_at) VALUES (?, ?, ?, ?)').run(
      'c1',
      HASH,
      '1',
      1,
    );
    for (const token of ['a', 'b']) db.prepare('INSERT INTO aoi_applications VALUES (?, ?, ?)').run('c1', token, 2);
    const worker = StoreWorker.start(db, [aoiStoreModule]);
    cleanups.push(async () => {
      await worker.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    await worker.ready;
    const store = new SqliteAoiStore(worker);
    expect(await store.addApplication(app('c1', 'c'), 2, HASH)).toBe('full');
    expect(await store.addApplication(app('c1', 'c'), 3, HASH)).toBe('added');
  });
});
