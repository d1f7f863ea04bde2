import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpRouter, sendJson } from '../../../reference/http/router.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function listen(router: HttpRouter): Promise<string> {
  server = createServer(router.handle);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('HttpRouter', () => {
  it('routes by the longest mounted prefix on segment boundaries, whatever the mounting order', async () => {
    const router = new HttpRouter()
      .mount('/dm', (_req, res) => sendJson(res, 200, { route: 'dm' }))
      .mount('/dm/admin', (_req, res) => sendJson(res, 200, { route: 'admin' }));
    const base = await listen(router);
    expect(await (await fetch(`${base}/dm/x?y=1`)).json()).toEqual({ route: 'dm' });
    expect(await (await fetch(`${base}/dm/admin/1`)).json()).toEqual({ route: 'admin' });
    expect((await fetch(`${base}/dmx`)).status).toBe(404);
  });

  it('answers unknown paths with 404 problem+json', async () => {
    const response = await fetch(`${await listen(new HttpRouter())}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers 500 problem+json without the error text when a handler throws', async () => {
    const logged: unknown[] = [];
    const router = new HttpRouter((e) => logged.push(e)).mount('/boom', async () => {
      throw new Error('secret internal detail');
    });
    const response = await fetch(`${await listen(router)}/boom`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });
});
