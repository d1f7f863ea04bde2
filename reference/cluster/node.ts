import type { Redis } from 'ioredis';
import { LuaScript } from '../store/redis.ts';

/**
 * Routing between server nodes sharing one Redis (issue 17). Keys and channels (after the prefix):
 *
 *   route:<client>  the id of the node the client is bound to; expires after `leaseMs` unless the
 *                   node's heartbeat renews it, so a crashed node's bindings lapse by themselves
 *   node:<node>     pub/sub channel of a node: "wake <client>" (copies were queued for a client bound
 *                   there) and "drop <client>" (the client proved its clientID on another node since)
 *
 * The queues themselves are the store's (RedisNotificationStore): a copy leaves its queue only when the
 * device acknowledged it, so the copies a node had in flight when it died never left the queue; the node
 * the device binds to next delivers them from the queue head, in order.
 */
export interface ClusterOptions {
  /** How often the node renews its bindings and checks that it still holds them. */
  heartbeatMs: number;
  /** A binding not renewed for this long lapses (the node is taken for dead). */
  leaseMs: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { heartbeatMs: 1_000, leaseMs: 5_000 };

/** What the node does to the server it runs in. */
export interface ClusterHooks {
  /** Deliver what is queued for the client (bound here). */
  wake(clientId: string): void;
  /** Forget the client's binding here: it is bound to another node now. */
  drop(clientId: string): void;
  /** Whether the client is still bound to a connection of this node. */
  isBound(clientId: string): boolean;
}

/** Latest binding wins: takes the route and tells the previous holder (if another node) to drop it. */
const CLAIM = new LuaScript(`
local previous = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if previous and previous ~= ARGV[1] then redis.call('PUBLISH', ARGV[3] .. previous, 'drop ' .. ARGV[4]) end
return 1`);

/** Wakes the holder of each client's route unless it is this node (which woke itself). */
const WAKE = new LuaScript(`
for i = 3, #ARGV do
  local holder = redis.call('GET', ARGV[1] .. 'route:' .. ARGV[i])
  if holder and holder ~= ARGV[2] then redis.call('PUBLISH', ARGV[1] .. 'node:' .. holder, 'wake ' .. ARGV[i]) end
end
return 1`);

/** Renews this node's routes; returns the clients whose route another node holds now and those re-taken. */
const RENEW = new LuaScript(`
local lost, retaken = {}, {}
for i = 4, #ARGV do
  local key = ARGV[1] .. 'route:' .. ARGV[i]
  local holder = redis.call('GET', key)
  if holder == ARGV[2] then redis.call('PEXPIRE', key, ARGV[3])
  elseif not holder then
    redis.call('SET', key, ARGV[2], 'PX', ARGV[3])
    table.insert(retaken, ARGV[i])
  else table.insert(lost, ARGV[i]) end
end
return {lost, retaken}`);

/** Deletes the routes that are still this node's. */
const RELEASE = new LuaScript(`
for i = 3, #ARGV do
  local key = ARGV[1] .. 'route:' .. ARGV[i]
  if redis.call('GET', key) == ARGV[2] then redis.call('DEL', key) end
end
return 1`);

/** Clients per script call, so that a node with many devices does not block Redis for long. */
const BATCH = 500;

export class ClusterNode {
  private readonly options: ClusterOptions;
  /** The clients this node claimed and has not released or lost yet. */
  private readonly claimed = new Set<string>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private hooks: ClusterHooks | undefined;

  constructor(
    readonly nodeId: string,
    private readonly redis: Redis,
    /** A connection of its own: a subscribed ioredis client can do nothing else. */
    private readonly subscriber: Redis,
    private readonly prefix: string,
    private readonly onError: (error: unknown) => void,
    options: Partial<ClusterOptions> = {},
  ) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  }

  /** Subscribes to this node's channel and starts the heartbeat; `hooks` act on the server it runs in. */
  async start(hooks: ClusterHooks): Promise<void> {
    this.hooks = hooks;
    const channel = `${this.prefix}node:${this.nodeId}`;
    this.subscriber.on('message', (from: string, message: string) => {
      if (from !== channel) return;
      const [verb, clientId] = message.split(' ', 2) as [string, string];
      if (verb === 'drop') void this.dropUnlessRetaken(clientId).catch(this.onError);
      else if (verb === 'wake') hooks.wake(clientId);
    });
    // Messages published while the subscriber was disconnected are lost, and deliveries failed while the
    // commands could not reach Redis: on every reconnection of either, look at every client bound here
    // (ioredis subscribes again by itself). The later of the two reconnections finds both up.
    for (const connection of [this.redis, this.subscriber]) connection.on('ready', () => this.wakeAll());
    await this.subscriber.subscribe(channel);
    this.heartbeat = setInterval(() => void this.renew().catch(this.onError), this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** The client proved its clientID here: take its route. Resolves once the route is recorded. */
  async claim(clientId: string): Promise<void> {
    this.claimed.add(clientId);
    await CLAIM.run(
      this.redis,
      [`${this.prefix}route:${clientId}`],
      [this.nodeId, this.options.leaseMs, `${this.prefix}node:`, clientId],
    );
  }

  /** Copies were queued for these clients: wake the nodes they are bound to. */
  async queued(clientIds: readonly string[]): Promise<void> {
    for (let i = 0; i < clientIds.length; i += BATCH)
      await WAKE.run(this.redis, [], [this.prefix, this.nodeId, ...clientIds.slice(i, i + BATCH)]);
  }

  /** Stops the heartbeat and gives up this node's routes (a clean shutdown; a crash lets them lapse). */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    const clients = [...this.claimed];
    this.claimed.clear();
    for (let i = 0; i < clients.length; i += BATCH)
      await RELEASE.run(this.redis, [], [this.prefix, this.nodeId, ...clients.slice(i, i + BATCH)]);
  }

  private async renew(): Promise<void> {
    const hooks = this.hooks!;
    const released = [...this.claimed].filter((c) => !hooks.isBound(c));
    for (const clientId of released) this.claimed.delete(clientId);
    for (let i = 0; i < released.length; i += BATCH)
      await RELEASE.run(this.redis, [], [this.prefix, this.nodeId, ...released.slice(i, i + BATCH)]);
    const clients = [...this.claimed];
    for (let i = 0; i < clients.length; i += BATCH) {
      const [lost, retaken] = (await RENEW.run(
        this.redis,
        [],
        [this.prefix, this.nodeId, this.options.leaseMs, ...clients.slice(i, i + BATCH)],
      )) as [string[], string[]];
      for (const clientId of lost) {
        this.claimed.delete(clientId);
        hooks.drop(clientId);
      }
      // The route had lapsed (e.g. Redis was unreachable for longer than the lease): wakes sent meanwhile
      // reached nobody.
      for (const clientId of retaken) hooks.wake(clientId);
    }
  }

  /** A device bouncing back here may have re-taken its route since the drop was sent: keep the binding then. */
  private async dropUnlessRetaken(clientId: string): Promise<void> {
    if ((await this.redis.get(`${this.prefix}route:${clientId}`)) === this.nodeId) return;
    this.claimed.delete(clientId);
    this.hooks?.drop(clientId);
  }

  private wakeAll(): void {
    for (const clientId of this.claimed) this.hooks?.wake(clientId);
  }
}
