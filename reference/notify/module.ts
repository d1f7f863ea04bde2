import type { AoiModule } from '../aoi/module.ts';
import type { ModuleHost, ServerModule } from '../module.ts';
import { DeliveryScheduler, type DeliveryOptions } from './delivery.ts';
import { createSubmissionHandler, NOTIFICATIONS_PATH, type SubmissionLimits } from './http.ts';
import { ServerAppKeys } from './keys.ts';
import { MemoryNotificationStore } from './memory-store.ts';
import { NotificationService, type SubmissionOptions } from './service.ts';
import { SqliteNotificationStore } from './sqlite-store.ts';
import type { NotificationStore } from './store.ts';

export interface NotificationOptions
  extends Partial<SubmissionOptions>, Partial<SubmissionLimits>, Partial<DeliveryOptions> {
  /** Server Application name → bearer key. None: every submission is refused with 401. */
  serverAppKeys?: ReadonlyMap<string, string>;
  /**
   * Server Application name → the token seeds its key is restricted to (RFC 8292-style binding): it may
   * submit only to their tokens, and those tokens refuse every other key with 403. Names left out are
   * unscoped: they serve every token no scope claims.
   */
  serverAppScopes?: ReadonlyMap<string, readonly string[]>;
  /** How often expired copies are dropped from the queues. */
  purgeIntervalMs?: number;
  now?: () => number;
  /** Where notifications and queues are kept; default the server's database (memory without one). */
  store?: NotificationStore;
  /** With several server nodes: how bindings and queued copies are made known to the others. */
  router?: NotificationRouter;
}

/** What delivery needs from the cluster when several nodes share the store (reference/cluster/node.ts). */
export interface NotificationRouter {
  /** The client is bound to this node now; resolves once the other nodes can see it. */
  claim(clientId: string): Promise<void>;
  /** Copies were queued for these clients: wake the nodes they are bound to. */
  queued(clientIds: readonly string[]): Promise<void>;
}

export const DEFAULT_PURGE_INTERVAL_MS = 60_000;

export interface NotificationModule extends ServerModule {
  readonly store: NotificationStore;
  readonly service: NotificationService;
  readonly scheduler: DeliveryScheduler;
  /** Stops delivery and the purge timer and closes the store; the server closes the database afterwards. */
  close(): Promise<void>;
}

/**
 * Wires notification submission and delivery into a server: `POST /notifications` on its router,
 * tables in its database (memory without one), and delivery over the AOI module's connections to clients
 * as soon as they are bound (registration or any request proving the clientID, e.g. the rebind after a
 * reconnect).
 */
export function mountNotifications(
  host: ModuleHost,
  options: NotificationOptions = {},
  aoi: Pick<AoiModule, 'store' | 'service' | 'sessionOf' | 'requesterFor'>,
): NotificationModule {
  const { logError } = host;
  const now = options.now ?? Date.now;
  const { router } = options;
  const store: NotificationStore =
    options.store ?? (host.storeWorker ? new SqliteNotificationStore(host.storeWorker) : new MemoryNotificationStore());
  const scheduler = new DeliveryScheduler(store, aoi, logError, options, now);
  // One submission kicks each of its recipients in the same turn: tell the router about them in one call.
  const toWake = new Set<string>();
  const kick = (clientId: string) => {
    scheduler.kick(clientId);
    if (!router) return;
    if (toWake.size === 0)
      queueMicrotask(() => {
        const clientIds = [...toWake];
        toWake.clear();
        void router.queued(clientIds).catch(logError);
      });
    toWake.add(clientId);
  };
  const service = new NotificationService(store, aoi.store, { kick }, logError, options, now);
  host.router.mount(
    NOTIFICATIONS_PATH,
    createSubmissionHandler(
      service,
      new ServerAppKeys(options.serverAppKeys, options.serverAppScopes),
      options,
      host.jsonLimits,
    ),
  );
  // The service announces a bind before the answer to the binding request is written; deliveries
  // start on the next turn of the event loop, after that answer.
  // With a router the route is recorded first: a copy queued on another node meanwhile wakes this one.
  const bound = async (clientId: string) => {
    await router?.claim(clientId).catch(logError);
    scheduler.kick(clientId);
  };
  const unsubscribe = aoi.service.onBind((clientId) => setImmediate(() => void bound(clientId)));
  const purge = setInterval(
    () => void store.purgeExpired(now()).catch(logError),
    options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS,
  );
  purge.unref();
  return {
    store,
    service,
    scheduler,
    close: async () => {
      clearInterval(purge);
      unsubscribe();
      scheduler.close();
      await store.close();
    },
  };
}
