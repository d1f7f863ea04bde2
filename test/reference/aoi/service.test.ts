import { describe, expect, it } from 'vitest';
import { MemoryAoiStore } from '../../../reference/aoi/memory-store.ts';
import { AoiService } from '../../../reference/aoi/service.ts';

const session = { id: 's1' };

async function registered(service: AoiService): Promise<string> {
  const outcome = await service.registerClient('1', session);
  if (!outcome.ok) throw new Error(outcome.desc);
  return outcome.clientID;
}

describe('AoiService limits', () => {
  it('queues seeded registrations beyond maxConcurrentSeedDerivations, and answers 503 with a retry hint beyond the queue', async () => {
    const releases = new Map<string, (token: string) => void>();
    const service = new AoiService(new MemoryAoiStore(), {
      maxConcurrentSeedDerivations: 1,
      maxWaitingSeedDerivations: 1,
      deriveToken: (seed) => new Promise((resolve) => releases.set(seed, resolve)),
    });
    const clientID = await registered(service);
    const first = service.registerApplication(clientID, 'a', session);
    const waiting = service.registerApplication(clientID, 'b', session);
    await new Promise((r) => setImmediate(r));
    expect([...releases.keys()]).toEqual(['a']);
    expect(await service.registerApplication(clientID, 'c', session)).toEqual({
      ok: false,
      code: 503,
      desc: expect.stringMatching(/^Service Unavailable: .*retry after \d+ s$/),
    });
    expect((await service.registerApplication(clientID, undefined, session)).ok).toBe(true);
    releases.get('a')!('token-a');
    expect(await first).toEqual({ ok: true, clientAppToken: 'token-a' });
    await new Promise((r) => setImmediate(r));
    releases.get('b')!('token-b');
    expect(await waiting).toEqual({ ok: true, clientAppToken: 'token-b' });
  });

  it('derives a seed once for a crowd registering it at the same time, and not again while it is cached', async () => {
    let derivations = 0;
    let release!: (token: string) => void;
    const service = new AoiService(new MemoryAoiStore(), {
      maxConcurrentSeedDerivations: 1,
      maxWaitingSeedDerivations: 0,
      deriveToken: () => (derivations++, new Promise((resolve) => (release = resolve))),
    });
    const clients = await Promise.all(Array.from({ length: 30 }, () => registered(service)));
    const crowd = clients.map((clientID) => service.registerApplication(clientID, 'shared seed', session));
    await new Promise((r) => setImmediate(r));
    release('token-shared');
    for (const outcome of await Promise.all(crowd))
      expect(outcome).toEqual({ ok: true, clientAppToken: 'token-shared' });
    expect(await service.registerApplication(clients[0]!, 'shared seed', session)).toMatchObject({ ok: true });
    expect(derivations).toBe(1);
  });

  it('keeps maxApplicationsPerClient when the registrations arrive together (a JSON-RPC batch)', async () => {
    const store = new MemoryAoiStore();
    const service = new AoiService(store, { maxApplicationsPerClient: 3 });
    const clientID = await registered(service);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => service.registerApplication(clientID, undefined, session)),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.filter((o) => !o.ok && o.code === 400)).toHaveLength(5);
    expect(await store.applicationsOf(clientID.slice(4, 20))).toHaveLength(3);
  });

  it('answers 400 beyond maxApplicationsPerClient but accepts re-registering a token it already has', async () => {
    const service = new AoiService(new MemoryAoiStore(), {
      maxApplicationsPerClient: 1,
      deriveToken: async (seed) => `t-${seed}`,
    });
    const clientID = await registered(service);
    expect((await service.registerApplication(clientID, 'x', session)).ok).toBe(true);
    expect(await service.registerApplication(clientID, 'x', session)).toEqual({ ok: true, clientAppToken: 't-x' });
    expect(await service.registerApplication(clientID, 'y', session)).toMatchObject({ ok: false, code: 400 });
  });

  it('accepts a tokenSeed of maxTokenSeedLength characters and answers 400 to a longer or empty one', async () => {
    const service = new AoiService(new MemoryAoiStore(), {
      maxTokenSeedLength: 8,
      deriveToken: async (seed) => `t-${seed}`,
    });
    const clientID = await registered(service);
    expect(await service.registerApplication(clientID, '12345678', session)).toEqual({
      ok: true,
      clientAppToken: 't-12345678',
    });
    expect(await service.registerApplication(clientID, '123456789', session)).toMatchObject({ ok: false, code: 400 });
    expect(await service.registerApplication(clientID, '', session)).toMatchObject({ ok: false, code: 400 });
  });

  it('answers 503 and reports the error when the store fails', async () => {
    const store = new MemoryAoiStore();
    const errors: unknown[] = [];
    const service = new AoiService(store, { onInternalError: (e) => errors.push(e) });
    store.addClient = async () => {
      throw new Error('disk full');
    };
    expect(await service.registerClient('1', session)).toEqual({ ok: false, code: 503, desc: 'Service Unavailable' });
    expect(errors).toHaveLength(1);
  });
});

describe('AoiService sessions', () => {
  it('does not bind a released session that a request still in flight presents, and keeps the live binding', async () => {
    const service = new AoiService(new MemoryAoiStore());
    const live = { id: 'live' };
    const gone = { id: 'gone' };
    const clientID = await registered(service);
    const handle = clientID.slice(4, 20);
    expect(service.sessionOf(handle)).toBe('s1');
    await service.registerApplication(clientID, undefined, live);
    expect(service.sessionOf(handle)).toBe('live');
    service.release(gone);
    expect(await service.registerApplication(clientID, undefined, gone)).toMatchObject({ ok: true });
    expect(service.sessionOf(handle)).toBe('live');
    const late = await service.registerClient('2', gone);
    expect(late.ok).toBe(true);
  });
});
