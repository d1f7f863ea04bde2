/**
 * What every DmStore implementation must do (reference/dm/store.ts), as one describe block that each
 * implementation's test file runs on its own stores: `describeDmStoreContract('redis', open)`.
 * Limits are small and the clock moves only when a test says so, so that every timestamp and every
 * limit is checked exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  DmDataAreaFullError,
  DmQueueFullError,
  dataEtag,
  type DmAlertRecord,
  type DmMoRecord,
  type DmStatus,
  type DmStep,
  type DmStepOutcome,
  type DmStore,
  type DmStoreLimits,
  type QueuedDmCommand,
} from '../../../reference/dm/store.ts';

export interface OpenedDmStore {
  store: DmStore;
  dispose(): Promise<void>;
}

export type OpenDmStore = (options: { limits: DmStoreLimits; now: () => Date }) => Promise<OpenedDmStore>;

const LIMITS: DmStoreLimits = { maxQueuedPerDevice: 3, maxDataResourcesPerDevice: 2, maxSessionsPerDevice: 3 };
const T0 = Date.parse('2026-03-01T10:00:00.000Z');

const DEV = 'IMEI:490154203237518';
const OTHER = 'MEID:A10000009296F2';

const GET_MOD = ['GET', './DevInfo/Mod'];
const GET_MAN = ['GET', './DevInfo/Man'];
const REPLACE = ['REPLACE', './Vendor/Greeting', 'a "quoted" \\ ü 😀\nvalue'];
const CONT = ['CONT'];
const END = ['END'];

const MOS: DmMoRecord[] = [
  { DDF: 'urn:oma:mo:oma-dm-devinfo:1.0', MOID: 'urn:oma:mo:oma-dm-devinfo:1.0', MIID: ['./DevInfo'] },
  { MOID: 'urn:oma:mo:oma-scomo:1.0', MIID: ['./SCOMO', './Vendor/SCOMO'] },
];
const ALERT: DmAlertRecord = {
  AlertType: 'urn:oma:at:scomo:1.0:OperationComplete',
  SourceURI: './SCOMO/Inventory/Delivered/App1',
  Mark: 'high',
  Data: { Result: 1200, Identifier: ['a', 'b'] },
};
const OK: DmStatus = { sc: 200, URI: ['./DevInfo/Mod'], Data: ['Phone 3000'] };
const GONE: DmStatus = { sc: 404, URI: ['./Vendor/Greeting'] };

function begin(take: number[], cmd: DmStep['cmd'], extra: Partial<Extract<DmStep, { kind: 'begin' }>> = {}): DmStep {
  return { kind: 'begin', mos: undefined, alerts: [], take, cmd, ...extra };
}

function answer(
  sessionId: string,
  round: number,
  statuses: DmStatus[],
  take: number[],
  cmd: DmStep['cmd'],
  extra: Partial<Extract<DmStep, { kind: 'continue' }>> = {},
): DmStep {
  return { kind: 'continue', sessionId, round, statuses, alerts: [], take, cmd, ...extra };
}

function applied(outcome: DmStepOutcome): { sessionId: string; round: number } {
  if (!outcome.applied) throw new Error(`the step was refused as stale: ${outcome.stale}`);
  return outcome;
}

const ids = (commands: QueuedDmCommand[]) => commands.map((c) => c.id);

export function describeDmStoreContract(label: string, open: OpenDmStore): void {
  describe(`${label} DmStore`, () => {
    const disposals: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const dispose of disposals.splice(0)) await dispose();
    });

    /** A new, empty store whose clock stands still until `advance` (which may go back, as clocks do). */
    async function fresh(limits: Partial<DmStoreLimits> = {}) {
      let t = T0;
      const opened = await open({ limits: { ...LIMITS, ...limits }, now: () => new Date(t) });
      disposals.push(opened.dispose);
      const at = () => new Date(t).toISOString();
      const advance = (ms = 1_000) => {
        t += ms;
        return at();
      };
      return { store: opened.store, at, advance };
    }

    /** Everything a step could change, for both devices. */
    async function everything(store: DmStore) {
      return Promise.all(
        [DEV, OTHER].map(async (devId) => ({
          device: await store.device(devId),
          pending: await store.pending(devId),
          history: await store.history(devId, 100),
        })),
      );
    }

    describe('queue', () => {
      it('appends commands in order with ids growing across devices, stamped with the clock', async () => {
        const { store, at, advance } = await fresh();
        const first = await store.enqueueAll(DEV, [GET_MOD, REPLACE]);
        expect(first).toEqual([
          { id: expect.any(Number), command: GET_MOD, queuedAt: at() },
          { id: expect.any(Number), command: REPLACE, queuedAt: at() },
        ]);
        const later = advance();
        const other = await store.enqueueAll(OTHER, [[]]);
        const third = await store.enqueueAll(DEV, [GET_MAN]);
        expect(other).toEqual([{ id: expect.any(Number), command: [], queuedAt: later }]);
        const order = [...ids(first), ...ids(other), ...ids(third)];
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(new Set(order).size).toBe(4);
        expect(await store.pending(DEV)).toEqual([...first, ...third]);
        expect(await store.pending(OTHER)).toEqual(other);
        expect(await store.pending('unknown')).toEqual([]);
      });

      it('queues all the commands or none, at the per-device limit', async () => {
        const { store } = await fresh();
        const queued = await store.enqueueAll(DEV, [GET_MOD, GET_MAN]);
        const refused = store.enqueueAll(DEV, [REPLACE, END]);
        await expect(refused).rejects.toBeInstanceOf(DmQueueFullError);
        await expect(refused).rejects.toMatchObject({ code: 'DM_QUEUE_FULL' });
        expect(await store.pending(DEV)).toEqual(queued);
        const last = await store.enqueueAll(DEV, [REPLACE]);
        await expect(store.enqueueAll(DEV, [END])).rejects.toBeInstanceOf(DmQueueFullError);
        expect(await store.pending(DEV)).toEqual([...queued, ...last]);
        expect(await store.enqueueAll(OTHER, [GET_MOD, GET_MAN, REPLACE])).toHaveLength(3);
      });

      it('makes room as Package#2s take commands out of the queue', async () => {
        const { store } = await fresh();
        const [a, b, c] = await store.enqueueAll(DEV, [GET_MOD, GET_MAN, REPLACE]);
        applied(await store.apply(DEV, begin([a!.id, b!.id], [GET_MOD, GET_MAN, CONT])));
        const more = await store.enqueueAll(DEV, [END, GET_MOD]);
        expect(await store.pending(DEV)).toEqual([c, ...more]);
        await expect(store.enqueueAll(DEV, [GET_MAN])).rejects.toBeInstanceOf(DmQueueFullError);
      });
    });

    describe('view', () => {
      it('gives the oldest undelivered commands, at most maxCommands, and no session unless asked', async () => {
        const { store } = await fresh();
        const queued = await store.enqueueAll(DEV, [GET_MOD, GET_MAN, REPLACE]);
        expect(await store.view(DEV, undefined, 2)).toEqual({ delivered: 0, pending: queued.slice(0, 2) });
        expect(await store.view(DEV, undefined, 10)).toEqual({ delivered: 0, pending: queued });
        expect((await store.view(DEV, undefined, 0)).pending).toEqual([]);
        expect(await store.view(OTHER, undefined, 10)).toEqual({ delivered: 0, pending: [] });
      });

      it("gives no session for an unknown id or another device's session", async () => {
        const { store } = await fresh();
        const { sessionId } = applied(await store.apply(OTHER, begin([], [GET_MOD, CONT])));
        const view = await store.view(DEV, sessionId, 10);
        expect(view.session).toBeUndefined();
        expect(view.delivered).toBe(0);
        expect((await store.view(DEV, 'f'.repeat(32), 10)).session).toBeUndefined();
        expect((await store.view(OTHER, sessionId, 10)).session?.id).toBe(sessionId);
      });
    });

    describe('Package#1 (begin)', () => {
      it('records the device, opens round 1 with the Cmd sent and takes the commands out of the queue', async () => {
        const { store, at, advance } = await fresh();
        const [a, b, c] = await store.enqueueAll(DEV, [GET_MOD, GET_MAN, REPLACE]);
        const now = advance();
        const outcome = await store.apply(
          DEV,
          begin([a!.id, b!.id], [GET_MOD, GET_MAN, CONT], { mos: MOS, alerts: [ALERT] }),
        );
        expect(outcome).toEqual({ applied: true, sessionId: expect.stringMatching(/^[0-9a-f]{32}$/), round: 1 });
        const { sessionId } = applied(outcome);
        const session = { id: sessionId, devId: DEV, startedAt: now, updatedAt: now, round: 1, state: 'open' };
        expect(await store.view(DEV, sessionId, 10)).toEqual({ session, delivered: 3, pending: [c] });
        expect(await store.device(DEV)).toEqual({
          devId: DEV,
          firstSeen: at(),
          lastSeen: at(),
          sessions: 1,
          mos: MOS,
          alerts: [{ ...ALERT, receivedAt: now }],
        });
        expect(await store.history(DEV)).toEqual([
          {
            ...session,
            commands: [GET_MOD, GET_MAN, CONT].map((command, position) => ({ sessionId, round: 1, position, command })),
          },
        ]);
        expect(await store.device(OTHER)).toBeUndefined();
      });

      it('keeps firstSeen, counts sessions, appends alerts, and replaces the MOs only when MOS is present', async () => {
        const { store, advance } = await fresh();
        const first = advance();
        applied(await store.apply(DEV, begin([], [END], { mos: MOS, alerts: [ALERT], ended: 'completed' })));
        const second = advance();
        applied(await store.apply(DEV, begin([], [END], { alerts: [{ AlertType: 'x' }], ended: 'completed' })));
        expect(await store.device(DEV)).toEqual({
          devId: DEV,
          firstSeen: first,
          lastSeen: second,
          sessions: 2,
          mos: MOS,
          alerts: [
            { ...ALERT, receivedAt: first },
            { AlertType: 'x', receivedAt: second },
          ],
        });
        const third = advance();
        applied(await store.apply(DEV, begin([], [END], { mos: [MOS[1]!], ended: 'completed' })));
        expect(await store.device(DEV)).toMatchObject({ lastSeen: third, sessions: 3, mos: [MOS[1]] });
        applied(await store.apply(DEV, begin([], [END], { mos: [], ended: 'completed' })));
        expect(await store.device(DEV)).toMatchObject({ sessions: 4, mos: [] });
      });

      it('ends the session at once when the Package#2 is END, and knows no MOs before a MOS', async () => {
        const { store, at } = await fresh();
        const { sessionId } = applied(await store.apply(DEV, begin([], [END], { ended: 'completed' })));
        expect((await store.device(DEV))?.mos).toEqual([]);
        expect(await store.view(DEV, sessionId, 10)).toEqual({
          session: {
            id: sessionId,
            devId: DEV,
            startedAt: at(),
            updatedAt: at(),
            round: 1,
            state: 'ended',
            endedReason: 'completed',
          },
          delivered: 1,
          pending: [],
        });
      });

      it("supersedes the device's open session, leaving ended ones and other devices' alone", async () => {
        const { store, advance } = await fresh({ maxSessionsPerDevice: 10 });
        const done = applied(await store.apply(DEV, begin([], [END], { ended: 'completed' })));
        advance();
        const open = applied(await store.apply(DEV, begin([], [GET_MOD, CONT])));
        const other = applied(await store.apply(OTHER, begin([], [GET_MOD, CONT])));
        advance();
        const next = applied(await store.apply(DEV, begin([], [GET_MOD, CONT])));
        expect(next.sessionId).not.toBe(open.sessionId);
        const states = (await store.history(DEV)).map((s) => [s.id, s.state, s.endedReason]);
        expect(states).toEqual([
          [next.sessionId, 'open', undefined],
          [open.sessionId, 'ended', 'superseded'],
          [done.sessionId, 'ended', 'completed'],
        ]);
        expect((await store.view(OTHER, other.sessionId, 1)).session?.state).toBe('open');
        expect((await store.apply(DEV, answer(open.sessionId, 1, [OK, OK], [], [END]))).applied).toBe(false);
      });

      it('keeps only the newest maxSessionsPerDevice sessions of the device, with their commands', async () => {
        const { store, advance } = await fresh({ maxSessionsPerDevice: 3 });
        const other = applied(await store.apply(OTHER, begin([], [GET_MOD, CONT])));
        const sessions: string[] = [];
        for (let i = 0; i < 5; i++) {
          advance();
          const cmd: DmStep['cmd'] = [['GET', `./Vendor/N${i}`], END];
          sessions.push(applied(await store.apply(DEV, begin([], cmd, { ended: 'completed' }))).sessionId);
        }
        const history = await store.history(DEV, 10);
        expect(history.map((s) => s.id)).toEqual(sessions.slice(2).reverse());
        expect(history.map((s) => s.commands.map((c) => c.command[1]))).toEqual([
          ['./Vendor/N4', undefined],
          ['./Vendor/N3', undefined],
          ['./Vendor/N2', undefined],
        ]);
        for (const pruned of sessions.slice(0, 2))
          expect(await store.view(DEV, pruned, 10)).toEqual({ delivered: 0, pending: [] });
        expect((await store.device(DEV))?.sessions).toBe(5);
        expect((await store.history(OTHER)).map((s) => s.id)).toEqual([other.sessionId]);
      });
    });

    describe('Package#3 (continue)', () => {
      it('stores the statuses of the round answered, then records the next round', async () => {
        const { store, at, advance } = await fresh();
        const [a, b, c] = await store.enqueueAll(DEV, [GET_MOD, REPLACE, GET_MAN]);
        const started = at();
        const { sessionId } = applied(await store.apply(DEV, begin([a!.id], [GET_MOD, CONT])));
        const reported = advance();
        const outcome = await store.apply(
          DEV,
          answer(sessionId, 1, [OK, { sc: 200 }], [b!.id], [REPLACE, CONT], { alerts: [ALERT] }),
        );
        expect(outcome).toEqual({ applied: true, sessionId, round: 2 });
        expect(await store.view(DEV, sessionId, 10)).toEqual({
          session: { id: sessionId, devId: DEV, startedAt: started, updatedAt: reported, round: 2, state: 'open' },
          delivered: 2,
          pending: [c],
        });
        expect((await store.device(DEV))?.alerts).toEqual([{ ...ALERT, receivedAt: reported }]);

        const ended = advance();
        expect(await store.apply(DEV, answer(sessionId, 2, [GONE], [], [END], { ended: 'completed' }))).toEqual({
          applied: true,
          sessionId,
          round: 3,
        });
        const [history] = await store.history(DEV);
        expect(history).toMatchObject({ round: 3, state: 'ended', endedReason: 'completed', updatedAt: ended });
        const delivered = history!.commands;
        expect(delivered.map(({ round, position, command }) => [round, position, command])).toEqual([
          [1, 0, GET_MOD],
          [1, 1, CONT],
          [2, 0, REPLACE],
          [2, 1, CONT],
          [3, 0, END],
        ]);
        expect(delivered.map((d) => [d.status, d.reportedAt])).toEqual([
          [OK, reported],
          [{ sc: 200 }, reported],
          [GONE, ended],
          [undefined, undefined],
          [undefined, undefined],
        ]);
        expect(delivered.every((d) => d.sessionId === sessionId)).toBe(true);
        expect((await store.view(DEV, sessionId, 10)).delivered).toBe(1);
      });

      /** Two devices with a session each; DEV's took its first command, the rest is still queued. */
      async function twoSessions() {
        const fixture = await fresh({ maxQueuedPerDevice: 5 });
        const { store } = fixture;
        const [taken, next] = await store.enqueueAll(DEV, [GET_MOD, GET_MAN]);
        const [othersCommand] = await store.enqueueAll(OTHER, [REPLACE]);
        const dev = applied(await store.apply(DEV, begin([taken!.id], [GET_MOD, CONT])));
        const other = applied(await store.apply(OTHER, begin([], [GET_MOD, CONT])));
        return {
          ...fixture,
          taken: taken!.id,
          next: next!.id,
          othersCommand: othersCommand!.id,
          session: dev.sessionId,
          othersSession: other.sessionId,
        };
      }
      type Fixture = Awaited<ReturnType<typeof twoSessions>>;
      const step = (f: Fixture, patch: Partial<Extract<DmStep, { kind: 'continue' }>>) =>
        answer(f.session, 1, [OK, OK], [f.next], [GET_MAN, CONT], { alerts: [ALERT], ...patch });

      const stale: [string, (f: Fixture) => [string, DmStep]][] = [
        ['answers a round the session is not at', (f) => [DEV, step(f, { round: 2 })]],
        ['names an unknown session', (f) => [DEV, step(f, { sessionId: 'f'.repeat(32) })]],
        ["names another device's session", (f) => [DEV, step(f, { sessionId: f.othersSession })]],
        ["comes from another device than the session's", (f) => [OTHER, step(f, { take: [] })]],
        ['takes a command already delivered', (f) => [DEV, step(f, { take: [f.next, f.taken] })]],
        ["takes another device's command", (f) => [DEV, step(f, { take: [f.next, f.othersCommand] })]],
        ['takes a command that was never queued', (f) => [DEV, step(f, { take: [f.next, 1_000_000] })]],
      ];
      it.each(stale)('refuses, changing nothing, a step that %s', async (_, make) => {
        const fixture = await twoSessions();
        const [devId, refused] = make(fixture);
        fixture.advance();
        const before = await everything(fixture.store);
        expect(await fixture.store.apply(devId, refused)).toEqual({ applied: false, stale: expect.any(String) });
        expect(await everything(fixture.store)).toEqual(before);
      });

      it('refuses a step of an ended session and a replayed Package#3', async () => {
        const fixture = await twoSessions();
        const { store, session } = fixture;
        applied(await store.apply(DEV, step(fixture, {})));
        fixture.advance();
        const answered = await everything(store);
        expect((await store.apply(DEV, step(fixture, { take: [] }))).applied).toBe(false);
        expect(await everything(store)).toEqual(answered);
        applied(await store.apply(DEV, answer(session, 2, [OK, OK], [], [END], { ended: 'completed' })));
        fixture.advance();
        const ended = await everything(store);
        expect((await store.apply(DEV, answer(session, 3, [OK], [], [END], { ended: 'completed' }))).applied).toBe(
          false,
        );
        expect(await everything(store)).toEqual(ended);
      });

      const staleBegins: [string, (f: Fixture) => number[]][] = [
        ['a command already delivered', (f) => [f.next, f.taken]],
        ["another device's command", (f) => [f.next, f.othersCommand]],
        ['a command that was never queued', (f) => [f.next, 1_000_000]],
      ];
      it.each(staleBegins)('refuses, changing nothing, a Package#1 step taking %s', async (_, take) => {
        const fixture = await twoSessions();
        fixture.advance();
        const before = await everything(fixture.store);
        const refused = begin(take(fixture), [GET_MAN, CONT], { mos: [], alerts: [ALERT] });
        expect(await fixture.store.apply(DEV, refused)).toEqual({ applied: false, stale: expect.any(String) });
        expect(await everything(fixture.store)).toEqual(before);
      });

      it('applies exactly one of two concurrent steps taking the same command', async () => {
        const { store } = await fresh();
        const [command] = await store.enqueueAll(DEV, [GET_MOD]);
        const outcomes = await Promise.all(
          [DEV, DEV].map((devId) => store.apply(devId, begin([command!.id], [GET_MOD, CONT]))),
        );
        expect(outcomes.filter((o) => o.applied)).toHaveLength(1);
        expect(await store.pending(DEV)).toEqual([]);
        expect(await store.history(DEV)).toHaveLength(1);
        expect((await store.device(DEV))?.sessions).toBe(1);
      });

      it('applies exactly one of two concurrent answers to the same round', async () => {
        const { store } = await fresh();
        const { sessionId } = applied(await store.apply(DEV, begin([], [GET_MOD, CONT])));
        const outcomes = await Promise.all(
          [OK, GONE].map((status) => store.apply(DEV, answer(sessionId, 1, [status], [], [GET_MAN, CONT]))),
        );
        expect(outcomes.filter((o) => o.applied)).toEqual([{ applied: true, sessionId, round: 2 }]);
        const [history] = await store.history(DEV);
        expect(history?.commands.map((c) => c.round)).toEqual([1, 1, 2, 2]);
        expect(history?.round).toBe(2);
      });
    });

    describe('history', () => {
      it('lists sessions newest first by start time, ties in creation order, up to the limit', async () => {
        const { store, advance } = await fresh({ maxSessionsPerDevice: 10 });
        const session = async () => applied(await store.apply(DEV, begin([], [END], { ended: 'completed' }))).sessionId;
        advance();
        const first = await session();
        advance();
        const second = await session();
        const sameTime = await session();
        advance(-60_000);
        const clockWentBack = await session();
        expect((await store.history(DEV)).map((s) => s.id)).toEqual([sameTime, second, first, clockWentBack]);
        expect((await store.history(DEV, 2)).map((s) => s.id)).toEqual([sameTime, second]);
        expect(await store.history(OTHER)).toEqual([]);
      });

      it('gives 10 sessions unless told otherwise', async () => {
        const { store, advance } = await fresh({ maxSessionsPerDevice: 20 });
        for (let i = 0; i < 12; i++) {
          advance();
          applied(await store.apply(DEV, begin([], [END], { ended: 'completed' })));
        }
        expect(await store.history(DEV)).toHaveLength(10);
        expect(await store.history(DEV, 20)).toHaveLength(12);
      });
    });

    describe('credentials', () => {
      it('verifies the bearer credential last issued to the device, and nothing else', async () => {
        const { store, at, advance } = await fresh();
        expect(await store.credentialIssuedAt(DEV)).toBeUndefined();
        expect(await store.verifyCredential(DEV, 'Bearer anything')).toBe(false);
        const first = await store.issueCredential(DEV);
        const issued = at();
        expect(await store.verifyCredential(DEV, `Bearer ${first}`)).toBe(true);
        expect(await store.verifyCredential(DEV, first)).toBe(false);
        expect(await store.verifyCredential(DEV, undefined)).toBe(false);
        expect(await store.verifyCredential(DEV, `Bearer ${first}x`)).toBe(false);
        expect(await store.verifyCredential(OTHER, `Bearer ${first}`)).toBe(false);
        expect(await store.credentialIssuedAt(DEV)).toBe(issued);

        const reissued = advance();
        const second = await store.issueCredential(DEV);
        expect(second).not.toBe(first);
        expect(await store.verifyCredential(DEV, `Bearer ${first}`)).toBe(false);
        expect(await store.verifyCredential(DEV, `Bearer ${second}`)).toBe(true);
        expect(await store.credentialIssuedAt(DEV)).toBe(reissued);
        expect(await store.credentialIssuedAt(OTHER)).toBeUndefined();
      });
    });

    describe('data area', () => {
      const BINARY = Buffer.from([0x00, 0xff, 0xc3, 0x28, 0x0d, 0x0a, 0x80, 0x00]);

      it('keeps binary bodies byte for byte, with the etag of their bytes', async () => {
        const { store, at } = await fresh();
        const put = await store.putData(DEV, 'fw/image.bin', BINARY, 'application/octet-stream', 'operator');
        const expected = {
          path: 'fw/image.bin',
          mediaType: 'application/octet-stream',
          body: BINARY,
          etag: dataEtag(BINARY),
          updatedAt: at(),
          updatedBy: 'operator',
        };
        expect(put).toEqual(expected);
        const got = await store.getData(DEV, 'fw/image.bin');
        expect(got).toEqual(expected);
        expect(Buffer.isBuffer(got?.body)).toBe(true);
        const empty = await store.putData(DEV, 'empty', Buffer.alloc(0), 'text/plain', 'device');
        expect(await store.getData(DEV, 'empty')).toEqual({ ...empty, body: Buffer.alloc(0) });
        expect(await store.getData(OTHER, 'fw/image.bin')).toBeUndefined();
        expect(await store.getData(DEV, 'fw')).toBeUndefined();
      });

      it('replaces a path in place even at the limit, and refuses a new path beyond it', async () => {
        const { store, advance } = await fresh({ maxDataResourcesPerDevice: 2 });
        await store.putData(DEV, 'a', Buffer.from('one'), 'text/plain', 'operator');
        const b = await store.putData(DEV, 'b', Buffer.from('two'), 'text/plain', 'operator');
        const replacedAt = advance();
        const replaced = await store.putData(DEV, 'a', BINARY, 'application/octet-stream', 'device');
        expect(replaced).toEqual({
          path: 'a',
          mediaType: 'application/octet-stream',
          body: BINARY,
          etag: dataEtag(BINARY),
          updatedAt: replacedAt,
          updatedBy: 'device',
        });
        const refused = store.putData(DEV, 'c', Buffer.from('three'), 'text/plain', 'device');
        await expect(refused).rejects.toBeInstanceOf(DmDataAreaFullError);
        await expect(refused).rejects.toMatchObject({ code: 'DM_DATA_AREA_FULL' });
        expect(await store.getData(DEV, 'c')).toBeUndefined();
        expect(await store.listData(DEV)).toEqual([replaced, b]);
        await store.putData(OTHER, 'c', Buffer.from('three'), 'text/plain', 'device');
        await store.putData(OTHER, 'd', Buffer.from('four'), 'text/plain', 'device');
        expect((await store.listData(OTHER)).map((r) => r.path)).toEqual(['c', 'd']);
      });

      it("lists a device's resources ordered by path", async () => {
        const { store } = await fresh({ maxDataResourcesPerDevice: 10 });
        for (const path of ['z', 'a/b', 'B', 'a', 'a-b']) await store.putData(DEV, path, BINARY, 'x/y', 'operator');
        expect((await store.listData(DEV)).map((r) => r.path)).toEqual(['B', 'a', 'a-b', 'a/b', 'z']);
        expect(await store.listData(OTHER)).toEqual([]);
      });
    });
  });
}
