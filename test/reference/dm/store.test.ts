import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../reference/store/database.ts';
import { createDmHttpHandler } from '../../../reference/dm/http-handler.ts';
import { DmQueueFullError, DmStore, openInMemoryDmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { crPackage1 } from './cr-example.ts';
import { listen, PACKAGE1_HEADERS, provisionedHeaders, send } from './http-fixture.ts';

const DEV = PACKAGE1_HEADERS['OMADM-DevID'];

describe('DmStore persistence', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps reported MOs, alerts and the pending queue across a server restart on the same file', async () => {
    const first = openDatabase(dataDir);
    const store = new DmStore(first);
    const server = await listen(createDmHttpHandler({ store, validators: dmValidators }));
    const headers = provisionedHeaders(store);
    await send(server.port, { headers, chunks: [JSON.stringify(crPackage1)] });
    new DmStore(first).enqueue(DEV, ['GET', './DevInfo/Mod']);
    await server.close();
    first.close();

    const reopened = new DmStore(openDatabase(dataDir));
    const device = reopened.device(DEV);
    expect(device?.mos).toEqual(crPackage1.MOS);
    expect(device?.alerts.map((a) => a.AlertType)).toEqual(['urn:oma:at:scomo:1.0:OperationComplete']);
    expect(reopened.pending(DEV).map((c) => c.command)).toEqual([['GET', './DevInfo/Mod']]);
    expect(reopened.credentials.verify(DEV, headers.Authorization)).toBe(true);
    expect(reopened.sessions.history(DEV)).toEqual([
      expect.objectContaining({ state: 'ended', endedReason: 'completed' }),
    ]);
  });

  it('migrates once: reopening leaves existing rows and the schema version alone', () => {
    const db = openDatabase(dataDir);
    new DmStore(db).enqueue(DEV, ['END']);
    new DmStore(db);
    expect(db.prepare('SELECT module, version FROM schema_versions ORDER BY module').all()).toEqual([
      { module: 'dm', version: 1 },
      { module: 'dm-credentials', version: 1 },
      { module: 'dm-data', version: 1 },
      { module: 'dm-sessions', version: 1 },
    ]);
    expect(new DmStore(db).pending(DEV)).toHaveLength(1);
    db.close();
  });
});

describe('DmStore device state', () => {
  it('replaces the MO list when a later Package#1 carries MOS, and keeps it when MOS is absent', () => {
    const store = openInMemoryDmStore();
    store.recordSession(
      DEV,
      [
        { DDF: 'a', MOID: 'm1', MIID: ['1'] },
        { DDF: 'b', MOID: 'm2', MIID: [] },
      ],
      [],
    );
    store.recordSession(DEV, [{ DDF: 'c', MOID: 'm3', MIID: ['x', 'y'] }], []);
    store.recordSession(DEV, undefined, []);
    expect(store.device(DEV)).toMatchObject({ sessions: 3, mos: [{ DDF: 'c', MOID: 'm3', MIID: ['x', 'y'] }] });
  });

  it('appends alerts with their opaque Data', () => {
    const store = openInMemoryDmStore();
    store.recordSession(DEV, undefined, [{ AlertType: 't1', Data: { progress: 50 } }]);
    store.recordSession(DEV, undefined, [{ AlertType: 't2', Data: [1, 'two'] }]);
    expect(store.device(DEV)?.alerts).toEqual([
      expect.objectContaining({ AlertType: 't1', Data: { progress: 50 } }),
      expect.objectContaining({ AlertType: 't2', Data: [1, 'two'] }),
    ]);
  });

  it('knows nothing of a device that never sent Package#1', () => {
    expect(openInMemoryDmStore().device('nobody')).toBeUndefined();
  });
});

describe('DmStore command queue', () => {
  it('accepts maxQueuedPerDevice commands and refuses one more', () => {
    const store = openInMemoryDmStore({ maxQueuedPerDevice: 2 });
    store.enqueue(DEV, ['GET', './A']);
    store.enqueue(DEV, ['GET', './B']);
    expect(() => store.enqueue(DEV, ['GET', './C'])).toThrow(DmQueueFullError);
    expect(store.pending(DEV)).toHaveLength(2);
  });

  it('frees queue room once commands are delivered', () => {
    const store = openInMemoryDmStore({ maxQueuedPerDevice: 1 });
    store.enqueue(DEV, ['GET', './A']);
    expect(store.takePending(DEV, 10).map((c) => c.command)).toEqual([['GET', './A']]);
    expect(() => store.enqueue(DEV, ['GET', './B'])).not.toThrow();
  });

  it('takes pending commands oldest first, at most `limit` of them', () => {
    const store = openInMemoryDmStore();
    for (const uri of ['./A', './B', './C']) store.enqueue(DEV, ['GET', uri]);
    expect(store.takePending(DEV, 2).map((c) => c.command[1])).toEqual(['./A', './B']);
    expect(store.pending(DEV).map((c) => c.command[1])).toEqual(['./C']);
  });
});
