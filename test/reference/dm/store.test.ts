import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDmHttpHandler } from '../../../reference/dm/http-handler.ts';
import { dmStoreModule, inProcessDmStore, SqliteDmStore } from '../../../reference/dm/sqlite-store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { applyMigrations, openDatabase } from '../../../reference/store/database.ts';
import { StoreWorker } from '../../../reference/store/store-worker.ts';
import { crPackage1 } from './cr-example.ts';
import { listen, PACKAGE1_HEADERS, provisionedHeaders, send } from './http-fixture.ts';

const DEV = PACKAGE1_HEADERS['OMADM-DevID'];

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('DmStore on SQLite persistence', () => {
  it('keeps reported MOs, alerts, sessions, credentials and the queue across a restart of the store worker', async () => {
    const first = openDatabase(dataDir);
    const worker = StoreWorker.start(first, [dmStoreModule]);
    await worker.ready;
    const store = new SqliteDmStore(worker);
    const server = await listen(createDmHttpHandler({ store, validators: dmValidators }));
    const headers = await provisionedHeaders(store);
    await send(server.port, { headers, chunks: [JSON.stringify(crPackage1)] });
    await store.enqueueAll(DEV, [['GET', './DevInfo/Mod']]);
    await store.putData(DEV, 'config/x', Buffer.from([0, 255, 1]), 'application/octet-stream', 'operator');
    await server.close();
    await worker.close();
    first.close();

    const db = openDatabase(dataDir);
    const reopened = inProcessDmStore(db);
    const device = await reopened.device(DEV);
    expect(device?.mos).toEqual(crPackage1.MOS);
    expect(device?.alerts.map((a) => a.AlertType)).toEqual(['urn:oma:at:scomo:1.0:OperationComplete']);
    expect((await reopened.pending(DEV)).map((c) => c.command)).toEqual([['GET', './DevInfo/Mod']]);
    expect(await reopened.verifyCredential(DEV, headers.Authorization)).toBe(true);
    expect(await reopened.history(DEV)).toEqual([
      expect.objectContaining({ state: 'ended', endedReason: 'completed' }),
    ]);
    const data = await reopened.getData(DEV, 'config/x');
    expect(Buffer.isBuffer(data?.body) && [...data.body]).toEqual([0, 255, 1]);
    db.close();
  });

  it('crosses the worker boundary with Buffers and typed errors intact', async () => {
    const db = openDatabase(dataDir);
    const worker = StoreWorker.start(db, [dmStoreModule]);
    const store = new SqliteDmStore(worker, { limits: { maxQueuedPerDevice: 1, maxDataResourcesPerDevice: 1 } });
    await worker.ready;
    await store.putData(DEV, 'a', Buffer.from('one'), 'text/plain', 'device');
    expect(Buffer.isBuffer((await store.getData(DEV, 'a'))?.body)).toBe(true);
    expect(Buffer.isBuffer((await store.listData(DEV))[0]?.body)).toBe(true);
    await expect(store.putData(DEV, 'b', Buffer.from('two'), 'text/plain', 'device')).rejects.toMatchObject({
      code: 'DM_DATA_AREA_FULL',
    });
    await store.enqueueAll(DEV, [['GET', './A']]);
    await expect(store.enqueueAll(DEV, [['GET', './B']])).rejects.toMatchObject({ code: 'DM_QUEUE_FULL' });
    await worker.close();
    db.close();
  });
});

describe('DmStore on SQLite migrations', () => {
  it('migrates once: reopening leaves existing rows and the schema version alone', async () => {
    const db = openDatabase(dataDir);
    await inProcessDmStore(db).enqueueAll(DEV, [['GET', './A']]);
    const reopened = inProcessDmStore(db);
    expect(db.prepare('SELECT module, version FROM schema_versions ORDER BY module').all()).toEqual([
      { module: 'dm', version: dmStoreModule.migrations.length },
    ]);
    expect(await reopened.pending(DEV)).toHaveLength(1);
    db.close();
  });

  it('opens a database whose DM tables were migrated as four modules (dm, dm-sessions, dm-credentials, dm-data)', async () => {
    const db = openDatabase(dataDir);
    applyMigrations(db, 'dm', dmStoreModule.migrations.slice(0, 1));
    for (const [i, module] of ['dm-sessions', 'dm-credentials', 'dm-data'].entries())
      applyMigrations(db, module, dmStoreModule.migrations.slice(i + 1, i + 2));
    db.prepare("INSERT INTO dm_device_credentials (dev_id, digest, issued_at) VALUES (?, zeroblob(32), 'then')").run(
      DEV,
    );
    const store = inProcessDmStore(db);
    expect(await store.credentialIssuedAt(DEV)).toBe('then');
    await store.enqueueAll(DEV, [['GET', './A']]);
    expect(await store.pending(DEV)).toHaveLength(1);
    db.close();
  });
});
