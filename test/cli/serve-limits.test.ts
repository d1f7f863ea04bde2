import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DM_LIMIT_FLAGS, DM_STORE_LIMIT_FLAGS, dmOptions } from '../../cli/serve-dm.ts';
import { STORE_LIMIT_FLAGS, storeLimitOptions } from '../../cli/serve-store.ts';
import { DATABASE_FILE } from '../../reference/store/database.ts';
import { RawSocket, registration } from '../reference/support.ts';
import { runCli, startCli, type StartedCli } from './run.ts';

const DEV = 'IMEI:490154203237518';
let dataDir: string;
const cleanups: (() => unknown)[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-serve-limits-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

async function serve(...args: string[]): Promise<{ cli: StartedCli; aoiUrl: string; httpUrl: string }> {
  const cli = startCli(['serve', '--port', '0', '--store', 'sqlite', '--data', dataDir, ...args]);
  cleanups.push(() => cli.stop());
  const [, aoiUrl] = await cli.waitFor(/omaspec listening on (ws:\/\/\S+)/);
  const [, httpUrl] = await cli.waitFor(/health: (http:\/\/\S+)\/healthz/);
  return { cli, aoiUrl: aoiUrl!, httpUrl: httpUrl! };
}

/** Another connection holding the database's write lock, as another process or a backup tool would. */
function holdWriteLock(): void {
  const holder = new Database(join(dataDir, DATABASE_FILE));
  holder.exec('BEGIN IMMEDIATE');
  cleanups.push(() => (holder.exec('ROLLBACK'), holder.close()));
}

describe('omaspec serve --dm-max-*', () => {
  it('reaches the DM sessions: one command per Package#2 and one round per session, the rest in the next session', async () => {
    const { httpUrl } = await serve('--dm-max-commands-per-package', '1', '--dm-max-rounds', '1');
    const { credential } = JSON.parse((await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json')).stdout);
    for (const node of ['Man', 'Mod', 'Ext'])
      await runCli('dm', 'queue', DEV, 'GET', `DevInfo1/${node}`, '--data', dataDir);
    const moFile = join(dataDir, 'device.json');
    writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: { 'DevInfo1/Man': 'A', 'DevInfo1/Mod': 'B' } }));
    const session = async () => {
      const run = await runCli('dm-client', '--url', `${httpUrl}/dm`, '--credential', credential, '--mo-file', moFile);
      return run.stdout.match(/\d{3} {2}\S+( \S+)?/g);
    };
    expect(await session()).toEqual(['200  GET DevInfo1/Man', '200  CONT', '200  END']);
    expect(await session()).toEqual(['200  GET DevInfo1/Mod', '200  CONT', '200  END']);
  });

  it("reaches the DM store: --dm-max-sessions-per-device bounds a device's session history", async () => {
    const { httpUrl } = await serve('--dm-max-sessions-per-device', '2');
    const { credential } = JSON.parse((await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json')).stdout);
    const moFile = join(dataDir, 'device.json');
    writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: {} }));
    for (let i = 0; i < 3; i++) {
      const run = await runCli('dm-client', '--url', `${httpUrl}/dm`, '--credential', credential, '--mo-file', moFile);
      expect(run.code).toBe(0);
    }
    const shown = JSON.parse((await runCli('dm', 'show', DEV, '--data', dataDir, '--json')).stdout);
    expect([shown.device.sessions, shown.sessions.length]).toEqual([3, 2]);
  });

  it('maps each flag to its DmOptions limit', () => {
    const flags = [...Object.values(DM_LIMIT_FLAGS), ...Object.values(DM_STORE_LIMIT_FLAGS)];
    const values = Object.fromEntries(flags.map((flag, i) => [flag, String(i + 1)]));
    expect(dmOptions(values)).toEqual({
      maxBodyBytes: 1,
      maxDevIdLength: 2,
      maxCommandsPerPackage: 3,
      maxRounds: 4,
      maxSessionSeconds: 5,
      storeLimits: { maxQueuedPerDevice: 6, maxDataResourcesPerDevice: 7, maxSessionsPerDevice: 8 },
    });
    expect(dmOptions({})).toEqual({ storeLimits: {} });
  });
});

describe('omaspec serve --store-*', () => {
  it('reaches the store worker: a write meeting a held lock fails after --store-lock-wait', async () => {
    const { cli, aoiUrl } = await serve('--store-lock-wait', '50');
    holdWriteLock();
    const run = await runCli('client', 'register', '--url', aoiUrl, '--device-number', '7');
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('answered 503')]);
    await cli.waitFor(/locked by another connection \(waited 50 ms\)/);
  });

  it('reaches the store worker: --store-call-timeout and --store-max-pending bound the calls waiting for it', async () => {
    const { cli, aoiUrl } = await serve(
      '--store-lock-wait',
      '5000',
      '--store-call-timeout',
      '300',
      '--store-max-pending',
      '1',
    );
    const sockets = [await RawSocket.open(aoiUrl, 15_000), await RawSocket.open(aoiUrl, 15_000)];
    cleanups.push(() => sockets.forEach((socket) => socket.close()));
    holdWriteLock();
    for (const socket of sockets) socket.send(registration());
    const answers = await Promise.all(sockets.map((socket) => socket.next().then((text) => JSON.parse(text))));
    expect(answers.map((answer) => answer.code)).toEqual([503, 503]);
    await cli.waitFor(/the store did not answer within 300 ms/);
    expect(cli.output().stderr).toContain('1 store calls are already waiting');
  });

  it('maps each flag to its StoreLimits limit, and refuses them with a store that has no worker', () => {
    const values = Object.fromEntries(Object.values(STORE_LIMIT_FLAGS).map((flag, i) => [flag, String(i + 1)]));
    expect(storeLimitOptions(values, 'sqlite')).toEqual({ lockWaitMs: 1, maxPending: 2, callTimeoutMs: 3 });
    expect(() => storeLimitOptions({ 'store-max-pending': '5' }, 'memory')).toThrow(
      '--store-max-pending applies to --store sqlite only',
    );
  });
});

describe('omaspec serve limit flags with bad values', () => {
  it.each([...Object.values(DM_LIMIT_FLAGS), ...Object.values(STORE_LIMIT_FLAGS)])(
    'exits 2 naming --%s when it is not a positive integer',
    async (flag) => {
      for (const bad of ['0', '-3', '1.5', 'many']) {
        const run = await runCli('serve', '--port', '0', '--data', dataDir, `--${flag}=${bad}`);
        expect([run.code, run.stderr]).toEqual([
          2,
          expect.stringContaining(`--${flag} must be a positive integer, got '${bad}'`),
        ]);
      }
    },
  );

  it('exits 2 for a store worker flag with --store memory', async () => {
    const run = await runCli('serve', '--port', '0', '--store', 'memory', '--store-lock-wait', '100');
    expect([run.code, run.stderr]).toEqual([
      2,
      expect.stringContaining('--store-lock-wait applies to --store sqlite only'),
    ]);
  });
});
