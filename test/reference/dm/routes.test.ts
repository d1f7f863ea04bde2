import { afterEach, describe, expect, it } from 'vitest';
import { createDmRoutes, type DmRoutesOptions } from '../../../reference/dm/routes.ts';
import { openInMemoryDmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { listen, PACKAGE1_HEADERS, type RunningServer } from './http-fixture.ts';

let server: RunningServer | undefined;
afterEach(() => server?.close());

async function serve(options: Partial<DmRoutesOptions> = {}): Promise<string> {
  server = await listen(createDmRoutes({ store: openInMemoryDmStore(), validators: dmValidators, ...options }));
  return `http://127.0.0.1:${server.port}`;
}

const postPackage1 = (url: string) => fetch(url, { method: 'POST', headers: PACKAGE1_HEADERS, body: '{}' });

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
});
