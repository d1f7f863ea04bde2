import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { CHECKS } from '../../../reference/conformance/checks.ts';
import { runConformance } from '../../../reference/conformance/runner.ts';
import type { OmaspecServer } from '../../../reference/server.ts';
import { createAoi1Dispatcher } from '../../../generated/aoi1/dispatcher.ts';
import { spawnCli } from '../../cli/run.ts';
import { startServer } from '../support.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(...args: Parameters<typeof startServer>): Promise<{ server: OmaspecServer; url: string }> {
  const started = await startServer(...args);
  cleanups.push(() => started.server.close());
  return started;
}

describe('the AOI-1 conformance suite', () => {
  it('passes every check against the reference server', async () => {
    const { url } = await serve({ aoi: { aoiServerUrl: 'https://aoi.example.test/' } });
    const results = await runConformance(url);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
  });

  it('fails exactly the id-echo check against a server that turns numeric ids into strings', async () => {
    const { url } = await serve({
      aoi: {
        createDispatcher: (handlers) => {
          const real = createAoi1Dispatcher(handlers);
          return async (raw, ctx) => (await real(raw, ctx))?.replace(/"id":(\d+)/g, '"id":"$1"');
        },
      },
    });
    const failed = (await runConformance(url)).filter((r) => !r.passed);
    expect(failed.map((r) => r.id)).toEqual(['rpc-id-echo']);
    expect(failed[0]!.detail).toContain('117');
  });

  it('fails every check, without hanging, against a server that never answers', async () => {
    const silent = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => new Promise((r) => silent.close(r)));
    await new Promise((r) => silent.once('listening', r));
    const results = await runConformance(`ws://127.0.0.1:${(silent.address() as { port: number }).port}`, {
      timeoutMs: 50,
    });
    expect(results.every((r) => !r.passed && /no answer within 50 ms/.test(r.detail ?? ''))).toBe(true);
  });
});

describe('omaspec conformance', () => {
  // Spawned, not in-process: the server under test runs in this process and must keep answering.
  const omaspec = async (...args: string[]) => {
    const run = await spawnCli(args);
    return { status: run.code, stdout: run.stdout };
  };

  it('prints a PASS line per check and the totals, and exits 0 when all pass', async () => {
    const { url } = await serve();
    const run = await omaspec('conformance', url);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^PASS /gm)).toHaveLength(CHECKS.length);
    expect(run.stdout).toContain(`${CHECKS.length} passed, 0 failed`);
  });

  it('exits 1 with FAIL lines (or --json results) when the server is unreachable, and 2 without a URL', async () => {
    const run = await omaspec('conformance', 'ws://127.0.0.1:1/aoi', '--timeout', '200');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`0 passed, ${CHECKS.length} failed`);
    expect((await omaspec('conformance')).status).toBe(2);
    const json = await omaspec('conformance', 'ws://127.0.0.1:1/aoi', '--timeout', '200', '--json');
    expect(json.status).toBe(1);
    const results = JSON.parse(json.stdout) as { id: string; passed: boolean; detail: string }[];
    expect(results.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
    expect(results.every((r) => !r.passed && r.detail.includes('ECONNREFUSED'))).toBe(true);
  });
});
