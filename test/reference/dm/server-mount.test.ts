import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type OmaspecServer } from '../../../reference/server.ts';
import { DATABASE_FILE } from '../../../reference/store/database.ts';
import { crPackage1 } from './cr-example.ts';
import { PACKAGE1_HEADERS, provisionedHeaders } from './http-fixture.ts';

const DEV = PACKAGE1_HEADERS['OMADM-DevID'];
let dataDir: string;
let server: OmaspecServer | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'omaspec-dm-server-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof createServer>[0] = {}): Promise<string> {
  server = createServer({ port: 0, dataDir, logError: () => {}, ...options });
  return `${(await server.listen()).httpUrl}/dm`;
}

// Provisions the device in the server's DM store (a new credential each time), then posts.
const postPackage1 = async (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: await provisionedHeaders(server!.dm.store), body: JSON.stringify(body) });

describe('the reference server serves OMA DM 2.0 at /dm', () => {
  it('answers Package#1 next to AOI-1 on the one port (memory store)', async () => {
    const url = await start({ store: 'memory' });
    const res = await postPackage1(url, crPackage1);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ Cmd: [['END']] });
  });

  it('keeps what a device reported across a restart on the same data directory', async () => {
    await postPackage1(await start(), crPackage1);
    await server?.close();
    await start();
    expect(server?.storeWorker).toBeDefined();
    expect((await server!.dm.store.device(DEV))?.mos).toEqual(crPackage1.MOS);
  });

  it('answers 503 with Retry-After, not a stall or a 500, while another connection holds the write lock', async () => {
    const url = await start();
    const headers = await provisionedHeaders(server!.dm.store); // before the lock: provisioning writes too
    const holder = new Database(join(dataDir, DATABASE_FILE));
    holder.exec('BEGIN IMMEDIATE');
    try {
      const order: string[] = [];
      const waiting = fetch(url, { method: 'POST', headers, body: JSON.stringify(crPackage1) }).then((res) => {
        order.push('dm');
        return res;
      });
      // The DM request waits in the store worker for the lock; the event loop does not.
      const health = await fetch(url.replace(/\/dm$/, '/healthz')).then((res) => (order.push('healthz'), res));
      expect(health.status).toBe(200);
      const res = await waiting;
      expect(order).toEqual(['healthz', 'dm']);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toMatchObject({ type: 'https://omaspec.dev/problems/dm/store-unavailable' });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await postPackage1(url, crPackage1)).status).toBe(200);
  });

  it("checks packages against the server's JSON limits (jsonLimits)", async () => {
    const url = await start({ store: 'memory', jsonLimits: { maxDepth: 5 } });
    const deep = { Alert: { Items: [{ AlertType: 'urn:x', Data: { a: { b: 1 } } }] } };
    const res = await postPackage1(url, deep);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'https://omaspec.dev/problems/dm/json-limits' });
    expect((await postPackage1(url, { Alert: { Items: [{ AlertType: 'urn:x', Data: {} }] } })).status).toBe(200);
  });

  it('applies dmLimits', async () => {
    const url = await start({ store: 'memory', dm: { maxBodyBytes: 10 } });
    expect((await postPackage1(url, crPackage1)).status).toBe(413);
  });
});
