import type { AoiService } from '../aoi/service.ts';
import type { AoiStore } from '../aoi/store.ts';
import type { HttpRouter } from '../http/router.ts';
import type { SqliteDatabase } from '../store/database.ts';
import { DeliveryScheduler, type DeliveryOptions, type DeliveryRoutes } from './delivery.ts';
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
  /** How often expired copies are dropped from the queues. */
  purgeIntervalMs?: number;
  now?: () => number;
}

export const DEFAULT_PURGE_INTERVAL_MS = 60_000;

export interface NotificationModule {
  readonly store: NotificationStore;
  readonly service: NotificationService;
  readonly scheduler: DeliveryScheduler;
  /** Stops delivery and the purge timer; the caller closes the database afterwards. */
  close(): Promise<void>;
}

/**
 * Wires notification submission and delivery into a server: `POST /notifications` on its router,
 * tables in its database (memory without one), and delivery to clients as soon as they are bound
 * (registration or any request proving the clientID, e.g. the rebind after a reconnect).
 */
export function mountNotifications(
  server: { router: HttpRouter; database: SqliteDatabase | undefined; store: AoiStore; service: AoiService },
  routes: DeliveryRoutes,
  logError: (error: unknown) => void,
  options: NotificationOptions = {},
): NotificationModule {
  const now = options.now ?? Date.now;
  const store: NotificationStore = server.database
    ? new SqliteNotificationStore(server.database)
    : new MemoryNotificationStore();
  const scheduler = new DeliveryScheduler(store, routes, logError, options, now);
  const service = new NotificationService(store, server.store, scheduler, logError, options, now);
  server.router.mount(
    NOTIFICATIONS_PATH,
    createSubmissionHandler(service, new ServerAppKeys(options.serverAppKeys), options),
  );
  // The service announces a bind before the answer to the binding request is written; deliveries
  // start on the next turn of the event loop, after that answer.
  const unsubscribe = server.service.onBind((clientId) => setImmediate(() => scheduler.kick(clientId)));
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
