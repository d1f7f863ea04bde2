import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OmaspecError } from '../../core/errors.ts';
import { applyMigrations, type SqliteDatabase } from './database.ts';
import { isLockError } from './lock-error.ts';
import {
  callError,
  type Call,
  type CallError,
  type CallResult,
  type Operations,
  type StoreModule,
} from './operations.ts';
import type { WorkerData, WorkerMessage } from './worker.ts';

/**
 * Runs the SQLite store in worker threads so that the event loop never waits for the disk or for
 * another connection's lock: better-sqlite3 is synchronous, and a blocked statement on the main thread
 * froze every connection and /healthz. Calls are queued (bounded), sent to the workers once per turn of
 * the event loop, and a write is answered when the writer's batch has committed (group commit, see
 * operations.ts). Reads go to a second thread with its own connection (WAL lets it read while the writer
 * commits), so that a read never waits for the fsync of writes it does not depend on: it sees every write
 * answered before it was made, like any read of the last committed state.
 */
export interface StoreLimits {
  /** How long a write batch waits for another connection's write lock before its calls fail (503). */
  lockWaitMs: number;
  /** Calls waiting for the worker; one more fails at once (503) instead of queueing without bound. */
  maxPending: number;
  /** A call not answered in this time fails (503). A write that failed so may still commit afterwards. */
  callTimeoutMs: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { lockWaitMs: 1000, maxPending: 1024, callTimeoutMs: 10_000 };

export type StoreState = 'starting' | 'ok' | 'locked' | 'down';

/** What the store classes (SqliteAoiStore, SqliteNotificationStore) need: one way to run an operation. */
export interface StoreExecutor {
  call(module: string, op: string, args: unknown[]): Promise<unknown>;
}

/** A store module's operations as promise-returning methods of its store class. */
export type StoreClient<O extends Operations> = {
  [K in keyof O]: (...args: Parameters<O[K]['run']>) => Promise<ReturnType<O[K]['run']>>;
};

export function storeClient<O extends Operations>(executor: StoreExecutor, module: StoreModule<O>): StoreClient<O> {
  return new Proxy({} as StoreClient<O>, {
    get:
      (_target, op) =>
      (...args: unknown[]) =>
        executor.call(module.name, String(op), args),
  });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  deadline: number;
}

export class StoreWorker implements StoreExecutor {
  /** Resolves once the workers have opened the database; rejects (STORE_UNAVAILABLE) when one could not. */
  readonly ready: Promise<void>;
  private readonly writer: Worker;
  private readonly reader: Worker;
  /** `module.op` of every read, as the writer reported when ready; until then every call goes to the writer. */
  private reads = new Set<string>();
  private readonly pending = new Map<number, Pending>();
  private outbox: Call[] = [];
  private readerOutbox: Call[] = [];
  private nextId = 1;
  private currentState: StoreState = 'starting';
  private sweep: ReturnType<typeof setInterval> | undefined;
  private commits = 0;
  private closing = false;
  private exited = 0;

  /** Applies the modules' migrations on `db` (the main thread's handle), then starts the worker on the same file. */
  static start(db: SqliteDatabase, modules: readonly StoreModule[], limits: Partial<StoreLimits> = {}): StoreWorker {
    for (const module of modules) applyMigrations(db, module.name, module.migrations);
    return new StoreWorker(db.name, modules, { ...DEFAULT_STORE_LIMITS, ...limits });
  }

  private constructor(
    file: string,
    modules: readonly StoreModule[],
    private readonly limits: StoreLimits,
  ) {
    const workerData: WorkerData = {
      file,
      lockWaitMs: limits.lockWaitMs,
      modules: modules.map(({ url, exportName }) => ({ url, exportName })),
    };
    // Referenced while they start or have calls to answer, so that awaiting them keeps the process alive.
    this.writer = spawnWorker(workerData);
    this.reader = spawnWorker(workerData);
    const started = [this.writer, this.reader].map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'ready') {
              if (worker === this.writer) this.reads = new Set(message.reads);
              resolve();
            } else if (message.type === 'failed') {
              reject(this.stop(`the store worker could not open the database: ${message.error.message}`));
            } else this.settle(message.results, message.writes);
          });
          worker.on('error', (error) => reject(this.stop(`the store worker failed: ${error.message}`)));
          worker.on('exit', () => {
            this.exited++;
            // Closing, each worker answers what it was sent, then exits: the store is down once both have.
            if (!this.closing || this.exited === 2) reject(this.stop('the store worker has stopped'));
          });
        }),
    );
    this.ready = Promise.all(started).then(() => {
      if (this.currentState === 'down') throw unavailable('the store worker has stopped');
      this.currentState = 'ok';
      this.idle();
    });
    this.ready.catch(() => {});
  }

  /** For /healthz: answered from what the main thread knows, without asking the worker. */
  get status(): { state: StoreState; pending: number; commits: number } {
    return { state: this.currentState, pending: this.pending.size, commits: this.commits };
  }

  call(module: string, op: string, args: unknown[]): Promise<unknown> {
    if (this.currentState === 'down') return Promise.reject(unavailable('the store has stopped'));
    if (this.pending.size >= this.limits.maxPending)
      return Promise.reject(unavailable(`${this.limits.maxPending} store calls are already waiting`));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      if (this.pending.size === 0) for (const worker of [this.writer, this.reader]) worker.ref();
      this.pending.set(id, { resolve, reject, deadline: Date.now() + this.limits.callTimeoutMs });
      const outbox = this.reads.has(`${module}.${op}`) ? this.readerOutbox : this.outbox;
      outbox.push({ id, module, op, args });
      if (this.outbox.length + this.readerOutbox.length === 1) setImmediate(() => this.send());
      this.sweep ??= setInterval(() => this.expire(), Math.max(10, this.limits.callTimeoutMs / 4)).unref();
    });
  }

  /** Lets the calls already made finish, then stops the workers. */
  async close(): Promise<void> {
    if (this.currentState === 'down') return;
    this.send();
    this.closing = true;
    await Promise.all(
      [this.writer, this.reader].map((worker) => {
        worker.ref();
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        worker.postMessage('close');
        return exited;
      }),
    );
  }

  private send(): void {
    if (this.currentState === 'down') return;
    const [writes, reads] = [this.outbox, this.readerOutbox];
    this.outbox = [];
    this.readerOutbox = [];
    if (writes.length > 0) this.post(this.writer, writes);
    if (reads.length > 0) this.post(this.reader, reads);
  }

  private post(worker: Worker, calls: Call[]): void {
    try {
      worker.postMessage(calls);
    } catch {
      // One argument cannot be cloned (too deeply nested…): send the others, fail that call alone.
      for (const call of calls) {
        try {
          worker.postMessage([call]);
        } catch (error) {
          this.settle([{ id: call.id, ok: false, error: callError(error) }], 0);
        }
      }
    }
  }

  private settle(results: CallResult[], writes: number): void {
    if (writes > 0) this.commits++;
    let locked = false;
    for (const result of results) {
      const pending = this.pending.get(result.id);
      if (!pending) continue; // timed out meanwhile
      this.pending.delete(result.id);
      if (result.ok) pending.resolve(result.value);
      else {
        const error = rebuild(result.error, this.limits.lockWaitMs);
        locked ||= error instanceof OmaspecError && error.code === 'STORE_UNAVAILABLE';
        pending.reject(error);
      }
    }
    if (this.currentState !== 'down' && (locked || writes > 0)) this.currentState = locked ? 'locked' : 'ok';
    this.idle();
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, pending] of this.pending) {
      if (pending.deadline > now) break; // insertion order is deadline order
      this.pending.delete(id);
      pending.reject(unavailable(`the store did not answer within ${this.limits.callTimeoutMs} ms`));
    }
    this.idle();
  }

  private idle(): void {
    if (this.pending.size > 0) return;
    if (this.currentState !== 'starting') for (const worker of [this.writer, this.reader]) worker.unref();
    clearInterval(this.sweep);
    this.sweep = undefined;
  }

  private stop(reason: string): OmaspecError {
    const error = unavailable(reason);
    this.currentState = 'down';
    // One thread failed: the other must not go on alone (nor keep the process alive).
    for (const worker of [this.writer, this.reader]) void worker.terminate();
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.outbox = [];
    this.readerOutbox = [];
    this.idle();
    return error;
  }
}

function unavailable(reason: string): OmaspecError {
  return new OmaspecError('STORE_UNAVAILABLE', reason);
}

function rebuild(error: CallError, lockWaitMs: number): Error {
  const code = error.code ?? '';
  if (isLockError(code))
    return unavailable(`the database is locked by another connection (waited ${lockWaitMs} ms): ${error.message}`);
  if (code.startsWith('STORE_')) return new OmaspecError(code as 'STORE_INCONSISTENT', error.message);
  return Object.assign(new Error(error.message), { code: error.code });
}

/**
 * From compiled JavaScript the worker file runs as it is; from TypeScript sources (tsx, vitest) the
 * worker first registers tsx's loader, which a worker thread does not inherit from its parent.
 */
function spawnWorker(workerData: WorkerData): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const api = (require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> }).exports[
    './esm/api'
  ]!.import.default;
  const tsxApi = new URL(api, pathToFileURL(tsxPackage)).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
