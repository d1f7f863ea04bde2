import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listen as listenCommand } from '../../../cli/client-listen.ts';
import { UsageError } from '../../../cli/command.ts';
import { notificationOptions } from '../../../cli/serve-notifications.ts';
import { AoiClient } from '../../../reference/client/aoi-client.ts';
import { ServerAppKeys } from '../../../reference/notify/keys.ts';
import { startCli } from '../../cli/run.ts';
import { KEY, startNotifyServer, submit } from './support.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `omaspec client listen …`; `bound` resolves once it says it is bound, `done` with its exit and stdout. */
function listen(args: string[]) {
  const cli = startCli(['client', 'listen', ...args]);
  cleanups.push(() => cli.child.exitCode === null && cli.child.kill('SIGKILL'));
  const bound = cli.waitFor(/waiting for notifications to (\S+)/).then((match) => match[1]!);
  const done = new Promise<{ code: number | null; lines: unknown[] }>((resolve) =>
    cli.child.once('close', (code) =>
      resolve({
        code,
        lines: cli
          .output()
          .stdout.split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as unknown),
      }),
    ),
  );
  return { bound, done };
}

describe('omaspec client listen', () => {
  it('prints the notification on two devices sharing a seed as one JSON line each and exits after --count', async () => {
    const { server, url, httpUrl } = await startNotifyServer();
    cleanups.push(() => server.close());
    const registrar = await AoiClient.connect(url, { reconnect: false });
    cleanups.push(() => registrar.close());
    const ids = [await registrar.registerClient('111'), await registrar.registerClient('222')];
    const listeners = ids.map((clientID) =>
      listen(['--url', url, '--client-id', clientID, '--token-seed', 'cli-seed', '--count', '1']),
    );
    const tokens = await Promise.all(listeners.map((l) => l.bound));
    expect(tokens[0]).toBe(tokens[1]);
    const accepted = await submit(httpUrl, { clientAppToken: tokens[0], payload: { text: 'hello' }, priority: 3 });
    for (const { done } of listeners) {
      expect(await done).toEqual({
        code: 0,
        lines: [
          {
            notificationId: accepted.body.notificationId,
            clientAppToken: tokens[0],
            priority: 3,
            payload: { text: 'hello' },
          },
        ],
      });
    }
    await expect
      .poll(async () => (await server.notifications.store.queued(ids[0]!.slice(4, 20), 0, 10, Date.now())).length)
      .toBe(0);
  });

  it('stays up while the server restarts, rebinds and prints what is submitted afterwards', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-listen-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startNotifyServer({ store: 'sqlite', dataDir });
    const registrar = await AoiClient.connect(first.url, { reconnect: false });
    const clientID = await registrar.registerClient('333');
    registrar.close();
    const listener = listen([
      '--url',
      first.url,
      '--client-id',
      clientID,
      '--token-seed',
      'restart-cli-seed',
      '--count',
      '1',
    ]);
    const token = await listener.bound;
    await first.server.close();
    const second = await startNotifyServer({ store: 'sqlite', dataDir, port: Number(new URL(first.url).port) });
    cleanups.push(() => second.server.close());
    await expect.poll(() => second.server.aoi.liveConnection(clientID.slice(4, 20)), { timeout: 10_000 }).toBeDefined();
    const accepted = await submit(second.httpUrl, { clientAppToken: token, payload: { after: 'restart' } });
    expect(await listener.done).toEqual({
      code: 0,
      lines: [
        {
          notificationId: accepted.body.notificationId,
          clientAppToken: token,
          priority: 5,
          payload: { after: 'restart' },
        },
      ],
    });
  });

  it('is a usage error without --token-seed or with a non-WebSocket --url', async () => {
    await expect(listenCommand(['--client-id', 'aoi-x.y'], 'ws://127.0.0.1:1/aoi')).rejects.toThrow(
      /needs --token-seed/,
    );
    await expect(
      listenCommand(['--client-id', 'aoi-x.y', '--token-seed', 's', '--url', 'http://h/aoi'], 'ws://127.0.0.1:1/aoi'),
    ).rejects.toThrow(UsageError);
  });
});

describe('omaspec serve notification options', () => {
  it('reads keys from repeated --server-app-key and a keys file with comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omaspec-keys-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'keys');
    writeFileSync(file, `# partners\n\nweather=weather-key-0123456789\n`);
    const options = notificationOptions({
      'server-app-key': [`shop=${KEY}`],
      'server-app-keys': file,
      'notification-rate': '5',
    });
    const keys = new ServerAppKeys(options.serverAppKeys);
    expect(keys.authenticate(`Bearer ${KEY}`)).toBe('shop');
    expect(keys.authenticate('Bearer weather-key-0123456789')).toBe('weather');
    expect(keys.authenticate('Bearer weather-key-012345678')).toBeUndefined();
    expect(options).toMatchObject({ submissionsPerSecond: 5, submissionBurst: 10 });
  });

  it('refuses a malformed assignment, a short key, a name given twice and an unreadable file, with the location', () => {
    expect(() => notificationOptions({ 'server-app-key': ['no-equals-sign'] })).toThrow(UsageError);
    expect(() => notificationOptions({ 'server-app-key': ['shop=short'] })).toThrow(/shorter than 16/);
    expect(() => notificationOptions({ 'server-app-key': [`shop=${KEY}`, `shop=${KEY}x`] })).toThrow(
      /more than one key/,
    );
    expect(() => notificationOptions({ 'server-app-keys': '/nonexistent/keys' })).toThrow(
      /\/nonexistent\/keys: cannot read/,
    );
    expect(() => notificationOptions({ 'max-queue': '0' })).toThrow(/--max-queue must be a positive integer/);
  });
});
