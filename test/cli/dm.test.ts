import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../reference/store/database.ts';
import { startDmServer, type RunningDmServer } from '../../reference/dm/server.ts';
import { inProcessDmStore } from '../../reference/dm/sqlite-store.ts';
import { recordPackage1 } from '../reference/dm/http-fixture.ts';
import { dmValidators } from '../../reference/dm/validators.ts';
import { runCli, startCli } from './run.ts';

const DEV = 'IMEI:490154203237518';
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function pendingInStore(): Promise<string[][]> {
  const db = openDatabase(dataDir);
  try {
    return (await inProcessDmStore(db).pending(DEV)).map((c) => c.command);
  } finally {
    db.close();
  }
}

describe('omaspec dm queue', () => {
  it('writes the command into the store in --data', async () => {
    const run = await runCli('dm', 'queue', DEV, 'GET', './DevInfo/Mod', '--data', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GET ./DevInfo/Mod (1 pending)');
    expect(await pendingInStore()).toEqual([['GET', './DevInfo/Mod']]);
  });

  it('holds the queue to --dm-max-queued-per-device, the bound of the serve that shares the store', async () => {
    const queue = (path: string) =>
      runCli('dm', 'queue', DEV, 'GET', path, '--data', dataDir, '--dm-max-queued-per-device', '1');
    expect((await queue('./DevInfo/Mod')).code).toBe(0);
    const refused = await queue('./DevInfo/Man');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('DM_QUEUE_FULL');
    expect(await pendingInStore()).toEqual([['GET', './DevInfo/Mod']]);
  });

  it('exits 2 and queues nothing when the parameter count is wrong', async () => {
    const run = await runCli('dm', 'queue', DEV, 'HGET', 'http://s/x', '--data', dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('HGET takes 2 parameters');
    expect(await pendingInStore()).toEqual([]);
  });

  it('refuses the DM 1.x REPLACE unless --extensions is given, and CONT/END always', async () => {
    const refused = await runCli('dm', 'queue', DEV, 'REPLACE', './A', 'v', '--data', dataDir);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('pass --extensions')]);
    expect((await runCli('dm', 'queue', DEV, 'REPLACE', './A', 'v', '--extensions', '--data', dataDir)).code).toBe(0);
    expect((await runCli('dm', 'queue', DEV, 'END', '--data', dataDir)).stderr).toContain('added by the server');
    expect(await pendingInStore()).toEqual([['REPLACE', './A', 'v']]);
  });

  it('refuses a device id that could name another path', async () => {
    expect((await runCli('dm', 'queue', '../x', 'GET', './A', '--data', dataDir)).code).toBe(2);
  });

  it('refuses an unknown command name unless --allow-unknown is given', async () => {
    expect((await runCli('dm', 'queue', DEV, 'FROB', 'x', '--data', dataDir)).code).toBe(2);
    expect((await runCli('dm', 'queue', DEV, 'FROB', 'x', '--allow-unknown', '--data', dataDir)).code).toBe(0);
    expect(await pendingInStore()).toEqual([['FROB', 'x']]);
  });

  it("takes parameters starting with '-' after --", async () => {
    const run = await runCli('dm', 'queue', '--data', dataDir, '--', DEV, 'DEFAULT', './Temp', '-5');
    expect(run.code).toBe(0);
    expect(await pendingInStore()).toEqual([['DEFAULT', './Temp', '-5']]);
  });

  it('exits 2 on a missing or unknown subcommand', async () => {
    expect((await runCli('dm')).code).toBe(2);
    expect((await runCli('dm', 'frobnicate')).stderr).toContain("unknown subcommand 'frobnicate'");
  });
});

describe('omaspec dm show', () => {
  it('prints what the device reported and what is pending, as JSON with --json', async () => {
    const db = openDatabase(dataDir);
    const store = inProcessDmStore(db);
    await recordPackage1(
      store,
      DEV,
      [{ DDF: 'http://d', MOID: 'oma:mo:x:1.0', MIID: ['X1'] }],
      [{ AlertType: 'urn:a' }],
    );
    await store.enqueueAll(DEV, [['DELETE', './X1/Y']]);
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

describe('omaspec dm device add', () => {
  it('prints a new credential once, as {devId, credential} with --json, and keeps only its hash', async () => {
    const run = await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json');
    expect(run.code).toBe(0);
    const { devId, credential } = JSON.parse(run.stdout) as { devId: string; credential: string };
    expect(devId).toBe(DEV);
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const db = openDatabase(dataDir);
    try {
      const store = inProcessDmStore(db);
      expect(await store.verifyCredential(DEV, `Bearer ${credential}`)).toBe(true);
      const row = db.prepare('SELECT * FROM dm_device_credentials').get() as Record<string, unknown>;
      expect(JSON.stringify(row)).not.toContain(credential);
    } finally {
      db.close();
    }
    const again = JSON.parse((await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json')).stdout);
    expect(again.credential).not.toBe(credential);
  });

  it('exits 2 for a missing or malformed device id', async () => {
    expect((await runCli('dm', 'device', 'add', '--data', dataDir)).code).toBe(2);
    expect((await runCli('dm', 'device', 'add', 'a/b', '--data', dataDir)).code).toBe(2);
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
  let credential: string;

  beforeEach(async () => {
    const db = openDatabase(dataDir);
    closeDb = () => db.close();
    const store = inProcessDmStore(db);
    credential = await store.issueCredential(DEV);
    server = await startDmServer({ store, validators: dmValidators });
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

  const client = (...args: string[]) => runCli('dm-client', '--url', server.url, '--credential', credential, ...args);

  it('runs the session queued with `dm queue`, writes the MO file back and `dm show` prints every status', async () => {
    await runCli('dm', 'data', 'put', DEV, 'config/Man', 'Globex', '--data', dataDir);
    const resource = `${server.url}/data/${encodeURIComponent(DEV)}`;
    await runCli('dm', 'queue', DEV, 'HGET', `${resource}/config/Man`, 'DevInfo1/Man', '--data', dataDir);
    await runCli('dm', 'queue', DEV, 'HPUT', `${resource}/reported/Mod`, 'DevInfo1/Mod', '--data', dataDir);
    await runCli('dm', 'queue', DEV, 'GET', 'DevInfo1/Mod', '--data', dataDir);
    const run = await client('--mo-file', moFile, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { rounds: { outcomes: { sc: number; value?: string }[] }[]; tree: object };
    expect(report.rounds.map((r) => r.outcomes.map((o) => o.sc))).toEqual([[200, 200, 200, 200], [200]]);
    expect(report.rounds[0]?.outcomes[2]?.value).toBe('R2');
    expect(JSON.parse(readFileSync(moFile, 'utf8')).Tree).toEqual({ 'DevInfo1/Man': 'Globex', 'DevInfo1/Mod': 'R2' });
    expect((await runCli('dm', 'data', 'get', DEV, 'reported/Mod', '--data', dataDir)).stdout).toBe('R2\n');
    const shown = (await runCli('dm', 'show', DEV, '--data', dataDir)).stdout;
    expect(shown).toMatch(/ended: completed/);
    expect(shown).toMatch(/1\.3 {2}200 {2}GET DevInfo1\/Mod {2}→ \["R2"\]/);
  });

  it('reports an unsupported command with 406 in text and exits 1', async () => {
    await runCli('dm', 'queue', DEV, 'FROB', 'x', '--allow-unknown', '--data', dataDir);
    const run = await client('--mo-file', moFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/unsupported 406 {2}FROB x {2}— unknown DM command 'FROB'/);
    expect(run.stdout).toMatch(/ok\s+200 {2}END/);
  });

  it('exits 1 with the 401 problem when the credential is wrong, and the command stays queued', async () => {
    await runCli('dm', 'queue', DEV, 'GET', 'DevInfo1/Mod', '--data', dataDir);
    const run = await runCli('dm-client', '--url', server.url, '--credential', 'wrong', '--mo-file', moFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('httpStatus: server answered 401');
    expect(run.stderr).toContain('https://omaspec.dev/problems/dm/unauthorized');
    expect(await pendingInStore()).toEqual([['GET', 'DevInfo1/Mod']]);
  });

  it("prints the server's problem and exits 1 when the session fails", async () => {
    const run = await runCli(
      'dm-client',
      '--url',
      server.url.replace(/\/dm$/, '/elsewhere'),
      '--dev-id',
      DEV,
      '--credential',
      credential,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('httpStatus: server answered 404');
    expect(run.stderr).toContain('https://omaspec.dev/problems/dm/not-found');
  });

  it('exits 1 with the path of each problem in an invalid MO file', async () => {
    writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: { 'A/B': 7 } }));
    const run = await client('--mo-file', moFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/Tree/A~1B type');
  });

  it('exits 2 without --url, --credential, or a device id from flag or file', async () => {
    expect((await runCli('dm-client', '--credential', 'c')).code).toBe(2);
    expect((await runCli('dm-client', '--url', server.url)).stderr).toContain('--credential is required');
    expect((await client()).stderr).toContain('--dev-id is required');
  });
});

describe('omaspec dm serve', () => {
  it('serves Package#1 until SIGTERM, then exits 0', async () => {
    const server = startCli(['dm', 'serve', '--port', '0', '--json', '--data', dataDir]);
    try {
      const [, url] = await server.waitFor(/"url": "([^"]+)"/);
      const headers = { 'Content-Type': 'application/vnd.oma.dm.initiation+json', 'OMADM-DevID': DEV };
      expect((await fetch(url!, { method: 'POST', headers, body: '{}' })).status).toBe(401);
      const { credential } = JSON.parse((await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json')).stdout);
      const res = await fetch(url!, {
        method: 'POST',
        headers: { ...headers, Authorization: `Bearer ${credential}` },
        body: '{}',
      });
      expect(await res.json()).toEqual({ Cmd: [['END']] });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

describe('omaspec dm serve --admin', () => {
  it('refuses to open the operator endpoint without a key on a non-loopback address', async () => {
    const run = await runCli('dm', 'serve', '--admin', '--host', '0.0.0.0', '--port', '0', '--data', dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DM_ADMIN_OPEN');
  });

  it('requires the key from --admin-key-file on the operator endpoint', async () => {
    const keyFile = join(dataDir, 'admin.key');
    writeFileSync(keyFile, 'operator-secret-0123456789\n');
    const server = startCli([
      'dm',
      'serve',
      '--admin',
      '--admin-key-file',
      keyFile,
      '--port',
      '0',
      '--json',
      '--data',
      dataDir,
    ]);
    try {
      const [, url] = await server.waitFor(/"url": "([^"]+)"/);
      const device = `${url}/admin/devices/${encodeURIComponent(DEV)}`;
      expect((await fetch(device)).status).toBe(401);
      expect((await fetch(device, { headers: { Authorization: 'Bearer operator-secret-0123456789' } })).status).toBe(
        200,
      );
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
