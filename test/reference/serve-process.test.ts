import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RawSocket, appDeregistration, appRegistration, registerClient } from './support.ts';

const BIN = join(import.meta.dirname, '../../bin/omaspec.js');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs `omaspec serve` as a child process and resolves with the ws:// URL it prints. */
function spawnServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const url = /omaspec listening on (ws:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | number | null>((r) => child.once('exit', (code, signal) => r(signal ?? code)));

describe('omaspec serve as a process', () => {
  it('keeps every acknowledged registration across a SIGKILL of the server process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-persist-'));
    try {
      const first = await spawnServer(dataDir);
      let socket = await RawSocket.open(first.url);
      const clientID = await registerClient(socket);
      const token = (await socket.request(appRegistration(1, clientID))).result.clientAppToken as string;
      const gone = await registerClient(socket);
      await socket.request({ messageType: 'aoiClientDeregistrationReq', clientID: gone });
      const killed = exited(first.child);
      first.child.kill('SIGKILL');
      expect(await killed).toBe('SIGKILL');

      const second = await spawnServer(dataDir);
      socket = await RawSocket.open(second.url);
      expect(await socket.request(appDeregistration(2, clientID, token))).toMatchObject({ result: { code: 200 } });
      expect(await socket.request({ messageType: 'aoiClientDeregistrationReq', clientID: gone })).toMatchObject({
        code: 401,
      });
      socket.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('exits 1 with a one-line reason when the port is taken', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-persist-'));
    try {
      const { url } = await spawnServer(dataDir);
      const port = new URL(url).port;
      const second = spawn(process.execPath, [BIN, 'serve', '--port', port, '--store', 'memory'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(second);
      let stderr = '';
      second.stderr!.on('data', (chunk) => (stderr += String(chunk)));
      expect(await exited(second)).toBe(1);
      expect(stderr.trim()).toMatch(/^omaspec serve: error IO_LISTEN: cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
      expect(stderr).toContain('hint: another process holds the port');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('shuts down with exit code 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-persist-'));
    try {
      const { child, url } = await spawnServer(dataDir);
      const socket = await RawSocket.open(url);
      const done = exited(child);
      child.kill('SIGTERM');
      expect((await socket.closed).code).toBe(1001);
      expect(await done).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
