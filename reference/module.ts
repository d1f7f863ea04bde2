import type { HttpRouter } from './http/router.ts';
import type { JsonLimits } from './limits/json-depth.ts';
import type { StoreExecutor } from './store/store-worker.ts';

/**
 * What the server lends each feature module it mounts (`mountAoi`, `mountNotifications`, `mountDm`):
 * its router to mount paths on, the store worker on its database, where internal errors go, and the
 * one size and depth limit of every JSON document it accepts.
 */
export interface ModuleHost {
  readonly router: HttpRouter;
  /**
   * The store worker on the server's database (undefined with store 'memory': modules keep their state in
   * memory): modules whose SQL runs there never block the event loop on the disk or a lock; see
   * reference/store/store-worker.ts.
   */
  readonly storeWorker?: StoreExecutor | undefined;
  /** Internal errors with their stacks go here, never to the wire. */
  readonly logError: (error: unknown) => void;
  /** Check each accepted JSON text with `checkJsonLimits` (limits/json-depth.ts) before parsing it. */
  readonly jsonLimits: JsonLimits;
}

/** A mounted feature module. */
export interface ServerModule {
  /** Releases what the module opened (timers, stores); the server closes the database afterwards. */
  close(): Promise<void>;
}
