import type { createAoi1Requester } from '../../generated/aoi1/dispatcher.ts';
import type { NotificationDeliveryRes } from '../../generated/aoi1/types.ts';
import type { NotificationStore, QueuedDelivery } from './store.ts';

export type Requester = ReturnType<typeof createAoi1Requester>;

export interface DeliveryOptions {
  /**
   * Deliveries awaiting their answer per connection. This bounds what a slow or stalled client can
   * make the server hold in socket buffers and pending requests (at most this many messages); the
   * rest waits in the store.
   */
  maxInFlightPerConnection: number;
  /** After a delivery fails (503, timeout), the client's queue is retried after this long. */
  retryDelayMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = { maxInFlightPerConnection: 32, retryDelayMs: 2_000 };

/** What the scheduler needs from the server: where a client is bound now, and how to reach it. */
export interface DeliveryRoutes {
  /** The id of the connection the client is bound to, undefined when offline. */
  sessionOf(clientId: string): string | undefined;
  requesterFor(clientId: string): Requester | undefined;
}

interface ClientState {
  /** The connection the copies in flight were sent on; a new one restarts from the queue head. */
  session: string | undefined;
  /** Highest seq read from the store for `session`; the next read starts after it. */
  readUpTo: number;
  /** Copies read and not sent yet (see Slots.ahead): a freed slot is filled without waiting for a read. */
  ahead: QueuedDelivery[];
  /** The store may hold copies after `readUpTo` (the last read was full, or a kick came since). */
  more: boolean;
  inFlight: number;
  /** Answered copies whose acknowledgement is being written: until it is, a read from the head would resend them. */
  acknowledging: number;
  /** A delivery on `session` failed: once the in-flight ones are settled, restart from the head. */
  failed: boolean;
  pumping: boolean;
  again: boolean;
  retry: ReturnType<typeof setTimeout> | undefined;
}

/** Per connection: copies in flight, copies read ahead for its clients, and the clients waiting for a slot. */
interface Slots {
  inFlight: number;
  /** In memory and not sent; in flight and ahead together stay within twice maxInFlightPerConnection. */
  ahead: number;
  waiting: Set<string>;
}

/**
 * Moves queued copies to bound clients. Per client, copies are sent in queue order and a copy leaves
 * the queue only when the client answers 200 or 404 (at-least-once); a failed or unanswered copy is
 * sent again, with everything after it, on the next attempt or the next connection — the client
 * suppresses the duplicates by notificationId. A slot is free again as soon as the client has answered
 * (the acknowledgement is written meanwhile, with the others of its turn), and the next copies are read
 * ahead while the window is in flight, so that a long queue drains at the pace of the client's answers.
 */
export class DeliveryScheduler {
  private readonly options: DeliveryOptions;
  private readonly clients = new Map<string, ClientState>();
  private readonly sessions = new Map<string, Slots>();
  private nextRequestId = 1;
  private closed = false;

  constructor(
    private readonly store: NotificationStore,
    private readonly routes: DeliveryRoutes,
    private readonly onError: (error: unknown) => void,
    options: Partial<DeliveryOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_DELIVERY_OPTIONS, ...options };
  }

  /** Something may be deliverable to the client: it was (re)bound, or a copy was queued for it. */
  kick(clientId: string): void {
    if (this.closed) return;
    this.stateOf(clientId).more = true;
    this.resume(clientId);
  }

  close(): void {
    this.closed = true;
    for (const state of this.clients.values()) clearTimeout(state.retry);
  }

  /** Sends what is ready (a slot was freed): reads the store only where more may be queued. */
  private resume(clientId: string): void {
    if (this.closed) return;
    void this.pump(clientId).catch(this.onError);
  }

  private async pump(clientId: string): Promise<void> {
    const state = this.stateOf(clientId);
    if (state.pumping) {
      state.again = true;
      return;
    }
    state.pumping = true;
    try {
      do {
        state.again = false;
        await this.sendSome(clientId, state);
      } while (state.again && !this.closed);
    } finally {
      state.pumping = false;
    }
    this.forgetIfIdle(clientId, state);
  }

  private async sendSome(clientId: string, state: ClientState): Promise<void> {
    const session = this.routes.sessionOf(clientId);
    if (session !== state.session) {
      clearTimeout(state.retry);
      this.dropAhead(state);
      Object.assign(state, { session, readUpTo: 0, more: true, inFlight: 0, failed: false, retry: undefined });
    }
    if (session === undefined) return void (state.more = false);
    if (state.failed) return;
    this.sendAhead(clientId, state, session);
    const max = this.options.maxInFlightPerConnection;
    const slots = this.sessionSlots(session);
    const room = Math.min(max - state.ahead.length, 2 * max - slots.inFlight - slots.ahead);
    if (!state.more) return this.releaseSlots(session);
    if (room <= 0) return void slots.waiting.add(clientId);
    // Cleared before the read: a kick while it runs sets it again, so a copy queued meanwhile is read next.
    state.more = false;
    let batch: QueuedDelivery[];
    try {
      batch = await this.store.queued(clientId, state.readUpTo, room, this.now());
    } catch (error) {
      // A locked or slow store (STORE_UNAVAILABLE): the copies stay queued; read them again after a pause.
      this.onError(error);
      state.more = true;
      clearTimeout(state.retry);
      state.retry = setTimeout(() => {
        state.retry = undefined;
        this.kick(clientId);
      }, this.options.retryDelayMs);
      state.retry.unref();
      return;
    }
    // The client may have moved or gone while the store was read: start over for where it is now.
    if (this.routes.sessionOf(clientId) !== session || state.session !== session || state.failed)
      return void (state.again = true);
    if (batch.length === room) state.more = true;
    if (batch.length > 0) {
      state.readUpTo = batch[batch.length - 1]!.seq;
      state.ahead.push(...batch);
      this.sessionSlots(session).ahead += batch.length;
    }
    this.sendAhead(clientId, state, session);
    this.releaseSlots(session);
  }

  /** Sends read copies into the connection's free slots; a client left with copies waits for the next slot. */
  private sendAhead(clientId: string, state: ClientState, session: string): void {
    if (state.ahead.length === 0) return;
    const requester = this.routes.requesterFor(clientId);
    // Bound, but the connection is going: what was read is read again on the next one.
    if (!requester) return void (this.dropAhead(state), (state.more = false));
    // Other clients on the same connection share the slots.
    const slots = this.sessionSlots(session);
    const room = this.options.maxInFlightPerConnection - slots.inFlight;
    const sent = state.ahead.splice(0, Math.max(0, room));
    slots.ahead -= sent.length;
    for (const copy of sent) {
      state.inFlight++;
      slots.inFlight++;
      void this.deliver(requester, copy).then((answered) => this.settled(clientId, state, session, copy, answered));
    }
    if (state.ahead.length > 0) slots.waiting.add(clientId);
  }

  /** Sends one copy; true when the client answered so that it may leave the queue (200 or 404). */
  private async deliver(requester: Requester, copy: QueuedDelivery): Promise<boolean> {
    const { notification } = copy;
    try {
      const response: NotificationDeliveryRes = await requester.notificationDeliveryReq({
        jsonrpc: '2.0',
        id: `d-${this.nextRequestId++}`,
        method: 'notificationDeliveryReq',
        params: {
          clientAppToken: notification.clientAppToken,
          payload: notification.payload,
          priority: notification.priority,
          notificationId: notification.id,
        },
      });
      // 404: no Client Application instance matches any more; retrying cannot help.
      return !('error' in response) || response.error.code === 404;
    } catch (error) {
      // Timeouts and closed connections are expected; they only mean "try again later".
      if (!(error instanceof Error && error.name === 'RequestError')) this.onError(error);
      return false;
    }
  }

  private settled(clientId: string, state: ClientState, session: string, copy: QueuedDelivery, answered: boolean) {
    const slots = this.sessionSlots(session);
    slots.inFlight--;
    const waiting = [...slots.waiting];
    slots.waiting.clear();
    this.releaseSlots(session);
    for (const other of waiting) this.resume(other);
    if (state.session !== session) return;
    state.inFlight--;
    if (answered) {
      state.acknowledging++;
      this.store.acknowledge(clientId, copy.notification.id).then(
        () => this.acknowledged(clientId, state),
        (error: unknown) => {
          // Not removed from the queue: it is sent again with everything after it, like an unanswered copy.
          this.onError(error);
          this.acknowledged(clientId, state);
          if (state.session === session) this.fail(clientId, state);
        },
      );
    } else state.failed = true;
    if (!state.failed) return this.resume(clientId);
    this.fail(clientId, state);
  }

  private acknowledged(clientId: string, state: ClientState): void {
    state.acknowledging--;
    this.forgetIfIdle(clientId, state);
  }

  /** Once everything sent on this connection is settled, restart from the head after a pause. */
  private fail(clientId: string, state: ClientState): void {
    state.failed = true;
    if (state.inFlight > 0) return;
    clearTimeout(state.retry);
    state.retry = setTimeout(() => {
      this.dropAhead(state);
      Object.assign(state, { readUpTo: 0, more: true, failed: false, retry: undefined });
      this.resume(clientId);
    }, this.options.retryDelayMs);
    state.retry.unref();
  }

  /** Nothing in flight, read or being acknowledged, no retry due: the next kick starts afresh from the store. */
  private forgetIfIdle(clientId: string, state: ClientState): void {
    if (state.pumping || state.inFlight > 0 || state.acknowledging > 0 || state.ahead.length > 0) return;
    if (state.more || state.failed || state.retry !== undefined) return;
    if (this.clients.get(clientId) === state) this.clients.delete(clientId);
  }

  private stateOf(clientId: string): ClientState {
    let state = this.clients.get(clientId);
    if (!state) {
      state = {
        session: undefined,
        readUpTo: 0,
        ahead: [],
        more: true,
        inFlight: 0,
        acknowledging: 0,
        failed: false,
        pumping: false,
        again: false,
        retry: undefined,
      };
      this.clients.set(clientId, state);
    }
    return state;
  }

  /** Forgets the copies read ahead for the client's connection: they are read again from the store. */
  private dropAhead(state: ClientState): void {
    if (state.ahead.length === 0) return;
    if (state.session !== undefined) {
      this.sessionSlots(state.session).ahead -= state.ahead.length;
      this.releaseSlots(state.session);
    }
    state.ahead = [];
  }

  private sessionSlots(session: string): Slots {
    let slots = this.sessions.get(session);
    if (!slots) this.sessions.set(session, (slots = { inFlight: 0, ahead: 0, waiting: new Set() }));
    return slots;
  }

  private releaseSlots(session: string): void {
    const slots = this.sessions.get(session);
    if (slots && slots.inFlight === 0 && slots.ahead === 0 && slots.waiting.size === 0) this.sessions.delete(session);
  }
}
