import type { SqliteDatabase } from './database.ts';

/**
 * A store module's SQL, as the store worker runs it. A module (AOI, notifications) declares its tables
 * (migrations) and its operations; its store class on the main thread only names the operation and
 * passes the arguments (structured-clonable values), see StoreExecutor.
 *
 * Reads run on the last committed state, outside the write transaction. Writes of one batch share one
 * transaction (group commit), each inside its own savepoint so that one failing write (a constraint)
 * does not undo the others; nobody hears of a write before its batch has committed.
 */
export interface Operation<A extends unknown[] = never[], R = unknown> {
  kind: 'read' | 'write';
  run(...args: A): R;
  /** When set, every call of this operation in a batch runs at once (one statement): results in call order. */
  runMany?(calls: A[]): R[];
}

export const read = <A extends unknown[], R>(run: (...args: A) => R): Operation<A, R> => ({ kind: 'read', run });
export const write = <A extends unknown[], R>(
  run: (...args: A) => R,
  runMany?: (calls: A[]) => R[],
): Operation<A, R> => (runMany ? { kind: 'write', run, runMany } : { kind: 'write', run });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- operations differ in their argument lists
export type Operations = Record<string, Operation<any, any>>;

export interface StoreModule<O extends Operations = Operations> {
  /** Its version counter in schema_versions and the namespace of its operations. */
  name: string;
  /** Where the worker imports it from: the defining file's `import.meta.url` and the name it is exported as. */
  url: string;
  exportName: string;
  migrations: readonly string[];
  /** Prepares the statements on the worker's connection (the tables exist by then). */
  operations(db: SqliteDatabase): O;
}

export const defineStoreModule = <O extends Operations>(module: StoreModule<O>): StoreModule<O> => module;

export interface Call {
  id: number;
  module: string;
  op: string;
  args: unknown[];
}

/** What crosses the thread boundary instead of an Error (its class and stack stay in the worker). */
export interface CallError {
  message: string;
  /** An OmaspecError code or a SQLite code (SQLITE_BUSY, SQLITE_CONSTRAINT_PRIMARYKEY…). */
  code: string | undefined;
}

export type CallResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: CallError };

export function callError(error: unknown): CallError {
  const code = (error as { code?: unknown } | undefined)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : undefined,
  };
}

/**
 * Runs one batch: the reads, whose results go to `answer` at once (a read needs no commit, so it does not wait
 * for the fsync of the writes beside it), then every write in one transaction (BEGIN IMMEDIATE: waits at most
 * the connection's busy_timeout for another connection's write lock), committed once — one fsync for the batch —
 * and answered with the number of writes. When the transaction cannot begin or commit, every write of the batch
 * fails and nothing of it is kept.
 */
export function executeBatch(
  db: SqliteDatabase,
  operations: ReadonlyMap<string, Operations>,
  calls: readonly Call[],
  answer: (results: CallResult[], writes: number) => void,
): void {
  const answered: CallResult[] = [];
  const writes = new Map<Operation<unknown[]>, Call[]>();
  for (const call of calls) {
    const operation = operations.get(call.module)?.[call.op] as Operation<unknown[]> | undefined;
    if (!operation) {
      answered.push(failed(call, new Error(`no store operation ${call.module}.${call.op}`)));
    } else if (operation.kind === 'read') {
      answered.push(attempt(call, () => operation.run(...call.args)));
    } else {
      const group = writes.get(operation);
      if (group) group.push(call);
      else writes.set(operation, [call]);
    }
  }
  if (answered.length > 0) answer(answered, 0);
  if (writes.size > 0) {
    const written = commitWrites(db, writes);
    answer(written, written.length);
  }
}

function commitWrites(db: SqliteDatabase, writes: Map<Operation<unknown[]>, Call[]>): CallResult[] {
  const all = [...writes.values()].flat();
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    return all.map((call) => failed(call, error));
  }
  const results: CallResult[] = [];
  for (const [operation, calls] of writes) {
    if (operation.runMany && calls.length > 1) {
      const many = operation.runMany;
      const outcome = attempt(calls[0]!, () => db.transaction(() => many(calls.map((c) => c.args)))());
      results.push(
        ...calls.map((call, i): CallResult =>
          outcome.ok ? { id: call.id, ok: true, value: (outcome.value as unknown[])[i] } : { ...outcome, id: call.id },
        ),
      );
    } else {
      for (const call of calls) results.push(attempt(call, () => db.transaction(() => operation.run(...call.args))()));
    }
  }
  try {
    db.exec('COMMIT');
    return results;
  } catch (error) {
    try {
      if (db.inTransaction) db.exec('ROLLBACK');
    } catch {
      // SQLite has rolled back by itself (disk I/O error): nothing of the batch is kept either way.
    }
    return all.map((call) => failed(call, error));
  }
}

function attempt(call: Call, work: () => unknown): CallResult {
  try {
    return { id: call.id, ok: true, value: work() };
  } catch (error) {
    return failed(call, error);
  }
}

const failed = (call: Call, error: unknown): CallResult => ({ id: call.id, ok: false, error: callError(error) });
