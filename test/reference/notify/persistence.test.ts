import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { startCli } from '../../cli/run.ts';
import { KEY, connectDevice, startNotifyServer, submit, type TestDevice } from './support.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-notify-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(dataDir: string): Promise<{ server: OmaspecServer; url: string; httpUrl: string }> {
  const started = await startNotifyServer({ store: 'sqlite', dataDir });
  cleanups.push(() => started.server.close());
  return started;
}

function track(device: TestDevice): TestDevice {
  cleanups.push(() => device.client.close());
  return device;
}

/** `omaspec serve` as a child process with the test key; resolves with its URLs once it listens. */
async function spawnServer(dataDir: string): Promise<{ child: ChildProcess; url: string; httpUrl: string }> {
  const cli = startCli(['serve', '--port', '0', '--data', dataDir, '--server-app-key', `shop=${KEY}`]);
  cleanups.push(() => cli.child.exitCode === null && cli.child.kill('SIGKILL'));
  const [, url] = await cli.waitFor(/omaspec listening on (ws:\/\/\S+)/);
  return { child: cli.child, url: url!, httpUrl: url!.replace(/^ws/, 'http').replace(/\/aoi$/, '') };
}

describe('queued notifications survive the server', () => {
  it('delivers what was queued before a clean restart, in order', async () => {
    const dataDir = tempDir();
    const first = await serve(dataDir);
    const phone = await connectDevice(first.url, 'restart-seed');
    phone.client.close();
    await expect.poll(() => first.server.aoi.endpoint.connectionCount).toBe(0);
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await submit(first.httpUrl, { clientAppToken: phone.token, payload: { i } })).body.notificationId);
    await first.server.close();

    const second = await serve(dataDir);
    const back = track(await connectDevice(second.url, 'restart-seed', phone.state));
    await expect.poll(() => back.received.length).toBe(3);
    expect(back.received.map((n) => n.notificationId)).toEqual(ids);
  });

  it('loses no accepted notification when the server process is killed with SIGKILL', async () => {
    const dataDir = tempDir();
    const first = await spawnServer(dataDir);
    const phone = await connectDevice(first.url, 'sigkill-seed');
    phone.client.close();
    const accepted = await submit(first.httpUrl, {
      clientAppToken: phone.token,
      payload: { text: 'before the crash' },
    });
    expect(accepted.status).toBe(202);
    const killed = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');

    const second = await spawnServer(dataDir);
    const back = track(await connectDevice(second.url, 'sigkill-seed', phone.state));
    await expect.poll(() => back.received.length, { timeout: 5000 }).toBe(1);
    expect(back.received[0]).toMatchObject({
      notificationId: accepted.body.notificationId,
      payload: { text: 'before the crash' },
    });
  });
});
