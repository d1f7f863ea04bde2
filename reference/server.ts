import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAoi1Dispatcher, createAoi1Requester } from '../generated/aoi1/dispatcher.ts';
import type { Aoi1Handlers } from '../generated/aoi1/handlers.ts';
import type { DispatcherOptions } from '../generated/common/dispatch.ts';
import { PendingRequests } from '../generated/common/requests.ts';
import { aoi1Handlers, type Aoi1Context } from './aoi1/handlers.ts';
import { MemoryAoiStore } from './aoi/memory-store.ts';
import { AoiService, type AoiServiceOptions } from './aoi/service.ts';
import { SqliteAoiStore } from './aoi/sqlite-store.ts';
import type { AoiStore } from './aoi/store.ts';
import { createDmRoutes, type DmRoutesOptions } from './dm/routes.ts';
import { DmStore, openInMemoryDmStore } from './dm/store.ts';
import { dmValidators } from './dm/validators.ts';
import { HttpRouter, sendJson, sendProblem } from './http/router.ts';
import { mountNotifications, type NotificationModule, type NotificationOptions } from './notify/module.ts';
import { NOTIFICATIONS_PATH } from './notify/http.ts';
import { openDatabase, type SqliteDatabase } from './store/database.ts';
import {
  mountSocketEndpoint,
  type ConnectionContext,
  type MessageHandler,
  type SocketEndpoint,
  type SocketLimits,
} from './ws/socket-endpoint.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7800;
export const DEFAULT_DATA_DIR = './data';
export const AOI_PATH = '/aoi';
export const DM_PATH = '/dm';
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

export interface ServerOptions {
  /** Loopback by default: exposing the server is an explicit decision. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Holds omaspec.db when store is 'sqlite'. */
  dataDir?: string;
  store?: 'sqlite' | 'memory';
  /**
   * Returned to AOI Clients in Client Application registration responses (CR 000 10.1.5).
   * Default: this server's own `http://<host>:<port>/notifications`.
   */
  aoiServerUrl?: string;
  /** Notification submission (POST /notifications) and delivery; see reference/notify/README.md. */
  notifications?: NotificationOptions;
  socketLimits?: Partial<SocketLimits>;
  /**
   * A request or WebSocket upgrade whose headers are not complete within this time is dropped (408).
   * Half-open upgrades are not connections yet, so maxConnections cannot bound them (slowloris).
   */
  headersTimeoutMs?: number;
  aoiLimits?: Pick<
    AoiServiceOptions,
    'maxDeviceNumberLength' | 'maxTokenSeedLength' | 'maxApplicationsPerClient' | 'maxConcurrentSeedDerivations'
  >;
  /** OMA DM 2.0 Package#1 limits (body bytes, OMADM-DevID length, commands per Package#2). */
  dmLimits?: Pick<DmRoutesOptions, 'maxBodyBytes' | 'maxDevIdLength' | 'maxCommandsPerPackage'>;
  /** Turns the handlers into a connection's message handler; default: the generated AOI-1 dispatcher. */
  createDispatcher?: (
    handlers: Aoi1Handlers<Aoi1Context>,
    options: DispatcherOptions,
  ) => (raw: string, ctx: Aoi1Context) => Promise<string | undefined>;
  /** Internal errors with their stacks go here, never to the wire. Default: stderr. */
  logError?: (error: unknown) => void;
}

export interface OmaspecServer {
  /** Mount further HTTP handlers (`/dm`, `/notifications`) or WebSocket endpoints here. */
  readonly router: HttpRouter;
  /** The shared database (undefined with store 'memory'); modules create their own tables in it. */
  readonly database: SqliteDatabase | undefined;
  readonly store: AoiStore;
  readonly service: AoiService;
  readonly aoiEndpoint: SocketEndpoint;
  readonly notifications: NotificationModule;
  /** The open connection a client is bound to (for server-initiated messages), if any. */
  liveConnection(clientHandle: string): ConnectionContext | undefined;
  /**
   * Sends server-to-client AOI-1 requests (notificationDeliveryReq) on the connection the client is
   * bound to; responses are matched per connection, so no other device can answer them.
   */
  requesterFor(clientHandle: string): ReturnType<typeof createAoi1Requester> | undefined;
  /** Starts listening; resolves with the URLs actually bound. */
  listen(): Promise<{ port: number; httpUrl: string; aoiUrl: string }>;
  /** Stops accepting, closes every socket with 1001, then closes the store and database. */
  close(): Promise<void>;
}

export function createServer(options: ServerOptions = {}): OmaspecServer {
  const logError =
    options.logError ?? ((error: unknown) => process.stderr.write(`omaspec: internal error: ${describe(error)}\n`));
  const database = options.store === 'memory' ? undefined : openDatabase(resolve(options.dataDir ?? DEFAULT_DATA_DIR));
  const store: AoiStore = database ? new SqliteAoiStore(database) : new MemoryAoiStore();
  const service = new AoiService(store, {
    ...options.aoiLimits,
    aoiServerUrl: options.aoiServerUrl,
    onInternalError: logError,
  });
  const router = new HttpRouter(logError);
  const createDispatcher = options.createDispatcher ?? createAoi1Dispatcher<Aoi1Context>;
  /** Per connection: its own pending server-to-client requests, hence its own dispatcher. */
  const open = new Map<string, { connection: ConnectionContext; pending: PendingRequests; dispatch: MessageHandler }>();
  const handler: MessageHandler = (raw, connection) =>
    open.get(connection.id)?.dispatch(raw, connection) ?? Promise.resolve(undefined);
  const aoiEndpoint = mountSocketEndpoint(router, AOI_PATH, {
    handler,
    limits: options.socketLimits,
    onConnect: (connection) => {
      const pending = new PendingRequests();
      // A response nobody waits for (or an invalid one) is the peer's mistake, not ours: it is dropped, not
      // logged as an internal error, so a peer cannot fill the log with stack traces.
      const dispatch = createDispatcher(aoi1Handlers, {
        pending,
        onError: (error, where) => where.name !== 'response' && logError(error),
      });
      open.set(connection.id, { connection, pending, dispatch: (raw) => dispatch(raw, { service, connection }) });
    },
    onDisconnect: (connection) => {
      open.get(connection.id)?.pending.close();
      open.delete(connection.id);
      service.release(connection);
    },
    onInternalError: logError,
    exemptFromRate: (raw, connection) => {
      const pending = open.get(connection.id)?.pending;
      return pending !== undefined && pending.size > 0 && answersPending(raw, pending);
    },
  });
  // OMA DM 2.0: Package#1 at POST /dm; per-device state and command queue in the same database.
  const dmStore = database ? new DmStore(database) : openInMemoryDmStore();
  router.mount(
    DM_PATH,
    createDmRoutes({
      ...options.dmLimits,
      basePath: DM_PATH,
      store: dmStore,
      validators: dmValidators,
      onError: logError,
    }),
  );
  router.mount('/healthz', (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(res, 405, 'Method Not Allowed');
    sendJson(res, 200, {
      status: 'ok',
      store: database ? 'sqlite' : 'memory',
      connections: aoiEndpoint.connectionCount,
    });
  });

  const bound = (clientHandle: string) => {
    const sessionId = service.sessionOf(clientHandle);
    return sessionId === undefined ? undefined : open.get(sessionId);
  };

  const routes = {
    sessionOf: (clientHandle: string) => service.sessionOf(clientHandle),
    requesterFor: (clientHandle: string) => {
      const entry = bound(clientHandle);
      return entry && createAoi1Requester((text) => void entry.connection.send(text), entry.pending);
    },
  };
  const notifications = mountNotifications(
    { router, database, store, service },
    routes,
    logError,
    options.notifications,
  );

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  // Node checks the timeout only every connectionsCheckingInterval (30 s by default).
  const connectionsCheckingInterval = Math.max(10, Math.min(1000, Math.floor(headersTimeout / 4)));
  const http: Server = createHttpServer({ headersTimeout, connectionsCheckingInterval }, router.handle);
  http.on('upgrade', router.handleUpgrade);

  return {
    router,
    database,
    store,
    service,
    aoiEndpoint,
    notifications,
    liveConnection: (clientHandle) => bound(clientHandle)?.connection,
    requesterFor: routes.requesterFor,
    listen: () =>
      new Promise((resolveListen, rejectListen) => {
        const host = options.host ?? DEFAULT_HOST;
        http.once('error', rejectListen);
        http.listen(options.port ?? DEFAULT_PORT, host, () => {
          http.off('error', rejectListen);
          const { port } = http.address() as AddressInfo;
          const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
          if (options.aoiServerUrl === undefined) service.setAoiServerUrl(`http://${authority}${NOTIFICATIONS_PATH}`);
          resolveListen({ port, httpUrl: `http://${authority}`, aoiUrl: `ws://${authority}${AOI_PATH}` });
        });
      }),
    close: async () => {
      const closed = new Promise<void>((done) => (http.listening ? http.close(() => done()) : done()));
      await aoiEndpoint.close();
      await notifications.close();
      http.closeAllConnections();
      await closed;
      await store.close();
      database?.close();
    },
  };
}

/** A JSON-RPC response to a request this connection is waiting for (each one settles it, so at most one per request). */
function answersPending(raw: string, pending: PendingRequests): boolean {
  try {
    const message: unknown = JSON.parse(raw);
    if (typeof message !== 'object' || message === null || 'method' in message) return false;
    const id = (message as { id?: unknown }).id;
    return (typeof id === 'string' || typeof id === 'number') && pending.methodOf(id) !== undefined;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
