import { describe, expect, it } from 'vitest';
import { answerPackage1 } from '../../../reference/dm/session.ts';
import { openInMemoryDmStore } from '../../../reference/dm/store.ts';

const DEV = 'dev-1';

describe('answerPackage1', () => {
  it('answers END alone when nothing is queued, and records the alerts', () => {
    const store = openInMemoryDmStore();
    expect(answerPackage1(store, DEV, { Alert: { Items: [{ AlertType: 'urn:a', Data: { n: 1 } }] } })).toEqual({
      Cmd: [['END']],
    });
    expect(store.device(DEV)?.alerts).toEqual([expect.objectContaining({ AlertType: 'urn:a', Data: { n: 1 } })]);
  });

  it('does not add a second END when the operator queued one', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    store.enqueue(DEV, ['END']);
    expect(answerPackage1(store, DEV, {})).toEqual({ Cmd: [['GET', './A'], ['END']] });
  });
});
