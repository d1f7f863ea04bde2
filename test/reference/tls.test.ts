import { get } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { AoiClient, AoiRequestError } from '../../reference/client/aoi-client.ts';
import type { ServerOptions } from '../../reference/server.ts';
import { makeCertificate } from './tls-certificate.ts';
import { startServer } from './support.ts';
import { specMember } from './spec-members.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serveTls(options: ServerOptions = {}) {
  const certificate = makeCertificate();
  cleanups.push(() => certificate.remove());
  const started = await startServer({ ...options, tls: { cert: certificate.cert, key: certificate.key } });
  cleanups.push(() => started.server.close());
  return { ...started, certificate };
}

function getJson(url: string, ca: Buffer): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    }).on('error', reject);
  });
}

describe('TLS', () => {
  it('serves wss:// and https:// on one port, and points aoiServerUrl at https://', async () => {
    const { url, httpUrl, certificate } = await serveTls();
    expect(url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/aoi$/);
    expect(httpUrl).toBe(url.replace('wss://', 'https://').replace('/aoi', ''));
    const client = await AoiClient.connect(url, { ca: certificate.cert, reconnect: false });
    cleanups.push(() => client.close());
    const clientID = await client.registerClient('5465465416846865465');
    const registered = await client.registerApplication(clientID);
    // Sent while the spec has the member (a CR may remove it).
    const sendsUrl = specMember('aoi1', 'clientAppRegistrationRes', 'aoiServerUrl') !== undefined;
    expect(registered.aoiServerUrl).toBe(sendsUrl ? `${httpUrl}/notifications` : undefined);
    expect(await getJson(`${httpUrl}/healthz`, certificate.cert)).toMatchObject({
      status: 200,
      body: { status: 'ok', connections: 1 },
    });
  });

  it('is refused by a client that does not trust the certificate', async () => {
    const { url } = await serveTls();
    const refused = await AoiClient.connect(url, { reconnect: false }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AoiRequestError);
    expect(refused).toMatchObject({ reason: 'connection' });
  });

  it('does not answer plain HTTP or ws:// on the TLS port', async () => {
    const { url } = await serveTls();
    const plain = await AoiClient.connect(url.replace('wss://', 'ws://'), { reconnect: false, requestTimeoutMs: 2000 })
      .then((client) => (client.close(), 'connected'))
      .catch(() => 'refused');
    expect(plain).toBe('refused');
  });

  it('applies the connection caps before the TLS handshake', async () => {
    const { url, certificate } = await serveTls({ httpLimits: { maxConnectionsPerAddress: 1 } });
    const first = await AoiClient.connect(url, { ca: certificate.cert, reconnect: false });
    cleanups.push(() => first.close());
    const second = await AoiClient.connect(url, { ca: certificate.cert, reconnect: false }).catch((e: unknown) => e);
    expect(second).toMatchObject({ reason: 'connection' });
    expect(await first.registerClient('1')).toMatch(/^aoi-/);
  });
});
