import { describe, expect, it } from 'vitest';
import type { NotificationDeliveryReq } from '../../../generated/aoi1/types.ts';
import { ProtocolError } from '../../../generated/common/dispatch.ts';
import { DeviceNotifications, type ApplicationNotification } from '../../../reference/client/device-notifications.ts';
import { MemoryDeviceState } from '../../../reference/client/device-state.ts';

const delivery = (notificationId: string, clientAppToken = 'tok-chat'): NotificationDeliveryReq => ({
  jsonrpc: '2.0',
  id: `d-${notificationId}`,
  method: 'notificationDeliveryReq',
  params: { clientAppToken, payload: { text: notificationId }, priority: 5, notificationId },
});

async function device(options?: ConstructorParameters<typeof DeviceNotifications>[1]) {
  const state = new MemoryDeviceState();
  await state.save({
    clientID: 'aoi-x.y',
    applications: [
      { applicationName: 'chat', clientAppToken: 'tok-chat' },
      { applicationName: 'mail', clientAppToken: 'tok-mail' },
    ],
  });
  return new DeviceNotifications(state, options);
}

describe('DeviceNotifications (AOI Client side of 8.1.4)', () => {
  it('forwards to every running instance of the application holding the token and answers 200', async () => {
    const notifications = await device();
    const chat: ApplicationNotification[][] = [[], []];
    const mail: ApplicationNotification[] = [];
    notifications.subscribe('chat', (n) => void chat[0]!.push(n));
    notifications.subscribe('chat', (n) => void chat[1]!.push(n));
    notifications.subscribe('mail', (n) => void mail.push(n));
    expect(await notifications.handle(delivery('n-1'))).toEqual({ code: 200, message: 'OK' });
    for (const instance of chat)
      expect(instance).toEqual([
        {
          applicationName: 'chat',
          clientAppToken: 'tok-chat',
          notificationId: 'n-1',
          priority: 5,
          payload: { text: 'n-1' },
        },
      ]);
    expect(mail).toEqual([]);
  });

  it('answers 404 when no running instance matches the token, or the token is unknown', async () => {
    const notifications = await device();
    notifications.subscribe('mail', () => {});
    for (const request of [delivery('n-1'), delivery('n-2', 'tok-unknown')]) {
      const answer = await notifications.handle(request);
      expect(answer).toBeInstanceOf(ProtocolError);
      expect((answer as ProtocolError).code).toBe(404);
    }
  });

  it('acknowledges a redelivered notificationId without forwarding it again, also while the first is in progress', async () => {
    const notifications = await device();
    const seen: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    notifications.subscribe('chat', async (n) => {
      seen.push(n.notificationId);
      await gate;
    });
    const first = notifications.handle(delivery('n-1'));
    const concurrent = notifications.handle(delivery('n-1'));
    release();
    expect(await first).toMatchObject({ code: 200 });
    expect(await concurrent).toMatchObject({ code: 200 });
    expect(await notifications.handle(delivery('n-1'))).toMatchObject({ code: 200 });
    expect(seen).toEqual(['n-1']);
  });

  it('answers 503 and forwards again later when an instance fails to take the notification', async () => {
    const notifications = await device();
    let failures = 1;
    const seen: string[] = [];
    notifications.subscribe('chat', (n) => {
      seen.push(n.notificationId);
      if (failures-- > 0) throw new Error('not now');
    });
    expect(((await notifications.handle(delivery('n-1'))) as ProtocolError).code).toBe(503);
    expect(await notifications.handle(delivery('n-1'))).toMatchObject({ code: 200 });
    expect(seen).toEqual(['n-1', 'n-1']);
  });

  it('remembers at most rememberedIds ids, forgetting the oldest first', async () => {
    const notifications = await device({ rememberedIds: 2 });
    const seen: string[] = [];
    notifications.subscribe('chat', (n) => void seen.push(n.notificationId));
    for (const id of ['n-1', 'n-2', 'n-3', 'n-3', 'n-1']) await notifications.handle(delivery(id));
    expect(seen).toEqual(['n-1', 'n-2', 'n-3', 'n-1']);
  });
});
