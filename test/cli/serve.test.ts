import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCertificate, type TestCertificate } from '../reference/tls-certificate.ts';
import { runCli, startCli, type StartedCli } from './run.ts';

const started: StartedCli[] = [];
const certificates: TestCertificate[] = [];
afterEach(async () => {
  for (const cli of started.splice(0)) await cli.stop();
  for (const certificate of certificates.splice(0)) certificate.remove();
});

function serve(...args: string[]): StartedCli {
  const cli = startCli(['serve', '--port', '0', '--store', 'memory', ...args]);
  started.push(cli);
  return cli;
}

function certificate(): TestCertificate {
  const made = makeCertificate();
  certificates.push(made);
  return made;
}

const WARNING = /warning: listening on \S+ without TLS/;

describe('omaspec serve --tls-cert --tls-key', () => {
  it('serves wss:// that omaspec client reaches with --ca', async () => {
    const { certPath, keyPath } = certificate();
    const server = serve('--tls-cert', certPath, '--tls-key', keyPath);
    const [, url] = await server.waitFor(/omaspec listening on (wss:\/\/\S+)/);
    await server.waitFor(/health: https:\/\/127\.0\.0\.1:\d+\/healthz/);
    const run = await runCli('client', 'register', '--url', url!, '--ca', certPath, '--device-number', '7', '--json');
    expect(run).toMatchObject({ code: 0 });
    expect(JSON.parse(run.stdout)).toMatchObject({ code: 200, clientID: expect.stringMatching(/^aoi-/) });
    const untrusted = await runCli('client', 'register', '--url', url!, '--device-number', '7');
    expect(untrusted.code).toBe(1);
  });

  it('refuses one without the other, and a certificate that does not load, as usage errors', async () => {
    const { certPath, keyPath } = certificate();
    const alone = await runCli('serve', '--store', 'memory', '--port', '0', '--tls-cert', certPath);
    expect(alone).toMatchObject({ code: 2, stderr: expect.stringContaining('--tls-cert and --tls-key go together') });
    writeFileSync(keyPath, 'not a key');
    const broken = await runCli(
      'serve',
      '--store',
      'memory',
      '--port',
      '0',
      '--tls-cert',
      certPath,
      '--tls-key',
      keyPath,
    );
    expect(broken).toMatchObject({ code: 2, stderr: expect.stringContaining('not a usable PEM certificate and key') });
  });

  it('refuses --ca with a ws:// URL', async () => {
    const { certPath } = certificate();
    const run = await runCli(
      'client',
      'register',
      '--url',
      'ws://127.0.0.1:1/aoi',
      '--ca',
      certPath,
      '--device-number',
      '7',
    );
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('--ca applies to wss:// URLs only') });
  });
});

describe('omaspec serve without TLS', () => {
  it('warns when it binds a non-loopback address', async () => {
    const server = serve('--host', '0.0.0.0');
    await server.waitFor(/omaspec listening on/);
    await server.waitFor(WARNING);
    expect(server.output().stderr).toContain('use --tls-cert and --tls-key');
  });

  it('does not warn on loopback, nor on a non-loopback address with TLS', async () => {
    const loopback = serve();
    await loopback.waitFor(/health: /);
    const { certPath, keyPath } = certificate();
    const exposed = serve('--host', '0.0.0.0', '--tls-cert', certPath, '--tls-key', keyPath);
    await exposed.waitFor(/health: /);
    expect(loopback.output().stderr).not.toMatch(WARNING);
    expect(exposed.output().stderr).not.toMatch(WARNING);
  });
});
