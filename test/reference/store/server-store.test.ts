import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { OmaspecError } from '../../../core/errors.ts';
import type { ServerOptions } from '../../../reference/server.ts';
import { DATABASE_FILE } from '../../../reference/store/database.ts';
import { appRegistration, RawSocket, registerClient, registration, startServer } from '../support.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqliteServer(options: ServerOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'omaspec-store-server-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const errors: unknown[] = [];
  const started = await startServer({ store: 'sqlite', dataDir, logError: (e) => errors.push(e), ...options });
  cleanups.push(() => started.server.close());
  const socket = await RawSocket.open(started.url, 15_000);
  cleanups.push(() => socket.close());
  const open = async () => {
    const other = await RawSocket.open(started.url, 15_000);
    cleanups.push(() => other.close());
    return other;
  };
  return { ...started, socket, open, errors, file: join(dataDir, DATABASE_FILE) };
}

/** Another connection holding the database's write lock, as another process or a backup tool would. */
function holdWriteLock(file: string): () => void {
  const holder = new Database(file);
  holder.exec('BEGIN IMMEDIATE');
  const release = () => {
    if (!holder.open) return;
    holder.exec('ROLLBACK');
    holder.close();
  };
  cleanups.push(release);
  return release;
}

const health = async (httpUrl: string) =>
  (await fetch(`${httpUrl}/healthz`)).json() as Promise<Record<string, unknown>>;
const ping = (socket: RawSocket) =>
  new Promise<void>((resolve) => {
    socket.ws.once('pong', () => resolve());
    socket.ws.ping();
  });

describe('a locked or slow store', () => {
  it('answers 503 to what needs the store, while /healthz, pings and store-free requests are answered first', async () => {
    const { socket, open, httpUrl, file } = await sqliteServer({ storeLimits: { lockWaitMs: 4000 } });
    const other = await open();
    const release = holdWriteLock(file);
    socket.send(registration()); // a write: waits for the lock in the store worker
    let registrationAnswered = false;
    const answer = socket.next().then((text) => ((registrationAnswered = true), JSON.parse(text)));
    // Before the store worker, the event loop waited in SQLite and these were answered after the 503.
    expect(await other.request(appRegistration(7, 'aoi-not-a-client-id'))).toMatchObject({
      id: 7,
      error: { code: 401 },
    });
    await ping(other);
    expect(await health(httpUrl)).toMatchObject({ status: 'ok', store: 'sqlite', storePending: 1 });
    expect(registrationAnswered).toBe(false);
    expect(await answer).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 503 });
    expect(await health(httpUrl)).toMatchObject({ storeState: 'locked', storePending: 0 });
    release();
    expect(await registerClient(socket)).toMatch(/^aoi-/);
    expect(await health(httpUrl)).toMatchObject({ storeState: 'ok' });
  });

  it('answers 503 at once when maxPending store calls are waiting', async () => {
    const { server, socket, open, file } = await sqliteServer({ storeLimits: { lockWaitMs: 4000, maxPending: 1 } });
    const other = await open();
    // The notification store's start-up read holds the one place for a moment.
    await expect.poll(() => server.storeWorker?.status.pending).toBe(0);
    const clientID = await registerClient(socket);
    holdWriteLock(file);
    socket.send(registration()); // takes the one place, waiting for the lock
    let registrationAnswered = false;
    const answer = socket.next().then((text) => ((registrationAnswered = true), JSON.parse(text)));
    // Its read finds the queue full.
    expect(await other.request(appRegistration(9, clientID))).toMatchObject({ id: 9, error: { code: 503 } });
    expect(registrationAnswered).toBe(false);
    expect(await answer).toMatchObject({ code: 503 });
  });
});

describe('a damaged row', () => {
  it('is logged as STORE_INCONSISTENT and answered 503, not 401 as if the client were unknown', async () => {
    const { server, socket, errors, file } = await sqliteServer();
    const clientID = await registerClient(socket);
    expect((await socket.request(appRegistration(1, clientID))).result.code).toBe(200);
    // As random bytes inside the file would: a still well-formed row with other content.
    const other = new Database(file);
    other.prepare('UPDATE aoi_clients SET secret_hash = ?').run('0'.repeat(64));
    other.close();
    expect(await socket.request(appRegistration(2, clientID))).toMatchObject({ id: 2, error: { code: 503 } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(OmaspecError);
    expect(errors[0]).toMatchObject({ code: 'STORE_INCONSISTENT' });
    expect(server.storeWorker?.status.state).toBe('ok');
  });
});
