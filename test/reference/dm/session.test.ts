import { describe, expect, it } from 'vitest';
import { answerPackage1, answerPackage3, type DmSessionAnswer } from '../../../reference/dm/session.ts';
import { openInMemoryDmStore } from '../../../reference/dm/store.ts';

const DEV = 'dev-1';

function opened(answer: DmSessionAnswer | { refused: string }): DmSessionAnswer {
  if ('refused' in answer) throw new Error(`refused: ${answer.refused}`);
  return answer;
}

describe('answerPackage1', () => {
  it('answers END alone when nothing is queued, ends the session and records the alerts', () => {
    const store = openInMemoryDmStore();
    const answer = answerPackage1(store, DEV, { Alert: { Items: [{ AlertType: 'urn:a', Data: { n: 1 } }] } });
    expect(answer).toMatchObject({ package2: { Cmd: [['END']] }, round: 1, ended: 'completed' });
    expect(store.sessions.get(answer.sessionId)).toMatchObject({ state: 'ended', endedReason: 'completed' });
    expect(store.device(DEV)?.alerts).toEqual([expect.objectContaining({ AlertType: 'urn:a', Data: { n: 1 } })]);
  });

  it('closes a Package#2 with commands by CONT and keeps the session open for its Package#3', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    const answer = answerPackage1(store, DEV, {});
    expect(answer.package2).toEqual({ Cmd: [['GET', './A'], ['CONT']] });
    expect(store.sessions.get(answer.sessionId)).toMatchObject({ state: 'open', round: 1 });
  });

  it('ends a session still open from an earlier Package#1 as superseded', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    const first = answerPackage1(store, DEV, {});
    answerPackage1(store, DEV, {});
    expect(store.sessions.get(first.sessionId)).toMatchObject({ state: 'ended', endedReason: 'superseded' });
  });
});

describe('answerPackage3', () => {
  it('stores one status per command and answers with the next round, then END', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    const first = answerPackage1(store, DEV, {});
    store.enqueue(DEV, ['DELETE', './B']);
    const status = [{ sc: 200, URI: ['./A'], Data: ['v'] }, { sc: 200 }];
    const second = opened(answerPackage3(store, DEV, first, { Status: status }));
    expect(second).toMatchObject({ package2: { Cmd: [['DELETE', './B'], ['CONT']] }, round: 2 });
    const third = opened(answerPackage3(store, DEV, second, { Status: [{ sc: 404 }, { sc: 200 }] }));
    expect(third).toMatchObject({ package2: { Cmd: [['END']] }, round: 3, ended: 'completed' });
    const [session] = store.sessions.history(DEV);
    expect(session?.commands.map((c) => [c.command[0], c.status?.sc])).toEqual([
      ['GET', 200],
      ['CONT', 200],
      ['DELETE', 404],
      ['CONT', 200],
      ['END', undefined],
    ]);
    expect(session?.commands[0]?.status).toEqual(status[0]);
  });

  it('refuses a status count that differs from the commands of the round, and changes nothing', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    const first = answerPackage1(store, DEV, {});
    expect(answerPackage3(store, DEV, first, { Status: [{ sc: 200 }] })).toMatchObject({
      refused: 'status-count-mismatch',
    });
    expect(store.sessions.delivered(first.sessionId, 1).every((c) => c.status === undefined)).toBe(true);
  });

  it("refuses a replayed or out-of-order Package#3, and another device's session as unknown", () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    store.enqueue(DEV, ['GET', './B']);
    const first = answerPackage1(store, DEV, {}, { maxCommandsPerPackage: 1 });
    const ok = { Status: [{ sc: 200 }, { sc: 200 }] };
    expect(answerPackage3(store, 'dev-2', first, ok)).toMatchObject({ refused: 'unknown-session' });
    opened(answerPackage3(store, DEV, first, ok, { maxCommandsPerPackage: 1 }));
    expect(answerPackage3(store, DEV, first, ok)).toMatchObject({ refused: 'session-conflict' });
    expect(answerPackage3(store, DEV, { ...first, round: 3 }, ok)).toMatchObject({ refused: 'session-conflict' });
  });

  it('ends the session at maxRounds or maxSessionSeconds and leaves the rest queued', () => {
    const store = openInMemoryDmStore();
    for (const uri of ['./A', './B', './C']) store.enqueue(DEV, ['GET', uri]);
    const options = { maxCommandsPerPackage: 1, maxRounds: 1 };
    const first = answerPackage1(store, DEV, {}, options);
    const ok = { Status: [{ sc: 200 }, { sc: 200 }] };
    expect(opened(answerPackage3(store, DEV, first, ok, options))).toMatchObject({ ended: 'round-limit' });
    expect(store.pending(DEV)).toHaveLength(2);
  });

  it('ends the session once it is older than maxSessionSeconds', () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const store = openInMemoryDmStore({ now: () => clock });
    for (const uri of ['./A', './B']) store.enqueue(DEV, ['GET', uri]);
    const timed = { maxCommandsPerPackage: 1, maxSessionSeconds: 60, now: () => clock };
    const ok = { Status: [{ sc: 200 }, { sc: 200 }] };
    const second = answerPackage1(store, DEV, {}, timed);
    clock = new Date('2026-01-01T00:01:01Z');
    expect(opened(answerPackage3(store, DEV, second, ok, timed))).toMatchObject({ ended: 'time-limit' });
    expect(store.pending(DEV)).toHaveLength(1);
  });
});
