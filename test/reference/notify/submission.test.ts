import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateNotificationSubmitRes } from '../../../generated/notify/validators.ts';
import type { OmaspecServer } from '../../../reference/server.ts';
import { specMember } from '../spec-members.ts';
import { startServer } from '../support.ts';
import { KEY, connectDevice, startNotifyServer, submit, type TestDevice } from './support.ts';

const servers: OmaspecServer[] = [];
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-submit-'));
  dirs.push(dir);
  return dir;
}
const devices: TestDevice[] = [];
afterEach(async () => {
  for (const d of devices.splice(0)) d.client.close();
  for (const s of servers.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serveWithDevice(options: Parameters<typeof startNotifyServer>[0] = {}) {
  const started = await startNotifyServer(options);
  servers.push(started.server);
  const phone = await connectDevice(started.url, 'submission-seed');
  devices.push(phone);
  return { ...started, token: phone.token };
}

/** POSTs `chunks` with chunked transfer encoding (no Content-Length), so only the streaming check can stop it. */
function postChunked(httpUrl: string, chunks: string[]): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${httpUrl}/notifications`,
      { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('POST /notifications', () => {
  it('refuses every submission with 401 when no Server Application key is configured', async () => {
    const { server, httpUrl } = await startServer();
    servers.push(server);
    const answer = await submit(httpUrl, { clientAppToken: 't', payload: {} }, KEY);
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe(401);
  });

  it('answers 401 with a Bearer challenge to a missing or wrong key, and 202 to the right one', async () => {
    const { httpUrl, token } = await serveWithDevice();
    const body = { clientAppToken: token, payload: { a: 1 } };
    const missing = await submit(httpUrl, body, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await submit(httpUrl, body, `${KEY}x`)).status).toBe(401);
    const accepted = await submit(httpUrl, body, KEY);
    expect(accepted.status).toBe(202);
    for (const answer of [missing, accepted]) expect(validateNotificationSubmitRes(answer.body).ok).toBe(true);
  });

  it('answers 413 on a Content-Length over the limit and accepts a body of exactly the limit', async () => {
    const { httpUrl, token } = await serveWithDevice({ notifications: { maxBodyBytes: 200 } });
    const fill = (size: number) => {
      const base = JSON.stringify({ clientAppToken: token, payload: { pad: '' } });
      return JSON.stringify({ clientAppToken: token, payload: { pad: 'x'.repeat(size - base.length) } });
    };
    expect((await submit(httpUrl, fill(200))).status).toBe(202);
    const over = await submit(httpUrl, fill(201));
    expect(over.status).toBe(413);
    expect(validateNotificationSubmitRes(over.body).ok).toBe(true);
  });

  it('answers 413 while streaming a chunked body that grows over the limit', async () => {
    const { httpUrl } = await serveWithDevice({ notifications: { maxBodyBytes: 1024 } });
    const answer = await postChunked(httpUrl, [
      '{"clientAppToken":"t","payload":{"pad":"',
      'x'.repeat(800),
      'x'.repeat(800),
      '"}}',
    ]);
    expect(answer).toMatchObject({ status: 413, body: { code: 413 } });
    expect((await postChunked(httpUrl, ['{"clientAppToken":"t",', '"payload":{}}'])).status).toBe(404);
  });

  it('answers 400 to a body that is not JSON or breaks the schema, naming the offending member', async () => {
    const { httpUrl, token } = await serveWithDevice();
    expect(await submit(httpUrl, '{"clientAppToken":')).toMatchObject({ status: 400, body: { code: 400 } });
    const invalid = await submit(httpUrl, { clientAppToken: token, payload: {}, priority: 10 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.desc).toContain('/priority');
    expect((await submit(httpUrl, { clientAppToken: token, payload: 'text' })).status).toBe(400);
  });

  it('answers 400 naming the limit to a payload nested deeper than jsonLimits.maxDepth, before parsing it', async () => {
    const { httpUrl, token } = await serveWithDevice({
      store: 'sqlite',
      dataDir: tempDir(),
      notifications: { maxBodyBytes: 64 * 1024 },
    });
    const payload = (depth: number) =>
      `{"clientAppToken":"${token}","payload":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    // The attack of issue 14: 4,112 levels overflowed the stack in the store (503).
    expect(await submit(httpUrl, payload(5000))).toEqual(
      expect.objectContaining({
        status: 400,
        body: { code: 400, desc: 'Bad Request: the document nests deeper than 64 levels' },
      }),
    );
    expect((await submit(httpUrl, payload(62))).status).toBe(202); // 64 levels in all
    expect((await submit(httpUrl, payload(63))).status).toBe(400);
  });

  it('answers 415 problem+json to a body that is not declared application/json, and accepts it with a charset', async () => {
    const { httpUrl, token } = await serveWithDevice();
    const body = JSON.stringify({ clientAppToken: token, payload: {} });
    const post = (headers: Record<string, string>) =>
      fetch(`${httpUrl}/notifications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, ...headers },
        body,
      });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const refused = await post({ 'content-type': contentType });
      expect(refused.status, contentType).toBe(415);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect(await refused.json()).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
    }
    const none = await fetch(`${httpUrl}/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: new Blob([body]),
    });
    expect(none.status).toBe(415);
    expect((await post({ 'content-type': 'Application/JSON; charset=utf-8' })).status).toBe(202);
  });

  it('answers 404 to a token no Client Application is registered with', async () => {
    const { httpUrl } = await serveWithDevice();
    expect(await submit(httpUrl, { clientAppToken: 'nobody-has-this', payload: {} })).toMatchObject({
      status: 404,
      body: { code: 404 },
    });
  });

  it('answers 429 with Retry-After beyond the per-key rate', async () => {
    const { httpUrl, token } = await serveWithDevice({
      notifications: { submissionsPerSecond: 1, submissionBurst: 2 },
    });
    const body = { clientAppToken: token, payload: {} };
    expect((await submit(httpUrl, body)).status).toBe(202);
    expect((await submit(httpUrl, body)).status).toBe(202);
    const limited = await submit(httpUrl, body);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 503 when the queue of every recipient is full', async () => {
    const { httpUrl, token, server } = await serveWithDevice({ notifications: { maxQueueLength: 1 } });
    devices.splice(0).forEach((d) => d.client.close());
    await expect.poll(() => server.aoi.endpoint.connectionCount).toBe(0);
    expect((await submit(httpUrl, { clientAppToken: token, payload: {} })).status).toBe(202);
    expect(await submit(httpUrl, { clientAppToken: token, payload: {} })).toMatchObject({
      status: 503,
      body: { code: 503 },
    });
  });

  it.runIf(specMember('aoi1', 'clientAppRegistrationRes', 'aoiServerUrl'))(
    'points the aoiServerUrl of application registrations at its own /notifications',
    async () => {
      const { server, url, httpUrl } = await startNotifyServer();
      servers.push(server);
      const phone = await connectDevice(url, 'url-seed');
      devices.push(phone);
      const { aoiServerUrl } = await phone.client.registerApplication((await phone.state.load()).clientID!, 'url-seed');
      expect(aoiServerUrl).toBe(`${httpUrl}/notifications`);
    },
  );
});
