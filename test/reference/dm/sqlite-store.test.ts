import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dmStoreModule, openInMemoryDmStore, SqliteDmStore } from '../../../reference/dm/sqlite-store.ts';
import { openDatabase } from '../../../reference/store/database.ts';
import { StoreWorker } from '../../../reference/store/store-worker.ts';
import { describeDmStoreContract } from './store-contract.ts';

describeDmStoreContract('SqliteDmStore in process, in memory', async (options) => ({
  store: openInMemoryDmStore(options),
  dispose: async () => {},
}));

describeDmStoreContract('SqliteDmStore in the store worker, on a file', async (options) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-contract-'));
  const db = openDatabase(dataDir);
  const worker = StoreWorker.start(db, [dmStoreModule]);
  await worker.ready;
  return {
    store: new SqliteDmStore(worker, options),
    dispose: async () => {
      await worker.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
