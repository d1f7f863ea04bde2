import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryNotificationStore } from '../../../reference/notify/memory-store.ts';
import { RedisNotificationStore } from '../../../reference/notify/redis-store.ts';
import { SqliteNotificationStore } from '../../../reference/notify/sqlite-store.ts';
import type { NotificationRecord, NotificationStore } from '../../../reference/notify/store.ts';
import Database from 'better-sqlite3';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';

const redis = useRedis();

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

const stores: [string, () => NotificationStore][] = [
  ['memory', () => new MemoryNotificationStore()],
  ['sqlite', () => new SqliteNotificationStore(new Database(':memory:'))],
  ['redis', () => new RedisNotificationStore(redis.client(), redis.freshPrefix())],
];

describe.each(stores)('%s NotificationStore', (name, create) => {
  beforeEach((context) => void (name === 'redis' && skipWithoutRedis(context)));

  it('queues a copy per recipient, returns them in order after a seq, and forgets an acknowledged one', async () => {
    const store = create();
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
    const store = create();
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
    const store = create();
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
    const store = create();
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
});
