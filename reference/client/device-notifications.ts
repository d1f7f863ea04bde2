import type { NotificationDeliveryReq, NotificationDeliveryResResult } from '../../generated/aoi1/types.ts';
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { NotificationHandler } from './aoi-client.ts';
import type { DeviceStateStore } from './device-state.ts';

/** What a Client Application instance receives (8.1.4): the notification as submitted. */
export interface ApplicationNotification {
  applicationName: string;
  clientAppToken: string;
  notificationId: string;
  priority: number;
  payload: Record<string, unknown>;
}

/** A running Client Application instance's callback; a throw means "not taken" (the server retries). */
export type NotificationListener = (notification: ApplicationNotification) => void | Promise<void>;

export interface DeviceNotificationOptions {
  /** How many recent notification ids are remembered to suppress redeliveries. */
  rememberedIds: number;
}

export const DEFAULT_DEVICE_NOTIFICATION_OPTIONS: DeviceNotificationOptions = { rememberedIds: 10_000 };

/**
 * The AOI Client side of notification delivery (CR 003 8.1.4): each notificationDeliveryReq is
 * forwarded to the running Client Application instances whose stored token (8.1.5 mapping in the
 * device state) matches. Answers 200 once forwarded, 404 when no instance matches, 503 when an
 * instance failed (so the server retries). A notificationId seen before is acknowledged without
 * being forwarded again: the server delivers at least once.
 *
 * Pass `handle` as AoiClient's `onNotification`; applications `subscribe` by name (9.3-style API).
 */
export class DeviceNotifications {
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  /** Insertion-ordered, so the oldest id is dropped first. */
  private readonly seen = new Set<string>();
  /** Deliveries being forwarded: a redelivery arriving meanwhile waits for the first outcome. */
  private readonly forwarding = new Map<string, Promise<NotificationDeliveryResResult | ProtocolError>>();
  private readonly options: DeviceNotificationOptions;

  constructor(
    private readonly state: DeviceStateStore,
    options: Partial<DeviceNotificationOptions> = {},
  ) {
    this.options = { ...DEFAULT_DEVICE_NOTIFICATION_OPTIONS, ...options };
  }

  /** Registers a running instance of the named application; returns the unsubscribe function. */
  subscribe(applicationName: string, listener: NotificationListener): () => void {
    let set = this.listeners.get(applicationName);
    if (!set) this.listeners.set(applicationName, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  readonly handle: NotificationHandler = (request) => {
    const { notificationId } = request.params;
    if (this.seen.has(notificationId)) return Promise.resolve({ code: 200, message: 'OK (already delivered)' });
    let outcome = this.forwarding.get(notificationId);
    if (!outcome) {
      outcome = this.forward(request).finally(() => this.forwarding.delete(notificationId));
      this.forwarding.set(notificationId, outcome);
    }
    return outcome;
  };

  private async forward(request: NotificationDeliveryReq): Promise<NotificationDeliveryResResult | ProtocolError> {
    const { clientAppToken, notificationId, priority, payload } = request.params;
    const { applications } = await this.state.load();
    const targets = applications
      .filter((application) => application.clientAppToken === clientAppToken)
      .flatMap(({ applicationName }) =>
        [...(this.listeners.get(applicationName) ?? [])].map((listener) => ({ applicationName, listener })),
      );
    if (targets.length === 0)
      return new ProtocolError(404, 'Not Found: no Client Application instance matches the token');
    const results = await Promise.allSettled(
      // async: a listener that throws synchronously is a rejection like any other.
      targets.map(async ({ applicationName, listener }) =>
        listener({ applicationName, clientAppToken, notificationId, priority, payload }),
      ),
    );
    if (results.some((result) => result.status === 'rejected'))
      return new ProtocolError(503, 'Service Unavailable: a Client Application did not take the notification');
    this.remember(notificationId);
    return { code: 200, message: 'OK' };
  }

  private remember(notificationId: string): void {
    this.seen.add(notificationId);
    if (this.seen.size > this.options.rememberedIds) this.seen.delete(this.seen.values().next().value!);
  }
}
