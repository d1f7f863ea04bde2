import { describe, expect, it } from 'vitest';
import { answerPackage1 } from '../../../reference/dm/session.ts';
import { openInMemoryDmStore } from '../../../reference/dm/store.ts';
import type { DmPackage1 } from '../../../reference/dm/types.ts';

const DEV = 'dev-1';

describe('answerPackage1', () => {
  it('records only well-formed alert items of the provisional Alert shape', () => {
    const store = openInMemoryDmStore();
    const pkg = { Alert: { Items: [{ AlertType: 'urn:a', Mark: 7, Data: [1] }, 'not-an-item', null] } } as unknown as DmPackage1;
    answerPackage1(store, DEV, pkg);
    const alerts = store.device(DEV)?.alerts ?? [];
    expect(alerts).toEqual([expect.objectContaining({ AlertType: 'urn:a', Data: [1] })]);
    expect(alerts[0]).not.toHaveProperty('Mark');
  });

  it('ignores an Alert without an Items array', () => {
    const store = openInMemoryDmStore();
    answerPackage1(store, DEV, { Alert: { Items: 5 } } as unknown as DmPackage1);
    expect(store.device(DEV)?.alerts).toEqual([]);
  });

  it('does not add a second END when the operator queued one', () => {
    const store = openInMemoryDmStore();
    store.enqueue(DEV, ['GET', './A']);
    store.enqueue(DEV, ['END']);
    expect(answerPackage1(store, DEV, {})).toEqual({ Cmd: [['GET', './A'], ['END']] });
  });
});
