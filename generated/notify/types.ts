/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */

/**
 * Notification submission request. (CR extensions/notifications.yaml §extension:notifications, provisional)
 */
export interface NotificationSubmitReq {
  /**
   * The Client Application Token the notification is addressed to; every instance registered with it receives the notification. (CR extensions/notifications.yaml §extension:notifications)
   */
  clientAppToken: string;
  /**
   * The notification content, opaque to the AOI Enabler and passed to the Client Application unchanged. (CR extensions/notifications.yaml §extension:notifications)
   */
  payload: {
    [k: string]: unknown;
  };
  /**
   * 0 (lowest) to 9 (highest); 5 when absent. (CR extensions/notifications.yaml §extension:notifications)
   */
  priority?: number;
  /**
   * Seconds the notification may wait for an offline AOI Client before it is dropped; the server's default when absent. (CR extensions/notifications.yaml §extension:notifications)
   */
  ttl?: number;
  /**
   * A key the submitter chooses; a second submission with the same key returns the first one's notification id instead of sending again. (CR extensions/notifications.yaml §extension:notifications)
   */
  idempotencyKey?: string;
}

/**
 * Notification accepted (extensions/notifications.yaml §extension:notifications Notification submission response). (CR extensions/notifications.yaml §extension:notifications, provisional)
 */
export type NotificationSubmitRes =
  | {
      /**
       * 202, accepted for delivery. (CR extensions/notifications.yaml §extension:notifications)
       */
      code: 202;
      /**
       * Textual description of the outcome. (CR extensions/notifications.yaml §extension:notifications)
       */
      desc: string;
      /**
       * The id the AOI Server gave the notification; deliveries carry it, and duplicates are suppressed by it. (CR extensions/notifications.yaml §extension:notifications)
       */
      notificationId: string;
    }
  | {
      /**
       * 400 bad request, 401 unknown or missing key, 404 no Client Application registered with the token, 413 payload too large, 429 too many submissions, 503 unavailable. (CR extensions/notifications.yaml §extension:notifications)
       */
      code: 400 | 401 | 404 | 413 | 429 | 503;
      /**
       * Textual description of the outcome. (CR extensions/notifications.yaml §extension:notifications)
       */
      desc: string;
    };

/** Every message of Server Application to AOI Server notification submission over HTTP (provisional extension). */
export type NotifyMessage = NotificationSubmitReq | NotificationSubmitRes;

/** Sent by the Server Application. */
export type NotifyClientToServer = NotificationSubmitReq;

/** Sent by the AOI Server. */
export type NotifyServerToClient = NotificationSubmitRes;
