import { afterEach, describe, expect, it } from 'vitest';
import { createDmRoutes, type DmRoutesOptions } from '../../../reference/dm/routes.ts';
import { openInMemoryDmStore } from '../../../reference/dm/sqlite-store.ts';
import type { DmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { listen, provisionedHeaders, type RunningServer } from './http-fixture.ts';

let server: RunningServer | undefined;
let headers: Record<string, string>;
let store: DmStore;
afterEach(() => server?.close());

async function serve(options: Partial<DmRoutesOptions> = {}): Promise<string> {
  store = openInMemoryDmStore();
  headers = await provisionedHeaders(store);
  server = await listen(createDmRoutes({ store, validators: dmValidators, ...options }));
  return `http://127.0.0.1:${server.port}`;
}

const postPackage1 = (url: string) => fetch(url, { method: 'POST', headers, body: '{}' });
const ADMIN_KEY = 'operator-secret-0123456789';

describe('createDmRoutes (for a prefix router)', () => {
  it('answers Package#1 at exactly the base path, also with a query string', async () => {
    const origin = await serve();
    expect((await postPackage1(`${origin}/dm`)).status).toBe(200);
    expect((await postPackage1(`${origin}/dm?session=1`)).status).toBe(200);
  });

  it('answers 404 problem+json below the base path', async () => {
    const origin = await serve();
    const res = await postPackage1(`${origin}/dm/other`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ type: 'https://omaspec.dev/problems/dm/not-found', status: 404 });
  });

  it('serves the admin endpoint only when enabled, under a custom base path too', async () => {
    let origin = await serve({ basePath: '/mgmt' });
    expect((await fetch(`${origin}/mgmt/admin/devices/d1`)).status).toBe(404);
    await server?.close();
    origin = await serve({ basePath: '/mgmt', admin: true });
    expect((await fetch(`${origin}/mgmt/admin/devices/d1`)).status).toBe(200);
    expect((await postPackage1(`${origin}/mgmt`)).status).toBe(200);
  });

  it('puts the admin key in front of the operator endpoint when the server has one', async () => {
    const origin = await serve({ admin: true, adminKey: ADMIN_KEY });
    const url = `${origin}/dm/admin/devices/d1`;
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await fetch(url, { headers: { Authorization: 'Bearer wrong-key-0123456789' } })).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${ADMIN_KEY}` } })).status).toBe(200);
  });

  it("serves the data area: the operator's value for the device's HGET, the device's HPUT for the operator", async () => {
    const origin = await serve({ adminKey: ADMIN_KEY });
    const resource = `${origin}/dm/data/${encodeURIComponent(headers['OMADM-DevID'] as string)}/config/Man`;
    const operator = { Authorization: `Bearer ${ADMIN_KEY}` };
    const device = { Authorization: headers.Authorization as string };
    expect((await fetch(resource, { method: 'PUT', headers: operator, body: 'Globex' })).status).toBe(204);
    const read = await fetch(resource, { headers: device });
    expect([read.status, await read.text()]).toEqual([200, 'Globex']);
    const etag = read.headers.get('etag') as string;
    expect((await fetch(resource, { headers: { ...device, 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(resource, { method: 'PUT', headers: device, body: 'Initech' })).status).toBe(204);
    expect(await store.getData(headers['OMADM-DevID'] as string, 'config/Man')).toMatchObject({ updatedBy: 'device' });
    expect((await fetch(`${resource}/missing`, { headers: device })).status).toBe(404);
  });

  it("refuses a device's credential for another device's data area, and paths that leave the area", async () => {
    const origin = await serve();
    const other = await provisionedHeaders(store, 'IMEI:000000000000001');
    await store.putData('IMEI:000000000000001', 'secret', Buffer.from('x'), 'text/plain', 'operator');
    const device = { Authorization: headers.Authorization as string };
    expect((await fetch(`${origin}/dm/data/IMEI%3A000000000000001/secret`, { headers: device })).status).toBe(401);
    expect((await fetch(`${origin}/dm/data/IMEI%3A000000000000001/secret`, { headers: other })).status).toBe(200);
    const mine = `${origin}/dm/data/${encodeURIComponent(headers['OMADM-DevID'] as string)}`;
    for (const path of ['/a%2Fb', '/', '/x//y'])
      expect((await fetch(`${mine}${path}`, { headers: device })).status).toBe(404);
    // A dot-dot segment resolves (in the URL) to the other device's area, which this credential does not open.
    expect((await fetch(`${mine}/%2E%2E/IMEI%3A000000000000001/secret`, { headers: device })).status).toBe(401);
    expect((await fetch(`${origin}/dm/data/..%2Fx/y`, { headers: device })).status).toBe(400);
  });
});
