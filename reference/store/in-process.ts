import Database from 'better-sqlite3';
import { applyMigrations, type SqliteDatabase } from './database.ts';
import type { Operations, StoreModule } from './operations.ts';
import type { StoreExecutor } from './store-worker.ts';

/**
 * Runs store modules' operations on the calling thread, each write in its own transaction: for the
 * `omaspec dm` commands (one short-lived call each, nobody else waiting) and throw-away in-memory stores,
 * where a worker thread would cost more than it saves. The server itself uses the StoreWorker.
 */
export class InProcessStore implements StoreExecutor {
  private readonly operations = new Map<string, Operations>();

  constructor(
    private readonly db: SqliteDatabase,
    modules: readonly StoreModule[],
  ) {
    for (const module of modules) {
      applyMigrations(db, module.name, module.migrations);
      this.operations.set(module.name, module.operations(db));
    }
  }

  async call(module: string, op: string, args: unknown[]): Promise<unknown> {
    const operation = this.operations.get(module)?.[op];
    if (!operation) throw new Error(`no store operation ${module}.${op}`);
    return operation.kind === 'write' ? this.db.transaction(() => operation.run(...args))() : operation.run(...args);
  }
}

/** An in-process store over a private in-memory database: gone when the process ends. */
export function openInMemoryStore(modules: readonly StoreModule[]): InProcessStore {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return new InProcessStore(db, modules);
}
