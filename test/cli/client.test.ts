import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../reference/server.ts';
import { startServer } from '../reference/support.ts';
import { runCli } from './run.ts';

let server: OmaspecServer | undefined;
afterEach(async () => server?.close());

describe('omaspec client errors', () => {
  it('says a token not registered to this client is the problem (401), and an unknown clientID is another', async () => {
    let url: string;
    ({ server, url } = await startServer());
    const { clientID } = JSON.parse(
      (await runCli('client', 'register', '--url', url, '--device-number', '7', '--json')).stdout,
    );

    const token = await runCli(
      'client',
      'app-deregister',
      '--url',
      url,
      '--client-id',
      clientID,
      '--token',
      'never-issued',
    );
    expect(token.code).toBe(1);
    expect(token.stderr).toBe(
      'omaspec client: error AOI_REJECTED: the AOI Server answered 401: Unauthorized: the Client Application token is not registered to this AOI Client\n',
    );

    const client = await runCli('client', 'deregister', '--url', url, '--client-id', `${clientID}x`, '--json');
    expect(client.code).toBe(1);
    const { error } = JSON.parse(client.stdout);
    expect(error).toMatchObject({ code: 'AOI_REJECTED', kind: 'failure', status: 401, reason: 'rejected' });
    expect(error.message).toMatch(/AOI Client ID is not valid/);
  });

  it('prints a usage error in one line with a pointer to --help, not the whole usage, and exits 2', async () => {
    const run = await runCli('client', 'frob');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: "omaspec client: error CLI_USAGE: unknown action 'frob'\nhint: see `omaspec client --help`\n",
    });
  });
});
