import { AoiClient, type AoiClientOptions } from '../../../reference/client/aoi-client.ts';
import { DeviceNotifications, type ApplicationNotification } from '../../../reference/client/device-notifications.ts';
import { MemoryDeviceState, type DeviceStateStore } from '../../../reference/client/device-state.ts';
import { AoiDevice } from '../../../reference/client/device.ts';
import type { ServerOptions } from '../../../reference/server.ts';
import { startServer } from '../support.ts';

export const KEY = 'shop-key-0123456789abcdef';
export const APP = 'parcels';

/** A server whose one Server Application 'shop' submits with KEY (merged into `options.notifications`). */
export function startNotifyServer(options: ServerOptions = {}) {
  return startServer({
    ...options,
    notifications: { serverAppKeys: new Map([['shop', KEY]]), ...options.notifications },
  });
}

export async function submit(
  httpUrl: string,
  body: unknown,
  key: string | null = KEY,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${httpUrl}/notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key !== null && { authorization: `Bearer ${key}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

/** An AOI Client device running the application APP; `received` collects what APP got. */
export interface TestDevice {
  device: AoiDevice;
  client: AoiClient;
  state: DeviceStateStore;
  received: ApplicationNotification[];
}

/** Connects (a new socket) with `state`, subscribes APP and binds: registers it with `seed` (idempotent). */
export async function connectDevice(
  url: string,
  seed: string,
  state: DeviceStateStore = new MemoryDeviceState(),
  clientOptions: AoiClientOptions = { reconnect: false },
): Promise<TestDevice & { token: string }> {
  const received: ApplicationNotification[] = [];
  const notifications = new DeviceNotifications(state);
  notifications.subscribe(APP, (notification) => void received.push(notification));
  const client = await AoiClient.connect(url, { ...clientOptions, onNotification: notifications.handle });
  const device = new AoiDevice(client, `dev-${Math.random()}`, state);
  const { clientAppToken } = await device.registerApplication(APP, seed);
  return { device, client, state, received, token: clientAppToken };
}
