import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REDIS_MISSING, RedisProcess } from '../reference/redis/redis-process.ts';
import { skipWithoutRedis } from '../reference/redis/support.ts';
import { runCli, startCli, type StartedCli } from './run.ts';

const DEV = 'IMEI:490154203237518';
let redis: RedisProcess | undefined;
let node: StartedCli | undefined;
let dmUrl = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omaspec-dm-redis-'));
  if (REDIS_MISSING) return;
  redis = await RedisProcess.start();
  node = startCli(['serve', '--port', '0', '--store', redis.url, '--data', join(dir, 'unused')]);
  const [, url] = await node.waitFor(/omaspec listening on (ws:\/\/\S+)/, 60_000);
  dmUrl = url!.replace(/^ws/, 'http').replace(/\/aoi$/, '/dm');
}, 90_000);

afterAll(async () => {
  await node?.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(skipWithoutRedis);

describe('omaspec dm --store redis://', () => {
  it('provisions and queues in the Redis that serve nodes share; the session runs on a node; show reads it back', async () => {
    const store = ['--store', redis!.url];
    const added = await runCli('dm', 'device', 'add', DEV, ...store, '--json');
    expect(added.code).toBe(0);
    const { credential } = JSON.parse(added.stdout) as { credential: string };
    expect((await runCli('dm', 'queue', DEV, 'GET', 'DevInfo1/Mod', ...store)).code).toBe(0);
    const moFile = join(dir, 'device.json');
    writeFileSync(moFile, JSON.stringify({ DevID: DEV, Tree: { 'DevInfo1/Mod': 'Roadrunner' } }));
    const session = await runCli('dm-client', '--url', dmUrl, '--credential', credential, '--mo-file', moFile);
    expect(session.stdout).toMatch(/200 {2}GET DevInfo1\/Mod/);
    const shown = JSON.parse((await runCli('dm', 'show', DEV, ...store, '--json')).stdout);
    expect(shown.pending).toEqual([]);
    expect(shown.sessions[0]).toMatchObject({ state: 'ended', endedReason: 'completed' });
    expect(shown.sessions[0].commands[0]).toMatchObject({ command: ['GET', 'DevInfo1/Mod'], status: { sc: 200 } });
  });

  it('exits 1 with STORE_UNREACHABLE when nothing answers at that address, and 2 for --store memory', async () => {
    const unreachable = await runCli('dm', 'show', DEV, '--store', 'redis://127.0.0.1:1');
    expect([unreachable.code, unreachable.stderr]).toEqual([1, expect.stringContaining('unreachable')]);
    expect((await runCli('dm', 'show', DEV, '--store', 'memory')).code).toBe(2);
    expect((await runCli('dm', 'serve', '--store', redis!.url)).code).toBe(2);
  });
});
