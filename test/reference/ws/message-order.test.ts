import { describe, expect, it } from 'vitest';
import { MessageOrder } from '../../../reference/ws/message-order.ts';

/** A piece of work that records when it starts and ends only when the test says so. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await opened;
      log.push(`end ${name}`);
      return name;
    },
    open: () => open(),
  };
}
const turns = () => new Promise((resolve) => setImmediate(resolve));

describe('MessageOrder', () => {
  it('starts shared messages at once, beside each other', async () => {
    const order = new MessageOrder();
    const log: string[] = [];
    const [a, b] = [gate(log, 'a'), gate(log, 'b')];
    const done = [order.run(false, a.work), order.run(false, b.work)];
    await turns();
    expect(log).toEqual(['start a', 'start b']);
    b.open();
    a.open();
    expect(await Promise.all(done)).toEqual(['a', 'b']);
  });

  it('starts an exclusive message after everything before it, and everything after it once it is done', async () => {
    const order = new MessageOrder();
    const log: string[] = [];
    const [a, x, b, y, c] = ['a', 'x', 'b', 'y', 'c'].map((name) => gate(log, name));
    const done = [
      order.run(false, a!.work),
      order.run(true, x!.work),
      order.run(false, b!.work),
      order.run(true, y!.work),
      order.run(false, c!.work),
    ];
    await turns();
    expect(log).toEqual(['start a']);
    a!.open();
    await turns();
    expect(log).toEqual(['start a', 'end a', 'start x']);
    x!.open();
    await turns();
    expect(log.slice(3)).toEqual(['end x', 'start b']);
    b!.open();
    await turns();
    expect(log.slice(5)).toEqual(['end b', 'start y']);
    y!.open();
    c!.open();
    expect(await Promise.all(done)).toEqual(['a', 'x', 'b', 'y', 'c']);
    expect(log.slice(7)).toEqual(['end y', 'start c', 'end c']);
  });

  it('goes on after a message that failed', async () => {
    const order = new MessageOrder();
    const failed = order.run(true, () => Promise.reject(new Error('broken')));
    await expect(failed).rejects.toThrow('broken');
    expect(await order.run(true, async () => 'next')).toBe('next');
    const thrown = order.run(false, () => {
      throw new Error('at once');
    });
    await expect(thrown).rejects.toThrow('at once');
    expect(await order.run(true, async () => 'after')).toBe('after');
  });
});
