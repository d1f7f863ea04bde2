import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli, type StartedCli } from '../../cli/run.ts';
import { appRegistration, RawSocket, registration } from '../support.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(dataDir: string): Promise<{ cli: StartedCli; url: string }> {
  const cli = startCli(['serve', '--port', '0', '--data', dataDir]);
  cleanups.push(() => cli.child.exitCode === null && cli.child.signalCode === null && cli.child.kill('SIGKILL'));
  const [, url] = await cli.waitFor(/omaspec listening on (ws:\/\/\S+)/);
  return { cli, url: url! };
}

const CROWD = 24;

describe('group commit', () => {
  it('keeps every registration answered 200 in a concurrent burst across a SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-group-commit-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await serve(dataDir);
    const sockets = await Promise.all(Array.from({ length: CROWD }, () => RawSocket.open(first.url, 15_000)));
    // Sent together, so that the store worker commits them in shared transactions.
    const answers = await Promise.all(sockets.map((socket) => socket.request(registration())));
    const clientIDs = answers.map((answer) => {
      expect(answer).toMatchObject({ code: 200 });
      return answer.clientID as string;
    });
    const killed = new Promise((resolve) => first.cli.child.once('exit', (_code, signal) => resolve(signal)));
    first.cli.child.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');

    const second = await serve(dataDir);
    const socket = await RawSocket.open(second.url, 15_000);
    cleanups.push(() => socket.close());
    for (const [i, clientID] of clientIDs.entries())
      expect(await socket.request(appRegistration(i, clientID))).toMatchObject({ id: i, result: { code: 200 } });
    for (const s of sockets) s.close();
  });
});
