import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../reference/store/database.ts';
import { startDmServer, type RunningDmServer } from '../../reference/dm/server.ts';
import { DmStore } from '../../reference/dm/store.ts';
import { dmValidators } from '../../reference/dm/validators.ts';
import { runCli, startCli } from './run.ts';

const DEV = 'IMEI:490154203237518';
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function pendingInStore(): string[][] {
  const db = openDatabase(dataDir);
  try {
    return new DmStore(db).pending(DEV).map((c) => c.command);
  } finally {
    db.close();
  }
}

describe('omaspec dm queue', () => {
  it('writes the command into the store in --data', async () => {
    const run = await runCli('dm', 'queue', DEV, 'GET', './DevInfo/Mod', '--data', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GET ./DevInfo/Mod (1 pending)');
    expect(pendingInStore()).toEqual([['GET', './DevInfo/Mod']]);
  });

  it('exits 2 and queues nothing when the parameter count is wrong', async () => {
    const run = await runCli('dm', 'queue', DEV, 'REPLACE', './DevInfo/Mod', '--data', dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('REPLACE takes 2 parameters');
    expect(pendingInStore()).toEqual([]);
  });

  it('refuses an unknown command name unless --allow-unknown is given', async () => {
    expect((await runCli('dm', 'queue', DEV, 'FROB', 'x', '--data', dataDir)).code).toBe(2);
    expect((await runCli('dm', 'queue', DEV, 'FROB', 'x', '--allow-unknown', '--data', dataDir)).code).toBe(0);
    expect(pendingInStore()).toEqual([['FROB', 'x']]);
  });

  it("takes parameters starting with '-' after --", async () => {
    const run = await runCli('dm', 'queue', '--data', dataDir, '--', DEV, 'REPLACE', './Temp', '-5');
    expect(run.code).toBe(0);
    expect(pendingInStore()).toEqual([['REPLACE', './Temp', '-5']]);
  });

  it('exits 2 on a missing or unknown subcommand', async () => {
    expect((await runCli('dm')).code).toBe(2);
    expect((await runCli('dm', 'frobnicate')).stderr).toContain("unknown subcommand 'frobnicate'");
  });
});

describe('omaspec dm show', () => {
  it('prints what the device reported and what is pending, as JSON with --json', async () => {
    const db = openDatabase(dataDir);
    const store = new DmStore(db);
    store.recordSession(DEV, [{ DDF: 'http://d', MOID: 'oma:mo:x:1.0', MIID: ['X1'] }], [{ AlertType: 'urn:a' }]);
    store.enqueue(DEV, ['DELETE', './X1/Y']);
    db.close();

    const run = await runCli('dm', 'show', DEV, '--data', dataDir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      devId: DEV,
      device: { sessions: 1, mos: [{ MOID: 'oma:mo:x:1.0', MIID: ['X1'] }], alerts: [{ AlertType: 'urn:a' }] },
      pending: [{ command: ['DELETE', './X1/Y'] }],
    });
    expect((await runCli('dm', 'show', DEV, '--data', dataDir)).stdout).toContain('oma:mo:x:1.0  MIID [X1]');
  });

  it('exits 1 for a device it has no record of', async () => {
    const run = await runCli('dm', 'show', 'unknown-device', '--data', dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('never sent Package#1');
  });
});

describe('omaspec dm commands', () => {
  it('lists the command table with parameters', async () => {
    const run = await runCli('dm', 'commands');
    expect(run.stdout).toMatch(/^HPOST ServerURI ClientURI\.\.\. /m);
  });
});

describe('omaspec dm-client against a DM server', () => {
  let server: RunningDmServer;
  let closeDb: () => void;
  let moFile: string;

  beforeEach(async () => {
    const db = openDatabase(dataDir);
    closeDb = () => db.close();
    server = await startDmServer({ store: new DmStore(db), validators: dmValidators });
    moFile = join(dataDir, 'device.json');
    writeFileSync(
      moFile,
      JSON.stringify({
        DevID: DEV,
        MOS: [{ DDF: 'http://d', MOID: 'oma:mo:oma-dm-devinfo:1.0', MIID: ['DevInfo1'] }],
        Tree: { 'DevInfo1/Man': 'Acme', 'DevInfo1/Mod': 'R2' },
      }),
    );
  });
  afterEach(async () => {
    await server.close();
    closeDb();
  });

  it('applies the commands queued with `dm queue` and reports the resulting tree', async () => {
    await runCli('dm', 'queue', DEV, 'REPLACE', 'DevInfo1/Man', 'Globex', '--data', dataDir);
    await runCli('dm', 'queue', DEV, 'GET', 'DevInfo1/Mod', '--data', dataDir);
    const run = await runCli('dm-client', '--url', server.url, '--mo-file', moFile, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { outcomes: { status: string; value?: string }[]; tree: object };
    expect(report.outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok']);
    expect(report.outcomes[1]?.value).toBe('R2');
    expect(report.tree).toEqual({ 'DevInfo1/Man': 'Globex', 'DevInfo1/Mod': 'R2' });
  });

  it('reports an unsupported command in text and exits 1', async () => {
    await runCli('dm', 'queue', DEV, 'FROB', 'x', '--allow-unknown', '--data', dataDir);
    const run = await runCli('dm-client', '--url', server.url, '--mo-file', moFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/unsupported\s+FROB x\s+— unknown DM command 'FROB'/);
    expect(run.stdout).toMatch(/ok\s+END/);
  });

  it("prints the server's problem and exits 1 when the session fails", async () => {
    const run = await runCli('dm-client', '--url', server.url.replace(/\/dm$/, '/elsewhere'), '--dev-id', DEV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('httpStatus: server answered 404');
    expect(run.stderr).toContain('https://omaspec.dev/problems/dm/not-found');
  });

  it('exits 1 with the path of each problem in an invalid MO file', async () => {
    writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: { 'A/B': 7 } }));
    const run = await runCli('dm-client', '--url', server.url, '--mo-file', moFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/Tree/A~1B type');
  });

  it('exits 2 without --url, or without a device id from flag or file', async () => {
    expect((await runCli('dm-client')).code).toBe(2);
    expect((await runCli('dm-client', '--url', server.url)).stderr).toContain('--dev-id is required');
  });
});

describe('omaspec dm serve', () => {
  it('serves Package#1 until SIGTERM, then exits 0', async () => {
    const server = startCli(['dm', 'serve', '--port', '0', '--json', '--data', dataDir]);
    try {
      const [, url] = await server.waitFor(/"url": "([^"]+)"/);
      const res = await fetch(url!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.oma.dm.initiation+json', 'OMADM-DevID': DEV },
        body: '{}',
      });
      expect(await res.json()).toEqual({ Cmd: [['END']] });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
