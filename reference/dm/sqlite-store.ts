/**
 * DmStore on the server's SQLite file. The statements (sqlite-tables.ts) run wherever the executor
 * runs them: in the store worker for `omaspec serve` (never on the event loop), in process for the
 * `omaspec dm` commands and for a throw-away in-memory store. Timestamps and limits are decided here,
 * on the caller's side, and travel with each call.
 */
import type { SqliteDatabase } from '../store/database.ts';
import { InProcessStore, openInMemoryStore } from '../store/in-process.ts';
import { defineStoreModule, read, write } from '../store/operations.ts';
import { storeClient, type StoreClient, type StoreExecutor } from '../store/store-worker.ts';
import { DM_MIGRATIONS, dmTables } from './sqlite-tables.ts';
import {
  DEFAULT_DM_STORE_LIMITS,
  DmDataAreaFullError,
  DmQueueFullError,
  type DmDataResource,
  type DmDeviceState,
  type DmSessionHistory,
  type DmSessionView,
  type DmStep,
  type DmStepOutcome,
  type DmStore,
  type DmStoreLimits,
  type QueuedDmCommand,
} from './store.ts';

/** Runs in the store worker (see reference/store/operations.ts). */
export const dmStoreModule = defineStoreModule({
  name: 'dm',
  url: import.meta.url,
  exportName: 'dmStoreModule',
  migrations: DM_MIGRATIONS,
  operations: (db) => {
    const t = dmTables(db);
    return {
      view: read(t.view),
      apply: write(t.apply),
      enqueueAll: write(t.enqueueAll),
      pending: read(t.pending),
      device: read(t.device),
      history: read(t.history),
      issueCredential: write(t.issueCredential),
      verifyCredential: read(t.verifyCredential),
      credentialIssuedAt: read(t.credentialIssuedAt),
      // A Buffer crosses the thread boundary as a plain Uint8Array, which better-sqlite3 does not bind.
      putData: write((devId: string, resource: Omit<DmDataResource, 'etag'>, maxResources: number) =>
        t.putData(devId, { ...resource, body: asBuffer(resource.body) }, maxResources),
      ),
      getData: read(t.getData),
      listData: read(t.listData),
    };
  },
});

export interface SqliteDmStoreOptions {
  limits?: Partial<DmStoreLimits>;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

export class SqliteDmStore implements DmStore {
  readonly limits: DmStoreLimits;
  private readonly ops: StoreClient<ReturnType<typeof dmStoreModule.operations>>;
  private readonly now: () => Date;

  /** The store does not own the executor: whoever started it stops it. */
  constructor(executor: StoreExecutor, options: SqliteDmStoreOptions = {}) {
    this.ops = storeClient(executor, dmStoreModule);
    this.limits = { ...DEFAULT_DM_STORE_LIMITS, ...options.limits };
    this.now = options.now ?? (() => new Date());
  }

  view(devId: string, sessionId: string | undefined, maxCommands: number): Promise<DmSessionView> {
    return this.ops.view(devId, sessionId, maxCommands);
  }
  apply(devId: string, step: DmStep): Promise<DmStepOutcome> {
    return this.ops.apply(devId, step, this.at(), this.limits.maxSessionsPerDevice);
  }
  enqueueAll(devId: string, commands: string[][]): Promise<QueuedDmCommand[]> {
    return this.ops.enqueueAll(devId, commands, this.at(), this.limits.maxQueuedPerDevice).catch(retyped);
  }
  pending(devId: string): Promise<QueuedDmCommand[]> {
    return this.ops.pending(devId);
  }
  device(devId: string): Promise<DmDeviceState | undefined> {
    return this.ops.device(devId);
  }
  history(devId: string, limit = 10): Promise<DmSessionHistory[]> {
    return this.ops.history(devId, limit);
  }
  issueCredential(devId: string): Promise<string> {
    return this.ops.issueCredential(devId, this.at());
  }
  verifyCredential(devId: string, authorization: string | undefined): Promise<boolean> {
    return this.ops.verifyCredential(devId, authorization);
  }
  credentialIssuedAt(devId: string): Promise<string | undefined> {
    return this.ops.credentialIssuedAt(devId);
  }
  async putData(
    devId: string,
    path: string,
    body: Buffer,
    mediaType: string,
    updatedBy: string,
  ): Promise<DmDataResource> {
    const resource = { path, mediaType, body, updatedAt: this.at(), updatedBy };
    const stored = await this.ops.putData(devId, resource, this.limits.maxDataResourcesPerDevice).catch(retyped);
    return { ...stored, body };
  }
  async getData(devId: string, path: string): Promise<DmDataResource | undefined> {
    const resource = await this.ops.getData(devId, path);
    return resource && { ...resource, body: asBuffer(resource.body) };
  }
  async listData(devId: string): Promise<DmDataResource[]> {
    return (await this.ops.listData(devId)).map((r) => ({ ...r, body: asBuffer(r.body) }));
  }
  async close(): Promise<void> {}

  private at(): string {
    return this.now().toISOString();
  }
}

/** The store worker keeps an error's code, not its class: give the DM limits their classes back. */
function retyped(error: unknown): never {
  const { code, message } = error as { code?: unknown; message: string };
  if (code === 'DM_QUEUE_FULL' && !(error instanceof DmQueueFullError)) throw new DmQueueFullError(message);
  if (code === 'DM_DATA_AREA_FULL' && !(error instanceof DmDataAreaFullError)) throw new DmDataAreaFullError(message);
  throw error;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A DmStore run in process on `db`: for one-shot commands (`omaspec dm`), where nobody else waits on this thread. */
export function inProcessDmStore(db: SqliteDatabase, options: SqliteDmStoreOptions = {}): SqliteDmStore {
  return new SqliteDmStore(new InProcessStore(db, [dmStoreModule]), options);
}

/** A DmStore over a private in-memory database, run in process: tests and throw-away servers. */
export function openInMemoryDmStore(options: SqliteDmStoreOptions = {}): SqliteDmStore {
  return new SqliteDmStore(openInMemoryStore([dmStoreModule]), options);
}
