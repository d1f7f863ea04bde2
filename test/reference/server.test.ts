import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aoi1Fields as F } from '../../generated/aoi1/types.ts';
import { MemoryAoiStore } from '../../reference/aoi/memory-store.ts';
import { openInMemoryDmStore } from '../../reference/dm/sqlite-store.ts';
import { assembled } from '../../reference/members.ts';
import { MemoryNotificationStore } from '../../reference/notify/memory-store.ts';
import { RawSocket, registerClient, registration, startServer } from './support.ts';

describe('createServer().close()', () => {
  it('waits for a message being handled before closing the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-close-'));
    const errors: unknown[] = [];
    let entered!: () => void;
    let release!: () => void;
    const handlerEntered = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    try {
      const { server, url } = await startServer({
        store: 'sqlite',
        dataDir,
        logError: (e) => errors.push(e),
        aoi: {
          createDispatcher: (handlers) => async (_raw, ctx) => {
            entered();
            await gate;
            return JSON.stringify(
              await handlers.aoiClientRegistrationReq(
                assembled({ messageType: 'aoiClientRegistrationReq', [F.aoiClientRegistrationReq.deviceNumber]: '1' }),
                ctx,
              ),
            );
          },
        },
      });
      const socket = await RawSocket.open(url);
      socket.send(registration());
      await handlerEntered;
      let closed = false;
      const closing = server.close().then(() => (closed = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(closed).toBe(false);
      release();
      await closing;
      expect(errors).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('server-to-client requests', () => {
  const delivery = (id: string) => ({
    jsonrpc: '2.0' as const,
    id,
    method: 'notificationDeliveryReq' as const,
    params: { clientAppToken: 't', payload: { text: 'hi' }, priority: 1, notificationId: 'n1' },
  });

  it('sends a request on the bound connection and resolves with the answer from that connection only', async () => {
    const errors: unknown[] = [];
    const { server, url } = await startServer({ logError: (e) => errors.push(e) });
    try {
      const device = await RawSocket.open(url);
      const intruder = await RawSocket.open(url);
      const clientID = await registerClient(device);
      const requester = server.aoi.requesterFor(clientID.slice(4, 20))!;
      const answered = requester.notificationDeliveryReq(delivery('d-1'));
      expect(JSON.parse(await device.next())).toEqual(delivery('d-1'));
      // Another device answering with the same id does not settle it.
      intruder.send({ jsonrpc: '2.0', id: 'd-1', result: { code: 200, message: 'forged' } });
      await new Promise((r) => setTimeout(r, 50));
      device.send({ jsonrpc: '2.0', id: 'd-1', result: { code: 200, message: 'OK' } });
      expect(await answered).toEqual({ jsonrpc: '2.0', id: 'd-1', result: { code: 200, message: 'OK' } });
      expect(errors).toEqual([]); // the intruder's unmatched response is dropped: not logged as an internal error, never sent anywhere
      device.close();
      intruder.close();
    } finally {
      await server.close();
    }
  });

  it('has no requester for a client without a live connection', async () => {
    const { server } = await startServer();
    expect(server.aoi.requesterFor('0000000000000000')).toBeUndefined();
    await server.close();
  });
});

describe('createServer() modules', () => {
  it('keep the stores given in their options instead of making their own', async () => {
    const stores = {
      aoi: new MemoryAoiStore(),
      notifications: new MemoryNotificationStore(),
      dm: openInMemoryDmStore(),
    };
    const { server } = await startServer({
      store: 'memory',
      aoi: { store: stores.aoi },
      notifications: { store: stores.notifications },
      dm: { store: stores.dm },
    });
    try {
      expect(server.aoi.store).toBe(stores.aoi);
      expect(server.notifications.store).toBe(stores.notifications);
      expect(server.dm.store).toBe(stores.dm);
    } finally {
      await server.close();
    }
  });
});
