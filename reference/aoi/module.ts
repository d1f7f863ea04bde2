import { createAoi1Dispatcher, createAoi1Requester } from '../../generated/aoi1/dispatcher.ts';
import type { Aoi1Handlers } from '../../generated/aoi1/handlers.ts';
import type { DispatcherOptions } from '../../generated/common/dispatch.ts';
import { PendingRequests } from '../../generated/common/requests.ts';
import type { ModuleHost, ServerModule } from '../module.ts';
import {
  mountSocketEndpoint,
  type ConnectionContext,
  type MessageHandler,
  type SocketEndpoint,
  type SocketLimits,
} from '../ws/socket-endpoint.ts';
import { MessageOrder } from '../ws/message-order.ts';
import { answersNothingPending, screenFrame, type Screened } from './frames.ts';
import { aoi1Handlers, type Aoi1Context } from './handlers.ts';
import { MemoryAoiStore } from './memory-store.ts';
import { AoiService, type AoiServiceOptions } from './service.ts';
import { SqliteAoiStore } from './sqlite-store.ts';
import type { AoiStore } from './store.ts';
import { AOI_PATH } from '../defaults.ts';

export { AOI_PATH };

export interface AoiOptions extends Pick<
  AoiServiceOptions,
  | 'maxDeviceNumberLength'
  | 'maxTokenSeedLength'
  | 'maxApplicationsPerClient'
  | 'maxConcurrentSeedDerivations'
  | 'deriveToken'
  | 'maxWaitingSeedDerivations'
  | 'seedTokenCacheSize'
> {
  /**
   * Returned to AOI Clients in Client Application registration responses (CR 000 10.1.5).
   * Default: set by the server once it listens (its own `/notifications`).
   */
  aoiServerUrl?: string;
  socketLimits?: Partial<SocketLimits>;
  /** Where clients and applications are kept; default the server's database (memory without one). */
  store?: AoiStore;
  /** Turns the handlers into a connection's message handler; default: the generated AOI-1 dispatcher. */
  createDispatcher?: (
    handlers: Aoi1Handlers<Aoi1Context>,
    options: DispatcherOptions,
  ) => (raw: string, ctx: Aoi1Context) => Promise<string | undefined>;
}

export interface AoiModule extends ServerModule {
  readonly store: AoiStore;
  readonly service: AoiService;
  readonly endpoint: SocketEndpoint;
  /** The id of the connection a client is bound to, undefined when offline. */
  sessionOf(clientHandle: string): string | undefined;
  /** The open connection a client is bound to (for server-initiated messages), if any. */
  liveConnection(clientHandle: string): ConnectionContext | undefined;
  /**
   * Sends server-to-client AOI-1 requests (notificationDeliveryReq) on the connection the client is
   * bound to; responses are matched per connection, so no other device can answer them.
   */
  requesterFor(clientHandle: string): ReturnType<typeof createAoi1Requester> | undefined;
  /** Closes every socket with 1001 and waits for the messages being handled; once, however often called. */
  closeConnections(): Promise<void>;
  /** Closes the connections (if not done yet), then the store. */
  close(): Promise<void>;
}

/**
 * Wires the AOI Server into a server: AOI-1 over WebSocket at `/aoi` on its router, clients and
 * applications in its database (memory without one), one generated dispatcher per connection.
 */
export function mountAoi(host: ModuleHost, options: AoiOptions = {}): AoiModule {
  const { aoiServerUrl, socketLimits, createDispatcher = createAoi1Dispatcher<Aoi1Context>, ...rest } = options;
  const { store: given, ...limits } = rest;
  const store: AoiStore = given ?? (host.storeWorker ? new SqliteAoiStore(host.storeWorker) : new MemoryAoiStore());
  const service = new AoiService(store, { ...limits, aoiServerUrl, onInternalError: host.logError });
  /** Per connection: its own pending server-to-client requests, hence its own dispatcher. */
  const open = new Map<
    string,
    {
      connection: ConnectionContext;
      pending: PendingRequests;
      order: MessageOrder;
      dispatch: (raw: string, ctx: Aoi1Context) => Promise<string | undefined>;
      /**
       * The frame isUnmatchedResponse screened last and its verdict, for the handler the endpoint calls next with
       * the same frame: one scan per frame. Cleared when read, so an idle connection holds no frame.
       */
      screenedRaw?: string;
      screened?: Screened;
    }
  >();
  // A response nobody waits for (or an invalid one) is the peer's mistake, not ours: it is dropped, not logged as
  // an internal error, so a peer cannot fill the log with stack traces.
  const onError: DispatcherOptions['onError'] = (error, where) => where.name !== 'response' && host.logError(error);
  const handler: MessageHandler = (raw, connection) => {
    const entry = open.get(connection.id);
    const screened = entry?.screenedRaw === raw && entry.screened ? entry.screened : screenFrame(raw, host.jsonLimits);
    if (entry) entry.screenedRaw = entry.screened = undefined;
    if (screened.refusal !== undefined) return Promise.resolve(screened.refusal);
    if (!entry) return Promise.resolve(undefined);
    return entry.order.run(screened.exclusive, () => entry.dispatch(raw, { service, connection }));
  };
  const endpoint = mountSocketEndpoint(host.router, AOI_PATH, {
    handler,
    limits: socketLimits,
    onConnect: (connection) => {
      const pending = new PendingRequests();
      const dispatch = createDispatcher(aoi1Handlers, { pending, onError });
      open.set(connection.id, { connection, pending, order: new MessageOrder(), dispatch });
    },
    onDisconnect: (connection) => {
      open.get(connection.id)?.pending.close();
      open.delete(connection.id);
      service.release(connection);
    },
    onInternalError: host.logError,
    isUnmatchedResponse: (raw, connection) => {
      const entry = open.get(connection.id);
      if (!entry) return false;
      const screened = screenFrame(raw, host.jsonLimits);
      entry.screenedRaw = raw;
      entry.screened = screened;
      return answersNothingPending(screened, entry.pending);
    },
  });

  let connectionsClosed: Promise<void> | undefined;
  const closeConnections = () => (connectionsClosed ??= endpoint.close());
  const bound = (clientHandle: string) => {
    const sessionId = service.sessionOf(clientHandle);
    return sessionId === undefined ? undefined : open.get(sessionId);
  };

  return {
    store,
    service,
    endpoint,
    sessionOf: (clientHandle) => service.sessionOf(clientHandle),
    liveConnection: (clientHandle) => bound(clientHandle)?.connection,
    requesterFor: (clientHandle) => {
      const entry = bound(clientHandle);
      return entry && createAoi1Requester((text) => void entry.connection.sendRequest(text), entry.pending);
    },
    closeConnections,
    close: async () => {
      await closeConnections();
      await store.close();
    },
  };
}
