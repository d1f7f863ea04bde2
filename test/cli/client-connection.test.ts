import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCertificate, type TestCertificate } from '../reference/tls-certificate.ts';
import { startServer } from '../reference/support.ts';
import type { OmaspecServer } from '../../reference/server.ts';
import { runCli } from './run.ts';

const DEV = 'IMEI:490154203237518';
let dataDir: string;
let certificate: TestCertificate;
let server: OmaspecServer;
let aoiUrl: string;
let dmUrl: string;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-ca-'));
  certificate = makeCertificate();
  const started = await startServer({
    store: 'sqlite',
    dataDir,
    tls: { cert: certificate.cert, key: certificate.key },
  });
  server = started.server;
  aoiUrl = started.url;
  dmUrl = `${started.httpUrl}/dm`;
});
afterEach(async () => {
  await server.close();
  certificate.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A provisioned device with an HGET from its data area queued: the session makes both kinds of HTTPS request. */
async function deviceWithHget(): Promise<string[]> {
  const added = await runCli('dm', 'device', 'add', DEV, '--data', dataDir, '--json');
  const { credential } = JSON.parse(added.stdout) as { credential: string };
  await runCli('dm', 'data', 'put', DEV, 'config/Man', 'Globex', '--data', dataDir);
  const resource = `${dmUrl}/data/${encodeURIComponent(DEV)}/config/Man`;
  await runCli('dm', 'queue', DEV, 'HGET', resource, 'DevInfo1/Man', '--data', dataDir);
  const moFile = join(dataDir, 'device.json');
  writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: { 'DevInfo1/Man': 'Acme' } }));
  return ['dm-client', '--url', dmUrl, '--credential', credential, '--mo-file', moFile];
}

describe('omaspec dm-client --ca over https://', () => {
  it('runs the session, the HGET from a ServerURI included, trusting the self-signed certificate', async () => {
    const run = await runCli(...(await deviceWithHget()), '--ca', certificate.certPath, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { rounds: { outcomes: { sc: number; detail: string }[] }[] };
    expect(report.rounds[0]?.outcomes[0]).toMatchObject({ sc: 200, detail: expect.stringContaining('Globex') });
  });

  it('fails the session on the certificate without --ca', async () => {
    const run = await runCli(...(await deviceWithHget()));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/network: cannot reach https:\/\/\S+: self-signed certificate/);
  });
});

describe('omaspec conformance --ca over wss://', () => {
  it('passes every check trusting the self-signed certificate', async () => {
    const run = await runCli('conformance', aoiUrl, '--ca', certificate.certPath, '--json');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { passed: boolean }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });

  it('fails each check on the certificate without --ca', async () => {
    const run = await runCli('conformance', aoiUrl, '--json');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { passed: boolean; detail?: string }[];
    expect(new Set(results.map((r) => r.detail))).toEqual(new Set(['error: self-signed certificate']));
  });

  it('refuses --ca with a ws:// URL', async () => {
    const run = await runCli('conformance', 'ws://127.0.0.1:1/aoi', '--ca', certificate.certPath);
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('--ca applies to wss:// URLs only') });
  });
});

describe('a --ca file that cannot be used', () => {
  const commands = () => [
    ['dm-client', '--url', dmUrl, '--credential', 'c', '--dev-id', DEV],
    ['conformance', aoiUrl],
    ['client', 'register', '--url', aoiUrl, '--device-number', '7'],
  ];

  it('is IO_NOT_FOUND (exit 2) when missing, for every command that takes it', async () => {
    const missing = join(dataDir, 'no-such.pem');
    for (const command of commands()) {
      const run = await runCli(...command, '--ca', missing);
      expect([command[0], run.code, run.stderr]).toEqual([
        command[0],
        2,
        expect.stringContaining(`${missing}: error IO_NOT_FOUND: --ca: no such file`),
      ]);
    }
  });

  it('is IO_UNREADABLE for a directory, and CLI_INVALID_INPUT for a file with no PEM certificate (a key)', async () => {
    for (const command of commands()) {
      const directory = await runCli(...command, '--ca', dataDir);
      expect([directory.code, directory.stderr]).toEqual([
        1,
        expect.stringContaining('IO_UNREADABLE: --ca: cannot read'),
      ]);
      const key = await runCli(...command, '--ca', certificate.keyPath);
      expect([key.code, key.stderr]).toEqual([
        1,
        expect.stringContaining('CLI_INVALID_INPUT: --ca: not a PEM certificate'),
      ]);
    }
  });
});
