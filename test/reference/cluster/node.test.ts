import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClusterNode, type ClusterHooks } from '../../../reference/cluster/node.ts';
import { skipWithoutRedis, useRedis } from '../redis/support.ts';
import { eventually } from './support.ts';

const redis = useRedis();
beforeEach(skipWithoutRedis);

const started: { node: ClusterNode; subscriber: Redis }[] = [];
afterEach(async () => {
  for (const { node, subscriber } of started.splice(0)) {
    await node.stop();
    subscriber.disconnect();
  }
});

/** A node whose hooks record what the cluster told it; `bound` is what its connections hold. */
async function startNode(id: string, prefix: string, bound = new Set<string>()) {
  const heard = { woken: [] as string[], dropped: [] as string[] };
  const hooks: ClusterHooks = {
    wake: (clientId) => heard.woken.push(clientId),
    drop: (clientId) => (heard.dropped.push(clientId), bound.delete(clientId)),
    isBound: (clientId) => bound.has(clientId),
  };
  const subscriber = new Redis({ port: redis.server.port, host: '127.0.0.1' });
  const node = new ClusterNode(
    id,
    redis.client(),
    subscriber,
    prefix,
    (e) => {
      throw e;
    },
    { heartbeatMs: 50, leaseMs: 300 },
  );
  await node.start(hooks);
  started.push({ node, subscriber });
  return { node, heard, bound };
}

describe('ClusterNode', () => {
  it('gives the route to the latest claimer and tells the previous holder to drop the client', async () => {
    const prefix = redis.freshPrefix();
    const a = await startNode('a', prefix, new Set(['c1']));
    const b = await startNode('b', prefix, new Set(['c1']));
    await a.node.claim('c1');
    await b.node.claim('c1');
    expect(await redis.client().get(`${prefix}route:c1`)).toBe('b');
    await eventually(async () => a.heard.dropped.includes('c1'), 'a drops c1');
    expect(b.heard.dropped).toEqual([]);
  });

  it('wakes the holder of a route when copies are queued elsewhere, and not the node that queued them', async () => {
    const prefix = redis.freshPrefix();
    const a = await startNode('a', prefix, new Set(['c1']));
    const b = await startNode('b', prefix);
    await a.node.claim('c1');
    await b.node.queued(['c1', 'nobody']);
    await a.node.queued(['c1']);
    await eventually(async () => a.heard.woken.includes('c1'), 'a is woken');
    expect(a.heard.woken).toEqual(['c1']);
    expect(b.heard.woken).toEqual([]);
  });

  it('keeps its routes alive with the heartbeat, takes back a lapsed one and wakes that client', async () => {
    const prefix = redis.freshPrefix();
    const a = await startNode('a', prefix, new Set(['c1']));
    await a.node.claim('c1');
    const ttl = await redis.client().pttl(`${prefix}route:c1`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    await redis.client().del(`${prefix}route:c1`);
    await eventually(async () => (await redis.client().get(`${prefix}route:c1`)) === 'a', 'the route is back');
    expect(a.heard.woken).toContain('c1');
  });

  it('gives up the routes of clients no longer bound, and on stop only those still its own', async () => {
    const prefix = redis.freshPrefix();
    const a = await startNode('a', prefix, new Set(['gone', 'kept', 'moved']));
    for (const c of ['gone', 'kept', 'moved']) await a.node.claim(c);
    a.bound.delete('gone');
    await eventually(async () => (await redis.client().exists(`${prefix}route:gone`)) === 0, 'gone released');
    // Taken over behind the node's back (as by a node that missed nothing but whose drop is in flight).
    await redis.client().set(`${prefix}route:moved`, 'b');
    await a.node.stop();
    expect(await redis.client().get(`${prefix}route:kept`)).toBeNull();
    expect(await redis.client().get(`${prefix}route:moved`)).toBe('b');
  });
});
