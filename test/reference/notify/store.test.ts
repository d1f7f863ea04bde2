import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryNotificationStore } from '../../../reference/notify/memory-store.ts';
import { RedisNotificationStore } from '../../../reference/notify/redis-store.ts';
import { notifyStoreModule, SqliteNotificationStore } from '../../../reference/notify/sqlite-store.ts';
import type { NotificationRecord, NotificationStore } from '../../../reference/notify/store.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';
import { startStoreWorker } from '../store/support.ts';

const redis = useRedis();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const T0 = 1_000_000;
const record = (id: string, extra: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id,
  submitter: 'shop',
  clientAppToken: 'tok',
  payload: { id },
  priority: 5,
  createdAt: T0,
  expiresAt: T0 + 60_000,
  ...extra,
});

async function sqliteStore(): Promise<NotificationStore> {
  const started = await startStoreWorker([notifyStoreModule]);
  cleanups.push(started.stop);
  return new SqliteNotificationStore(started.worker);
}

const stores: [string, () => Promise<NotificationStore>][] = [
  ['memory', async () => new MemoryNotificationStore()],
  ['sqlite', sqliteStore],
  ['redis', async () => new RedisNotificationStore(redis.client(), redis.freshPrefix())],
];

describe.each(stores)('%s NotificationStore', (name, create) => {
  beforeEach((context) => void (name === 'redis' && skipWithoutRedis(context)));

  it('queues a copy per recipient, returns them in order after a seq, and forgets an acknowledged one', async () => {
    const store = await create();
    for (const id of ['n-1', 'n-2', 'n-3'])
      expect(await store.submit(record(id), ['a', 'b'], 10)).toEqual({ kind: 'accepted', id, queuedFor: ['a', 'b'] });
    const queued = await store.queued('a', 0, 10, T0);
    expect(queued.map((q) => q.notification.id)).toEqual(['n-1', 'n-2', 'n-3']);
    expect(queued[0]!.notification).toEqual(record('n-1'));
    expect((await store.queued('a', queued[0]!.seq, 1, T0)).map((q) => q.notification.id)).toEqual(['n-2']);
    expect(await store.acknowledge('a', 'n-2')).toBe(true);
    expect(await store.acknowledge('a', 'n-2')).toBe(false);
    expect((await store.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-1', 'n-3']);
    expect(await store.queued('b', 0, 10, T0)).toHaveLength(3);
  });

  it('returns the first id for a repeated idempotency key of the same submitter only', async () => {
    const store = await create();
    await store.submit(record('n-1', { idempotencyKey: 'k' }), ['a'], 10);
    expect(await store.submit(record('n-2', { idempotencyKey: 'k' }), ['a'], 10)).toEqual({
      kind: 'duplicate',
      id: 'n-1',
    });
    expect(await store.submit(record('n-3', { idempotencyKey: 'k', submitter: 'other' }), ['a'], 10)).toMatchObject({
      kind: 'accepted',
      id: 'n-3',
    });
    expect((await store.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-1', 'n-3']);
  });

  it('skips recipients whose queue is full and stores nothing when all are', async () => {
    const store = await create();
    await store.submit(record('n-1'), ['a'], 1);
    expect(await store.submit(record('n-2'), ['a', 'b'], 1)).toEqual({ kind: 'accepted', id: 'n-2', queuedFor: ['b'] });
    expect(await store.submit(record('n-3', { idempotencyKey: 'k' }), ['a', 'b'], 1)).toEqual({ kind: 'full' });
    await store.acknowledge('a', 'n-1');
    expect(await store.submit(record('n-4', { idempotencyKey: 'k' }), ['a'], 1)).toMatchObject({
      kind: 'accepted',
      id: 'n-4',
    });
  });

  it('hides expired copies and purges them with their notifications', async () => {
    const store = await create();
    await store.submit(record('n-short', { expiresAt: T0 + 10, idempotencyKey: 'k' }), ['a'], 10);
    await store.submit(record('n-long'), ['a'], 10);
    expect((await store.queued('a', 0, 10, T0 + 10)).map((q) => q.notification.id)).toEqual(['n-long']);
    expect(await store.purgeExpired(T0 + 10)).toBe(1);
    expect(await store.purgeExpired(T0 + 10)).toBe(0);
    // The expired notification's idempotency key is forgotten with it.
    expect(await store.submit(record('n-again', { idempotencyKey: 'k', createdAt: T0 + 10 }), ['a'], 10)).toMatchObject(
      { kind: 'accepted' },
    );
  });

  it('acknowledges copies sent together, each once, and reports the ones that were not queued', async () => {
    const store = await create();
    for (const id of ['n-1', 'n-2', 'n-3']) await store.submit(record(id), ['a'], 10);
    const acks = await Promise.all([
      store.acknowledge('a', 'n-1'),
      store.acknowledge('a', 'n-3'),
      store.acknowledge('a', 'n-3'),
      store.acknowledge('a', 'n-unknown'),
      store.acknowledge('b', 'n-2'),
    ]);
    expect(acks).toEqual([true, true, false, false, false]);
    expect((await store.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-2']);
  });

  it('finds a copy submitted while an empty read of the same queue was in flight', async () => {
    const store = await create();
    expect(await store.queued('a', 0, 10, T0)).toEqual([]);
    // Sent together: the sqlite store runs the read before the batch's writes, so it sees nothing.
    await Promise.all([store.queued('a', 0, 10, T0), store.submit(record('n-1'), ['a'], 10)]);
    expect((await store.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-1']);
  });
});

describe('SqliteNotificationStore', () => {
  it('asks the database for a queue only when the client may have one (binding an idle client costs no query)', async () => {
    const started = await startStoreWorker([notifyStoreModule]);
    cleanups.push(started.stop);
    const ops: string[] = [];
    const store = new SqliteNotificationStore({
      call: (module, op, args) => (ops.push(op), started.worker.call(module, op, args)),
    });
    expect(await store.queued('idle', 0, 10, T0)).toEqual([]);
    await store.submit(record('n-1'), ['busy'], 10);
    expect(await store.queued('busy', 0, 10, T0)).toHaveLength(1);
    await store.acknowledge('busy', 'n-1');
    expect(await store.queued('busy', 0, 10, T0)).toEqual([]);
    expect(await store.queued('busy', 0, 10, T0)).toEqual([]);
    expect(ops).toEqual(['clientsWithQueue', 'submit', 'queued', 'acknowledge', 'queued']);
  });

  it('knows at start which clients have copies queued', async () => {
    const started = await startStoreWorker([notifyStoreModule]);
    cleanups.push(started.stop);
    await new SqliteNotificationStore(started.worker).submit(record('n-1'), ['a'], 10);
    const reopened = new SqliteNotificationStore(started.worker);
    expect((await reopened.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-1']);
  });
});

describe('a value the store thread cannot take', () => {
  it('fails that call alone and leaves the store working', async () => {
    const started = await startStoreWorker([notifyStoreModule]);
    cleanups.push(started.stop);
    const store = new SqliteNotificationStore(started.worker);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) deep = { deep };
    const outcomes = await Promise.allSettled([
      store.submit(record('n-deep', { payload: deep }), ['a'], 10),
      store.submit(record('n-flat'), ['a'], 10),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect((await store.queued('a', 0, 10, T0)).map((q) => q.notification.id)).toEqual(['n-flat']);
    expect(started.worker.status.state).toBe('ok');
  });
});
