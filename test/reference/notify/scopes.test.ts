import { afterEach, describe, expect, it } from 'vitest';
import { KeyConfigError, ServerAppKeys } from '../../../reference/notify/keys.ts';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, appRegistration, registerClient, startServer } from '../support.ts';
import { notificationOptions } from '../../../cli/serve-notifications.ts';

const SHOP = 'shop-key-0123456789abcdef';
const WEATHER = 'weather-key-0123456789abc';
const LEGACY = 'legacy-key-0123456789abcd';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function post(httpUrl: string, key: string, clientAppToken: string): Promise<number> {
  const response = await fetch(`${httpUrl}/notifications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientAppToken, payload: { text: 'hi' } }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** A device with two seeded applications and one unseeded, and the tokens it got. */
async function serveTenants(): Promise<{ server: OmaspecServer; httpUrl: string; tokens: Record<string, string> }> {
  const { server, url, httpUrl } = await startServer({
    notifications: {
      serverAppKeys: new Map([
        ['shop', SHOP],
        ['weather', WEATHER],
        ['legacy', LEGACY],
      ]),
      serverAppScopes: new Map([
        ['shop', ['parcels-seed']],
        ['weather', ['forecast-seed']],
      ]),
    },
  });
  cleanups.push(() => server.close());
  const socket = await RawSocket.open(url);
  cleanups.push(() => socket.close());
  const clientID = await registerClient(socket);
  const token = async (seed?: string) =>
    (await socket.request(appRegistration(seed ?? 'unseeded', clientID, seed))).result.clientAppToken as string;
  return {
    server,
    httpUrl,
    tokens: { parcels: await token('parcels-seed'), forecast: await token('forecast-seed'), unique: await token() },
  };
}

describe('Server Application keys scoped to applications', () => {
  it('lets a scoped key submit only to the tokens of its seeds, and those tokens refuse every other key with 403', async () => {
    const { httpUrl, tokens } = await serveTenants();
    expect(await post(httpUrl, SHOP, tokens.parcels!)).toBe(202);
    expect(await post(httpUrl, WEATHER, tokens.forecast!)).toBe(202);
    expect(await post(httpUrl, WEATHER, tokens.parcels!)).toBe(403);
    expect(await post(httpUrl, SHOP, tokens.forecast!)).toBe(403);
    expect(await post(httpUrl, LEGACY, tokens.parcels!)).toBe(403); // an unscoped key cannot reach a claimed token
    expect(await post(httpUrl, SHOP, tokens.unique!)).toBe(403); // nor a scoped key an unclaimed one
    expect(await post(httpUrl, LEGACY, tokens.unique!)).toBe(202);
  });

  it('answers 403 as problem+json naming the key, and queues nothing', async () => {
    const { server, httpUrl, tokens } = await serveTenants();
    const response = await fetch(`${httpUrl}/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WEATHER}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientAppToken: tokens.parcels, payload: {} }),
    });
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 403, detail: expect.stringContaining("'weather'") });
    const [recipient] = await server.aoi.store.clientsForToken(tokens.parcels!);
    expect(await server.notifications.store.queued(recipient!, 0, 10, Date.now())).toEqual([]);
  });

  it('keeps an unscoped key serving every token when no scope is configured (single tenant)', async () => {
    const keys = new ServerAppKeys(new Map([['only', LEGACY]]));
    expect(await keys.serves('only', 'any-token')).toBe(true);
  });

  it('refuses a scope for a name that has no key', () => {
    expect(() => new ServerAppKeys(new Map([['shop', SHOP]]), new Map([['shpo', ['s']]]))).toThrow(KeyConfigError);
  });
});

describe('scopes on the command line', () => {
  it('reads seed=… (percent-encoded) after the key and leaves keys without seeds unscoped', () => {
    const options = notificationOptions({
      'server-app-key': [`shop=${SHOP} seed=parcels%20v1 seed=returns`, `legacy=${LEGACY}`],
    });
    expect(options.serverAppScopes).toEqual(new Map([['shop', ['parcels v1', 'returns']]]));
    expect(options.serverAppKeys).toEqual(
      new Map([
        ['shop', SHOP],
        ['legacy', LEGACY],
      ]),
    );
  });

  it('refuses anything but seed=… after the key, and a broken percent-encoding', () => {
    expect(() => notificationOptions({ 'server-app-key': [`shop=${SHOP} app=x`] })).toThrow(/expected seed=SEED/);
    expect(() => notificationOptions({ 'server-app-key': [`shop=${SHOP} seed=%E0%A4%A`] })).toThrow(
      /not percent-encoded correctly/,
    );
  });
});
