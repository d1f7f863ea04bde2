import { afterEach, describe, expect, it } from 'vitest';
import { validateNotificationSubmitRes } from '../../../generated/notify/validators.ts';
import type { OmaspecServer } from '../../../reference/server.ts';
import { APP, connectDevice, startNotifyServer, submit, type TestDevice } from './support.ts';

const servers: OmaspecServer[] = [];
const devices: TestDevice[] = [];
afterEach(async () => {
  for (const d of devices.splice(0)) d.client.close();
  for (const s of servers.splice(0)) await s.close();
});

async function serve(...args: Parameters<typeof startNotifyServer>) {
  const started = await startNotifyServer(...args);
  servers.push(started.server);
  return started;
}

async function device(...args: Parameters<typeof connectDevice>) {
  const d = await connectDevice(...args);
  devices.push(d);
  return d;
}

describe('notification delivery', () => {
  it('fans a notification out to every device registered with the same seed-derived token, once each', async () => {
    const { url, httpUrl } = await serve();
    const phones = [
      await device(url, 'parcel-seed'),
      await device(url, 'parcel-seed'),
      await device(url, 'parcel-seed'),
    ];
    expect(new Set(phones.map((p) => p.token)).size).toBe(1);
    const answer = await submit(httpUrl, {
      clientAppToken: phones[0]!.token,
      payload: { text: 'arrived' },
      priority: 7,
    });
    expect(answer.status).toBe(202);
    expect(validateNotificationSubmitRes(answer.body).ok).toBe(true);
    for (const phone of phones) await expect.poll(() => phone.received.length).toBe(1);
    for (const phone of phones) {
      expect(phone.received[0]).toEqual({
        applicationName: APP,
        clientAppToken: phone.token,
        notificationId: answer.body.notificationId,
        priority: 7,
        payload: { text: 'arrived' },
      });
    }
  });

  it('queues notifications for an offline device and delivers them in order after it reconnects', async () => {
    const { url, httpUrl, server } = await serve();
    const phone = await device(url, 'offline-seed');
    phone.client.close();
    await expect.poll(() => server.aoi.endpoint.connectionCount).toBe(0);
    const ids: unknown[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await submit(httpUrl, { clientAppToken: phone.token, payload: { i } })).body.notificationId);
    expect(phone.received).toEqual([]);
    const back = await device(url, 'offline-seed', phone.state);
    await expect.poll(() => back.received.length).toBe(5);
    expect(back.received.map((n) => n.notificationId)).toEqual(ids);
    expect(back.received.map((n) => n.payload)).toEqual([0, 1, 2, 3, 4].map((i) => ({ i })));
  });

  it('reads the queue again after retryDelayMs when the store could not read it at the rebind', async () => {
    const errors: unknown[] = [];
    const { url, httpUrl, server } = await serve({
      logError: (error) => errors.push(error),
      notifications: { retryDelayMs: 50 },
    });
    const phone = await device(url, 'locked-store-seed');
    phone.client.close();
    await expect.poll(() => server.aoi.endpoint.connectionCount).toBe(0);
    const queued = await submit(httpUrl, { clientAppToken: phone.token, payload: { waited: true } });
    const store = server.notifications.store;
    const read = store.queued.bind(store);
    let failures = 0;
    store.queued = (...args) => (failures++ === 0 ? Promise.reject(new Error('database is locked')) : read(...args));
    const back = await device(url, 'locked-store-seed', phone.state);
    await expect.poll(() => back.received.map((n) => n.notificationId)).toEqual([queued.body.notificationId]);
    expect(errors).toEqual([new Error('database is locked')]);
  });

  it('resumes delivery, in order, after the AoiDevice reconnects by itself and rebinds', async () => {
    const { url, httpUrl, server } = await serve();
    const phone = await device(url, 'reconnect-seed', undefined, {
      reconnect: true,
      backoff: { initialMs: 20, maxMs: 100 },
    });
    const handle = (await phone.state.load()).clientID!.slice(4, 20);
    const dropped = server.aoi.liveConnection(handle)!;
    dropped.close(1001, 'going away');
    await expect.poll(() => server.aoi.liveConnection(handle)?.id).not.toBe(dropped.id);
    const ids: unknown[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await submit(httpUrl, { clientAppToken: phone.token, payload: { i } })).body.notificationId);
    await expect.poll(() => phone.received.length).toBe(3);
    expect(phone.received.map((n) => n.notificationId)).toEqual(ids);
  });

  it('drops a queued notification whose ttl ran out before the device came back, and keeps a live one', async () => {
    let clock = Date.now();
    const { url, httpUrl, server } = await serve({ notifications: { now: () => clock } });
    const phone = await device(url, 'ttl-seed');
    phone.client.close();
    await expect.poll(() => server.aoi.endpoint.connectionCount).toBe(0);
    await submit(httpUrl, { clientAppToken: phone.token, payload: { short: true }, ttl: 10 });
    const kept = await submit(httpUrl, { clientAppToken: phone.token, payload: { short: false }, ttl: 100 });
    clock += 11_000;
    const back = await device(url, 'ttl-seed', phone.state);
    await expect.poll(() => back.received.length).toBe(1);
    expect(back.received[0]).toMatchObject({ notificationId: kept.body.notificationId, payload: { short: false } });
    // The expired copy was skipped, not delivered; the purge now drops it (and only it).
    expect(await server.notifications.store.purgeExpired(clock)).toBe(1);
  });

  it('answers the same notificationId to a repeated idempotencyKey and delivers it once', async () => {
    const { url, httpUrl } = await serve();
    const phone = await device(url, 'idem-seed');
    const body = { clientAppToken: phone.token, payload: { n: 1 }, idempotencyKey: 'order-1' };
    const first = await submit(httpUrl, body);
    const second = await submit(httpUrl, body);
    const other = await submit(httpUrl, { ...body, idempotencyKey: 'order-2' });
    expect(second.body.notificationId).toBe(first.body.notificationId);
    expect(other.body.notificationId).not.toBe(first.body.notificationId);
    await expect.poll(() => phone.received.length).toBe(2);
    expect(phone.received.map((n) => n.notificationId)).toEqual([first.body.notificationId, other.body.notificationId]);
  });

  it('delivers a burst of 1,000 notifications exactly once each, in submission order', async () => {
    const { url, httpUrl } = await serve({
      notifications: { submissionsPerSecond: 100_000, submissionBurst: 100_000, maxQueueLength: 2000 },
    });
    const phone = await device(url, 'burst-seed');
    const ids: unknown[] = [];
    for (let i = 0; i < 1000; i++)
      ids.push((await submit(httpUrl, { clientAppToken: phone.token, payload: { i } })).body.notificationId);
    await expect.poll(() => phone.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1000);
    const after = await submit(httpUrl, { clientAppToken: phone.token, payload: { last: true } });
    await expect.poll(() => phone.received.at(-1)?.notificationId).toBe(after.body.notificationId);
    expect(phone.received.map((n) => n.notificationId)).toEqual([...ids, after.body.notificationId]);
  });
});
