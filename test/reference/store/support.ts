import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../../reference/store/database.ts';
import type { StoreModule } from '../../../reference/store/operations.ts';
import { StoreWorker, type StoreLimits } from '../../../reference/store/store-worker.ts';

export interface StartedStore {
  worker: StoreWorker;
  /** The main thread's handle on the same file. */
  db: SqliteDatabase;
  dir: string;
  /** Stops the worker, closes the handle and removes the directory. */
  stop(): Promise<void>;
}

/** A store worker for `modules` on a fresh data directory, ready to take calls. */
export async function startStoreWorker(
  modules: readonly StoreModule[],
  limits: Partial<StoreLimits> = {},
): Promise<StartedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-store-'));
  const db = openDatabase(dir);
  const worker = StoreWorker.start(db, modules, limits);
  await worker.ready;
  return {
    worker,
    db,
    dir,
    stop: async () => {
      await worker.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
