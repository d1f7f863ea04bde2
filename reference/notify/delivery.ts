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
  /** Highest seq sent on `session`; the next read starts after it. */
  sentUpTo: number;
  inFlight: number;
  /** A delivery on `session` failed: once the in-flight ones are settled, restart from the head. */
  failed: boolean;
  pumping: boolean;
  again: boolean;
  retry: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Moves queued copies to bound clients. Per client, copies are sent in queue order and a copy leaves
 * the queue only when the client answers 200 or 404 (at-least-once); a failed or unanswered copy is
 * sent again, with everything after it, on the next attempt or the next connection — the client
 * suppresses the duplicates by notificationId.
 */
export class DeliveryScheduler {
  private readonly options: DeliveryOptions;
  private readonly clients = new Map<string, ClientState>();
  /** Copies in flight per connection, and the clients waiting for a free slot on it. */
  private readonly sessions = new Map<string, { inFlight: number; waiting: Set<string> }>();
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
    void this.pump(clientId).catch(this.onError);
  }

  close(): void {
    this.closed = true;
    for (const state of this.clients.values()) clearTimeout(state.retry);
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
  }

  private async sendSome(clientId: string, state: ClientState): Promise<void> {
    const session = this.routes.sessionOf(clientId);
    if (session !== state.session) {
      clearTimeout(state.retry);
      Object.assign(state, { session, sentUpTo: 0, inFlight: 0, failed: false });
    }
    if (session === undefined) return void this.clients.delete(clientId);
    if (state.failed) return;
    const wanted = this.options.maxInFlightPerConnection - this.sessionSlots(session).inFlight;
    if (wanted <= 0) return void this.sessionSlots(session).waiting.add(clientId);
    let batch: QueuedDelivery[];
    try {
      batch = await this.store.queued(clientId, state.sentUpTo, wanted, this.now());
    } catch (error) {
      // A locked or slow store (STORE_UNAVAILABLE): the copies stay queued; read them again after a pause.
      this.onError(error);
      clearTimeout(state.retry);
      state.retry = setTimeout(() => this.kick(clientId), this.options.retryDelayMs);
      state.retry.unref();
      return;
    }
    // The client may have moved or gone while the store was read: start over for where it is now.
    if (this.routes.sessionOf(clientId) !== session) return void (state.again = true);
    const requester = this.routes.requesterFor(clientId);
    if (!requester) return;
    // Other clients on the same connection may have taken slots meanwhile: count again.
    const slots = this.sessionSlots(session);
    const room = this.options.maxInFlightPerConnection - slots.inFlight;
    for (const copy of batch.slice(0, Math.max(0, room))) {
      state.sentUpTo = copy.seq;
      state.inFlight++;
      slots.inFlight++;
      void this.deliver(requester, copy).then((acknowledged) => this.settled(clientId, state, session, acknowledged));
    }
    // A full batch (or one cut short) means there may be more: the next free slot continues.
    if (batch.length === wanted || batch.length > room) slots.waiting.add(clientId);
  }

  /** Sends one copy; true when it may leave the queue (the client answered 200 or 404). */
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
      if ('error' in response && response.error.code !== 404) return false;
      await this.store.acknowledge(copy.clientId, notification.id);
      return true;
    } catch (error) {
      // Timeouts and closed connections are expected; they only mean "try again later".
      if (!(error instanceof Error && error.name === 'RequestError')) this.onError(error);
      return false;
    }
  }

  private settled(clientId: string, state: ClientState, session: string, acknowledged: boolean): void {
    const slots = this.sessionSlots(session);
    slots.inFlight--;
    for (const waiting of slots.waiting) this.kick(waiting);
    slots.waiting.clear();
    if (slots.inFlight === 0) this.sessions.delete(session);
    if (state.session !== session) return;
    state.inFlight--;
    if (!acknowledged) state.failed = true;
    if (!state.failed) return this.kick(clientId);
    if (state.inFlight > 0) return;
    // Everything sent on this connection is settled: restart from the head after a pause.
    clearTimeout(state.retry);
    state.retry = setTimeout(() => {
      Object.assign(state, { sentUpTo: 0, failed: false });
      this.kick(clientId);
    }, this.options.retryDelayMs);
    state.retry.unref();
  }

  private stateOf(clientId: string): ClientState {
    let state = this.clients.get(clientId);
    if (!state) {
      state = {
        session: undefined,
        sentUpTo: 0,
        inFlight: 0,
        failed: false,
        pumping: false,
        again: false,
        retry: undefined,
      };
      this.clients.set(clientId, state);
    }
    return state;
  }

  private sessionSlots(session: string): { inFlight: number; waiting: Set<string> } {
    let slots = this.sessions.get(session);
    if (!slots) this.sessions.set(session, (slots = { inFlight: 0, waiting: new Set() }));
    return slots;
  }
}
