import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { OmaspecError } from '../../../core/errors.ts';
import { aoiStoreModule, SqliteAoiStore } from '../../../reference/aoi/sqlite-store.ts';
import { startStoreWorker, type StartedStore } from './support.ts';

const stores: StartedStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.stop();
});
async function start(limits = {}): Promise<StartedStore & { aoi: SqliteAoiStore }> {
  const started = await startStoreWorker([aoiStoreModule], limits);
  stores.push(started);
  return { ...started, aoi: new SqliteAoiStore(started.worker) };
}
const client = (id: string) => ({ id, secretHash: 'ab'.repeat(32), deviceNumber: '1', createdAt: 1 });
const unavailable = (error: unknown) => error instanceof OmaspecError && error.code === 'STORE_UNAVAILABLE';

describe('StoreWorker', () => {
  it('commits the writes made in one turn of the event loop together, and each is on disk when answered', async () => {
    const { worker, db, aoi } = await start();
    const before = worker.status.commits;
    await Promise.all(Array.from({ length: 20 }, (_, i) => aoi.addClient(client(`c${i}`))));
    expect(worker.status.commits - before).toBe(1);
    // The main thread's own connection sees every row: committed, not only queued.
    expect(db.prepare('SELECT COUNT(*) FROM aoi_clients').pluck().get()).toBe(20);
  });

  it('fails only the write that breaks a constraint, not the others of its batch', async () => {
    const { aoi } = await start();
    await aoi.addClient(client('taken'));
    const outcomes = await Promise.allSettled([
      aoi.addClient(client('a')),
      aoi.addClient(client('taken')),
      aoi.addClient(client('b')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await aoi.getClient('a')).toEqual(client('a'));
    expect(await aoi.getClient('b')).toEqual(client('b'));
  });

  it('answers STORE_UNAVAILABLE after lockWaitMs while another connection holds the write lock, and reads go on', async () => {
    const { db, aoi, worker } = await start({ lockWaitMs: 50 });
    await aoi.addClient(client('before'));
    const holder = new Database(db.name);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const write = aoi.addClient(client('during')).then(
        () => 'written',
        (error: unknown) => unavailable(error),
      );
      expect(await aoi.getClient('before')).toEqual(client('before'));
      expect(await write).toBe(true);
      expect(worker.status.state).toBe('locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    await aoi.addClient(client('after'));
    expect(worker.status.state).toBe('ok');
    expect(await aoi.getClient('during')).toBeUndefined();
  });

  it('answers the reads of a batch without waiting for its writes to commit', async () => {
    const { db, aoi } = await start({ lockWaitMs: 2000 });
    await aoi.addClient(client('before'));
    const holder = new Database(db.name);
    holder.exec('BEGIN IMMEDIATE');
    try {
      let written = false;
      const write = aoi.addClient(client('during')).finally(() => (written = true));
      // Sent in the same turn, so in the same batch as the write that waits for the lock.
      expect(await aoi.getClient('before')).toEqual(client('before'));
      expect(written).toBe(false);
      holder.exec('ROLLBACK');
      await write;
    } finally {
      if (holder.inTransaction) holder.exec('ROLLBACK');
      holder.close();
    }
    expect(await aoi.getClient('during')).toEqual(client('during'));
  });

  it('refuses a call at once when maxPending calls are waiting', async () => {
    const { aoi, worker } = await start({ maxPending: 2 });
    const calls = [aoi.getClient('a'), aoi.getClient('b'), aoi.getClient('c')].map((call) =>
      call.then(
        () => 'answered',
        (error: unknown) => (unavailable(error) ? 'refused' : 'other error'),
      ),
    );
    expect(await Promise.all(calls)).toEqual(['answered', 'answered', 'refused']);
    expect(worker.status.pending).toBe(0);
  });

  it('fails a call that is not answered within callTimeoutMs', async () => {
    const { db, aoi } = await start({ lockWaitMs: 5000, callTimeoutMs: 100 });
    const holder = new Database(db.name);
    holder.exec('BEGIN IMMEDIATE');
    try {
      await expect(aoi.addClient(client('slow'))).rejects.toSatisfy(unavailable);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('answers the calls already made when closed, and refuses later ones', async () => {
    const { worker, aoi } = await start();
    const written = aoi.addClient(client('last'));
    await worker.close();
    await expect(written).resolves.toBeUndefined();
    await expect(aoi.getClient('last')).rejects.toSatisfy(unavailable);
  });
});
