/**
 * Which messages of one connection may be handled beside each other. A shared message starts at once, beside
 * the other shared ones; an exclusive one starts once everything received before it is handled, and
 * everything received after it waits until it is. Requests whose effects commute (a new registration, which
 * touches nothing an earlier or later request names) are shared; one that could observe or undo another's
 * effect (a deregistration, a seeded registration and the deregistration of its token) is exclusive, so that a
 * client pipelining them sees the effects in the order it sent them.
 */
export class MessageOrder {
  private running = 0;
  /** Resolves the exclusive message waiting for the running shared ones to end. */
  private idle: (() => void) | undefined;
  /** Settles once the last exclusive message is handled; undefined when none is waiting or running. */
  private barrier: Promise<void> | undefined;

  run<T>(exclusive: boolean, work: () => Promise<T>): Promise<T> {
    const barrier = this.barrier;
    if (!exclusive) return barrier ? barrier.then(() => this.shared(work)) : this.shared(work);
    // Shared messages queued behind `barrier` react to it first (in order), so they are running by then.
    const handled = (barrier ?? Promise.resolve()).then(() => this.whenIdle()).then(work);
    const settled = handled.then(
      () => {},
      () => {},
    );
    this.barrier = settled;
    void settled.then(() => {
      if (this.barrier === settled) this.barrier = undefined;
    });
    return handled;
  }

  private shared<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    const ended = () => {
      if (--this.running === 0) this.idle?.();
    };
    let handled: Promise<T>;
    try {
      handled = work();
    } catch (error) {
      handled = Promise.reject(error);
    }
    handled.then(ended, ended);
    return handled;
  }

  private whenIdle(): Promise<void> | undefined {
    if (this.running === 0) return undefined;
    return new Promise((resolve) => {
      this.idle = () => {
        this.idle = undefined;
        resolve();
      };
    });
  }
}
