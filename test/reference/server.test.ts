import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RawSocket, registration, startServer } from './support.ts';

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
        createDispatcher: (handlers) => async (_raw, ctx) => {
          entered();
          await gate;
          return JSON.stringify(await handlers.aoiClientRegistrationReq({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }, ctx));
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
