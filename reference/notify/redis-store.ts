import type { Redis } from 'ioredis';
import { LuaScript } from '../store/redis.ts';
import type { NotificationRecord, NotificationStore, QueuedDelivery, SubmitOutcome } from './store.ts';

/*
 * Keys (after the prefix):
 *   notify:n        hash  id → the notification record as JSON
 *   notify:meta     hash  id → {"to": [clientId…], "idem": idempotency field or absent}, for the purge
 *   notify:idem     hash  submitter "\n" idempotencyKey → id
 *   notify:expiring zset  id scored by expiresAt
 *   notify:seq      the last seq handed out (one counter for every queue, as SQLite's AUTOINCREMENT)
 *   notify:q:<c>    zset  client c's queued copies: id scored by seq
 *   notify:qx:<c>   zset  the same ids scored by expiresAt, to count live copies in O(log n)
 * Each operation is one Lua script (atomic in Redis). The scripts build key names from the prefix, which a
 * standalone Redis (or one primary with replicas) allows; Redis Cluster would need every key declared.
 */

const SUBMIT = new LuaScript(`
local p, id, json, idem, createdAt, expiresAt, maxLength = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], tonumber(ARGV[7])
if idem ~= '' then
  local earlier = redis.call('HGET', p .. 'notify:idem', idem)
  if earlier then return {'duplicate', earlier} end
end
local queuedFor = {}
for i = 8, #ARGV do
  if redis.call('ZCOUNT', p .. 'notify:qx:' .. ARGV[i], '(' .. createdAt, '+inf') < maxLength then
    table.insert(queuedFor, ARGV[i])
  end
end
if #queuedFor == 0 then return {'full'} end
local meta = {to = queuedFor}
if idem ~= '' then
  meta.idem = idem
  redis.call('HSET', p .. 'notify:idem', idem, id)
end
redis.call('HSET', p .. 'notify:n', id, json)
redis.call('HSET', p .. 'notify:meta', id, cjson.encode(meta))
redis.call('ZADD', p .. 'notify:expiring', expiresAt, id)
for _, client in ipairs(queuedFor) do
  redis.call('ZADD', p .. 'notify:q:' .. client, redis.call('INCR', p .. 'notify:seq'), id)
  redis.call('ZADD', p .. 'notify:qx:' .. client, expiresAt, id)
end
return {'accepted', unpack(queuedFor)}`);

/** Flat list seq, json, seq, json… of the first \`limit\` live copies after \`afterSeq\`. */
const QUEUED = new LuaScript(`
local p, client, limit, now = ARGV[1], ARGV[2], tonumber(ARGV[4]), tonumber(ARGV[5])
local queue, expiries = p .. 'notify:q:' .. client, p .. 'notify:qx:' .. client
local out, cursor = {}, '(' .. ARGV[3]
while #out < 2 * limit do
  local batch = redis.call('ZRANGEBYSCORE', queue, cursor, '+inf', 'WITHSCORES', 'LIMIT', 0, limit)
  if #batch == 0 then break end
  for i = 1, #batch, 2 do
    local id, seq = batch[i], batch[i + 1]
    cursor = '(' .. seq
    local expiresAt = redis.call('ZSCORE', expiries, id)
    local json = redis.call('HGET', p .. 'notify:n', id)
    if expiresAt and tonumber(expiresAt) > now and json then
      table.insert(out, seq)
      table.insert(out, json)
      if #out >= 2 * limit then break end
    end
  end
end
return out`);

const ACKNOWLEDGE = new LuaScript(`
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`);

/** Purges up to ARGV[3] expired notifications; returns {copies dropped, notifications purged}. */
const PURGE = new LuaScript(`
local p, now = ARGV[1], ARGV[2]
local ids = redis.call('ZRANGEBYSCORE', p .. 'notify:expiring', '-inf', now, 'LIMIT', 0, tonumber(ARGV[3]))
local dropped = 0
for _, id in ipairs(ids) do
  local meta = redis.call('HGET', p .. 'notify:meta', id)
  if meta then
    meta = cjson.decode(meta)
    for _, client in ipairs(meta.to) do
      dropped = dropped + redis.call('ZREM', p .. 'notify:q:' .. client, id)
      redis.call('ZREM', p .. 'notify:qx:' .. client, id)
    end
    if meta.idem then redis.call('HDEL', p .. 'notify:idem', meta.idem) end
  end
  redis.call('HDEL', p .. 'notify:n', id)
  redis.call('HDEL', p .. 'notify:meta', id)
  redis.call('ZREM', p .. 'notify:expiring', id)
end
return {dropped, #ids}`);

/** Notifications purged per script call, so that a large backlog does not block Redis for long. */
const PURGE_BATCH = 500;

/**
 * NotificationStore in a Redis shared by several server nodes: any node may accept a submission and any
 * node may deliver a client's queue. The store does not own the connection.
 */
export class RedisNotificationStore implements NotificationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async submit(
    notification: NotificationRecord,
    recipients: readonly string[],
    maxQueueLength: number,
  ): Promise<SubmitOutcome> {
    const { id, submitter, idempotencyKey, createdAt, expiresAt } = notification;
    const idem = idempotencyKey === undefined ? '' : `${submitter}\n${idempotencyKey}`;
    const [kind, ...rest] = (await SUBMIT.run(
      this.redis,
      [],
      [this.prefix, id, JSON.stringify(notification), idem, createdAt, expiresAt, maxQueueLength, ...recipients],
    )) as string[];
    if (kind === 'duplicate') return { kind, id: rest[0]! };
    if (kind === 'full') return { kind };
    return { kind: 'accepted', id, queuedFor: rest };
  }

  async queued(clientId: string, afterSeq: number, limit: number, now: number): Promise<QueuedDelivery[]> {
    const flat = (await QUEUED.run(this.redis, [], [this.prefix, clientId, afterSeq, limit, now])) as string[];
    const copies: QueuedDelivery[] = [];
    for (let i = 0; i < flat.length; i += 2)
      copies.push({ seq: Number(flat[i]), clientId, notification: JSON.parse(flat[i + 1]!) as NotificationRecord });
    return copies;
  }

  async acknowledge(clientId: string, notificationId: string): Promise<boolean> {
    const removed = await ACKNOWLEDGE.run(
      this.redis,
      [`${this.prefix}notify:q:${clientId}`, `${this.prefix}notify:qx:${clientId}`],
      [notificationId],
    );
    return removed === 1;
  }

  async purgeExpired(now: number): Promise<number> {
    let dropped = 0;
    for (;;) {
      const [copies, purged] = (await PURGE.run(this.redis, [], [this.prefix, now, PURGE_BATCH])) as number[];
      dropped += copies!;
      if (purged! < PURGE_BATCH) return dropped;
    }
  }

  async close(): Promise<void> {}
}
