import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AOI_PATH, mountAoi, type AoiModule, type AoiOptions } from './aoi/module.ts';
import { mountDm, type DmModule, type DmOptions } from './dm/module.ts';
import { READS_PACKAGE3_STATUSES } from './dm/session.ts';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/connection-limits.ts';
import { createHttpFront, type TlsOptions } from './http/front.ts';
import { HttpRouter, sendJson, sendProblem } from './http/router.ts';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from './limits/json-depth.ts';
import type { ModuleHost } from './module.ts';
import { mountNotifications, type NotificationModule, type NotificationOptions } from './notify/module.ts';
import { NOTIFICATIONS_PATH } from './notify/http.ts';
import { aoiStoreModule } from './aoi/sqlite-store.ts';
import { notifyStoreModule } from './notify/sqlite-store.ts';
import { dmStoreModule } from './dm/sqlite-store.ts';
import { openDatabase, type SqliteDatabase } from './store/database.ts';
import { RedisBackend, type RedisStoreOptions } from './cluster/redis-backend.ts';
import { StoreWorker, type StoreLimits } from './store/store-worker.ts';

import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';

export { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT };
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** The server's own options, then one section per feature module it mounts. */
export interface ServerOptions {
  /** Loopback by default: exposing the server is an explicit decision. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Holds omaspec.db when store is 'sqlite'. */
  dataDir?: string;
  /** Redis: AOI, notification and DM state shared by several nodes (reference/cluster/). */
  store?: 'sqlite' | 'memory' | RedisStoreOptions;
  /** The SQLite store worker's lock wait, queue bound and call timeout; see reference/README.md. */
  storeLimits?: Partial<StoreLimits>;
  /**
   * A request or WebSocket upgrade whose headers are not complete within this time is dropped (408).
   * Half-open upgrades are not connections yet, so maxConnections cannot bound them (slowloris).
   */
  headersTimeoutMs?: number;
  /** Connection caps and request body timeouts; see reference/README.md, Limits and security. */
  httpLimits?: Partial<HttpLimits>;
  /**
   * Serve https:// and wss:// (same port, same paths). ClientIDs and Server Application keys are bearer
   * secrets: anywhere but loopback, they need TLS.
   */
  tls?: TlsOptions;
  /** One size and nesting limit for every JSON document the modules accept (socket frames, HTTP bodies). */
  jsonLimits?: Partial<JsonLimits>;
  /** Internal errors with their stacks go here, never to the wire. Default: stderr. */
  logError?: (error: unknown) => void;
  /** Start-up warnings (e.g. what a Redis crash could lose) and Redis outages. Default: stderr. */
  logWarning?: (text: string) => void;
  /** AOI-1 over WebSocket at /aoi; see reference/README.md. */
  aoi?: AoiOptions;
  /** Notification submission (POST /notifications) and delivery; see reference/notify/README.md. */
  notifications?: NotificationOptions;
  /** OMA DM 2.0 at POST /dm; see reference/dm/README.md. */
  dm?: DmOptions;
}

export interface OmaspecServer {
  /** Mount further HTTP handlers or WebSocket endpoints here. */
  readonly router: HttpRouter;
  /** The shared database (undefined with store 'memory' or Redis); the store worker runs the modules' SQL on it. */
  readonly database: SqliteDatabase | undefined;
  /** The thread that runs the AOI, notification and DM SQL (undefined with store 'memory' or Redis). */
  readonly storeWorker: StoreWorker | undefined;
  /** The Redis connections and this node's routing, with a Redis store. */
  readonly redis: RedisBackend | undefined;
  readonly aoi: AoiModule;
  readonly notifications: NotificationModule;
  readonly dm: DmModule;
  /** Starts listening; resolves with the URLs actually bound. */
  listen(): Promise<{ port: number; httpUrl: string; aoiUrl: string }>;
  /** Stops accepting, closes every socket with 1001, then closes the modules and the database. */
  close(): Promise<void>;
}

export function createServer(options: ServerOptions = {}): OmaspecServer {
  const logError =
    options.logError ?? ((error: unknown) => process.stderr.write(`omaspec: internal error: ${describe(error)}\n`));
  const logWarning = options.logWarning ?? ((text: string) => process.stderr.write(`omaspec: warning: ${text}\n`));
  const router = new HttpRouter(logError);
  // Before the database: a TLS certificate that does not load fails with nothing opened.
  const http = createHttpFront(router, {
    headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    httpLimits: { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits },
    tls: options.tls,
  });
  const redis =
    typeof options.store === 'object' ? new RedisBackend(options.store, logError, options.dm?.storeLimits) : undefined;
  const database =
    options.store === 'memory' || redis ? undefined : openDatabase(resolve(options.dataDir ?? DEFAULT_DATA_DIR));
  const storeWorker = database
    ? StoreWorker.start(database, [aoiStoreModule, notifyStoreModule, dmStoreModule], options.storeLimits)
    : undefined;
  const jsonLimits = { ...DEFAULT_JSON_LIMITS, ...options.jsonLimits };
  const host: ModuleHost = { router, storeWorker, logError: redis?.logError ?? logError, jsonLimits };
  // A store given in the options is used unless the server runs on Redis.
  const aoi = mountAoi(host, { ...options.aoi, store: redis?.aoiStore ?? options.aoi?.store });
  const notifications = mountNotifications(
    host,
    {
      ...options.notifications,
      store: redis?.notificationStore ?? options.notifications?.store,
      router: redis?.node ?? options.notifications?.router,
    },
    aoi,
  );
  const dm = mountDm(host, { ...options.dm, store: redis?.dmStore ?? options.dm?.store });
  if (!READS_PACKAGE3_STATUSES)
    logWarning(
      'the spec\'s Package#3 (dmPackage3) has no "Status" list, from which this DM binding reads the result of each ' +
        'command it delivered: a DM session with commands ends at its first Package#3 (400, status-count-mismatch) ' +
        'until reference/dm/session.ts reads the new Package#3',
    );
  router.mount('/healthz', async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(res, 405, 'Method Not Allowed');
    const reachable = await redis?.reachable();
    // Answered from the main thread's own view of the SQLite store: never waits for it.
    const store = storeWorker?.status;
    // 503 while Redis is down: a balancer sends new devices to the nodes that can serve them.
    sendJson(res, reachable === false ? 503 : 200, {
      status: reachable === false ? 'unavailable' : 'ok',
      store: redis ? 'redis' : database ? 'sqlite' : 'memory',
      ...(store && { storeState: store.state, storePending: store.pending }),
      ...(redis && { redis: reachable ? 'reachable' : 'unreachable', node: redis.nodeId }),
      connections: aoi.endpoint.connectionCount,
    });
  });

  const scheme = options.tls ? { http: 'https', ws: 'wss' } : { http: 'http', ws: 'ws' };

  return {
    router,
    database,
    storeWorker,
    redis,
    aoi,
    notifications,
    dm,
    listen: async () => {
      await storeWorker?.ready;
      await redis?.start(
        {
          wake: (clientId) => notifications.scheduler.kick(clientId),
          drop: (clientId) => aoi.service.unbind(clientId),
          isBound: (clientId) => aoi.sessionOf(clientId) !== undefined,
        },
        logWarning,
      );
      return new Promise((resolveListen, rejectListen) => {
        const host = options.host ?? DEFAULT_HOST;
        http.once('error', rejectListen);
        http.listen(options.port ?? DEFAULT_PORT, host, () => {
          http.off('error', rejectListen);
          const { port } = http.address() as AddressInfo;
          const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
          if (options.aoi?.aoiServerUrl === undefined)
            aoi.service.setAoiServerUrl(`${scheme.http}://${authority}${NOTIFICATIONS_PATH}`);
          resolveListen({
            port,
            httpUrl: `${scheme.http}://${authority}`,
            aoiUrl: `${scheme.ws}://${authority}${AOI_PATH}`,
          });
        });
      });
    },
    close: async () => {
      const closed = new Promise<void>((done) => (http.listening ? http.close(() => done()) : done()));
      // Order matters: sockets first (their handlers may still queue notifications), then notification
      // delivery, then the HTTP connections still open (submissions use the AOI store), then the stores.
      await aoi.closeConnections();
      await notifications.close();
      http.closeAllConnections();
      await closed;
      await aoi.close();
      await dm.close();
      await storeWorker?.close();
      await redis?.close();
      database?.close();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
