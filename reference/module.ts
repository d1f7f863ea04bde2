import type { HttpRouter } from './http/router.ts';
import type { JsonLimits } from './limits/json-depth.ts';
import type { SqliteDatabase } from './store/database.ts';

/**
 * What the server lends each feature module it mounts (`mountAoi`, `mountNotifications`, `mountDm`):
 * its router to mount paths on, its database to create tables in, where internal errors go, and the one
 * size and depth limit of every JSON document it accepts.
 */
export interface ModuleHost {
  readonly router: HttpRouter;
  /** Undefined with store 'memory': the module keeps its state in memory. */
  readonly database: SqliteDatabase | undefined;
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
