import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { OmaspecError } from '../../core/errors.ts';
import { RedisAoiStore } from '../aoi/redis-store.ts';
import { RedisDmStore } from '../dm/redis-store.ts';
import type { DmStore, DmStoreLimits } from '../dm/store.ts';
import { RedisNotificationStore } from '../notify/redis-store.ts';
import {
  DEFAULT_KEY_PREFIX,
  connectRedis,
  describeLocation,
  durabilityWarning,
  waitUntilReady,
  watchConnection,
  type RedisLocation,
} from '../store/redis.ts';
import { ClusterNode, type ClusterHooks, type ClusterOptions } from './node.ts';

/** `store` of ServerOptions for several nodes sharing one Redis. */
export interface RedisStoreOptions {
  kind: 'redis';
  location: RedisLocation;
  /** Default `omaspec:`; nodes of one deployment use the same. */
  keyPrefix?: string;
  /** Unique per running node; default host name, process id and a random part. */
  nodeId?: string;
  cluster?: Partial<ClusterOptions>;
  /** How long start-up waits for Redis before giving up. */
  connectTimeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** What ioredis says when a command cannot reach Redis (an outage, reported once by watchConnection). */
const CONNECTION_ERROR = /Stream isn't writeable|Connection is closed|Command timed out|ECONNREFUSED|ECONNRESET|EPIPE/;

/**
 * What a server on Redis holds: two connections (commands, and the node's pub/sub subscription), the
 * stores on the first, and the node's routing.
 */
export class RedisBackend {
  readonly nodeId: string;
  readonly aoiStore: RedisAoiStore;
  readonly notificationStore: RedisNotificationStore;
  readonly dmStore: DmStore;
  readonly node: ClusterNode;
  /**
   * The server's error log, minus the failures of commands during a Redis outage: those are expected,
   * answered 503, and the outage itself is logged once (start()).
   */
  readonly logError: (error: unknown) => void;
  private readonly redis;
  private readonly subscriber;

  constructor(
    private readonly options: RedisStoreOptions,
    logError: (error: unknown) => void,
    dmLimits: Partial<DmStoreLimits> = {},
  ) {
    const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.nodeId = options.nodeId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.redis = connectRedis(options.location);
    this.subscriber = connectRedis(options.location);
    this.logError = (error) => {
      if (this.redis.status === 'ready' && !(error instanceof Error && CONNECTION_ERROR.test(error.message)))
        logError(error);
    };
    this.aoiStore = new RedisAoiStore(this.redis, prefix);
    this.notificationStore = new RedisNotificationStore(this.redis, prefix);
    this.dmStore = outageAsUnreachable(new RedisDmStore(this.redis, prefix, { limits: dmLimits }), () => this.url);
    this.node = new ClusterNode(this.nodeId, this.redis, this.subscriber, prefix, this.logError, options.cluster);
  }

  get url(): string {
    return describeLocation(this.options.location);
  }

  /**
   * Waits for Redis, reports (through `onWarning`) what a Redis crash could lose with its configuration,
   * then joins the cluster; from then on `onWarning` hears when the connection is lost and when it is back.
   * Rejects with STORE_UNREACHABLE when Redis does not answer in time.
   */
  async start(hooks: ClusterHooks, onWarning: (text: string) => void): Promise<void> {
    const timeout = this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    try {
      await Promise.all([waitUntilReady(this.redis, timeout), waitUntilReady(this.subscriber, timeout)]);
    } catch (error) {
      throw new OmaspecError('STORE_UNREACHABLE', `Redis at ${this.url} is unreachable: ${(error as Error).message}`, {
        hint: 'start redis-server (see the README, "Several nodes on one Redis") or fix --store',
        cause: error,
      });
    }
    const warning = await durabilityWarning(this.redis);
    if (warning !== undefined) onWarning(warning);
    watchConnection(this.redis, (text) => onWarning(`Redis at ${this.url}: connection ${text}`));
    await this.node.start(hooks);
  }

  /** True when Redis answers a PING now. */
  async reachable(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.node.stop().catch(() => {});
    this.subscriber.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The DM binding answers a store it cannot reach with 503 by the error's code (STORE_UNREACHABLE), as it does a locked
 * SQLite; the AOI and notification services answer every store failure so by themselves.
 */
function outageAsUnreachable(store: DmStore, url: () => string): DmStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value.apply(target, args) as Promise<unknown>).catch((error: unknown) => {
          if (!(error instanceof Error && CONNECTION_ERROR.test(error.message))) throw error;
          throw new OmaspecError('STORE_UNREACHABLE', `Redis at ${url()} is unreachable: ${error.message}`, {
            cause: error,
          });
        });
    },
  });
}
