import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { spawnCli } from '../../cli/run.ts';
import { startServer } from '../support.ts';

// Spawned, not in-process: the server under test runs in this process and must keep answering.
const omaspec = async (...args: string[]) => {
  const run = await spawnCli(args);
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
};

let server: OmaspecServer | undefined;
afterEach(async () => server?.close());

describe('omaspec client', () => {
  it('registers, registers an application, deregisters both, and exits 1 with the code on a refusal', async () => {
    let url: string;
    ({ server, url } = await startServer());
    const registered = await omaspec('client', 'register', '--url', url, '--device-number', '42', '--json');
    expect(registered.status).toBe(0);
    const { clientID } = JSON.parse(registered.stdout) as { clientID: string };
    const app = await omaspec('client', 'app-register', '--url', url, '--client-id', clientID, '--token-seed', 's');
    expect(app.status).toBe(0);
    const token = /clientAppToken: (\S+)/.exec(app.stdout)?.[1];
    expect(await server.aoi.store.clientsForToken(token!)).toHaveLength(1);
    expect(
      (await omaspec('client', 'app-deregister', '--url', url, '--client-id', clientID, '--token', token!)).status,
    ).toBe(0);
    expect((await omaspec('client', 'deregister', '--url', url, '--client-id', clientID)).status).toBe(0);
    const refused = await omaspec('client', 'deregister', '--url', url, '--client-id', clientID);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('401');
  });

  it('exits 2 on an unknown action or a missing required option', async () => {
    expect((await omaspec('client', 'frob')).status).toBe(2);
    expect((await omaspec('client', 'app-register')).status).toBe(2);
  });
});
