/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */

/**
 * Notification submission request. (extension extensions/notifications.yaml line 23, provisional)
 */
export interface NotificationSubmitReq {
  /**
   * The Client Application Token the notification is addressed to; every instance registered with it receives the notification.
   */
  clientAppToken: string;
  /**
   * The notification content, opaque to the AOI Enabler and passed to the Client Application unchanged.
   */
  payload: {
    [k: string]: unknown;
  };
  /**
   * 0 (lowest) to 9 (highest); 5 when absent.
   */
  priority?: number;
  /**
   * Seconds the notification may wait for an offline AOI Client before it is dropped; the server's default when absent.
   */
  ttl?: number;
  /**
   * A key the submitter chooses; a second submission with the same key returns the first one's notification id instead of sending again.
   */
  idempotencyKey?: string;
}

/**
 * Notification accepted.
 */
export interface NotificationSubmitResSuccess {
  /**
   * 202, accepted for delivery.
   */
  code: 202;
  /**
   * Textual description of the outcome.
   */
  desc: string;
  /**
   * The id the AOI Server gave the notification; deliveries carry it, and duplicates are suppressed by it.
   */
  notificationId: string;
}

/**
 * Notification refused.
 */
export interface NotificationSubmitResError {
  /**
   * 400 bad request, 401 unknown or missing key, 404 no Client Application registered with the token, 413 payload too large, 429 too many submissions, 503 unavailable.
   */
  code: 400 | 401 | 404 | 413 | 429 | 503;
  /**
   * Textual description of the outcome.
   */
  desc: string;
}

/** Notification submission response. (extension extensions/notifications.yaml line 56, provisional) */
export type NotificationSubmitRes = NotificationSubmitResSuccess | NotificationSubmitResError;

/** Each message's wire name of every property, under each name it has had: renamed members keep compiling. */
export const notifyFields = {
  notificationSubmitReq: {
    clientAppToken: 'clientAppToken',
    payload: 'payload',
    priority: 'priority',
    ttl: 'ttl',
    idempotencyKey: 'idempotencyKey',
  },
  notificationSubmitRes: {
    code: 'code',
    desc: 'desc',
    notificationId: 'notificationId',
  },
} as const;

/** Each message's assembled objects: fixed member values, allowed members, and a placeholder for each mandatory one. */
export const notifyPlaceholders = {
  notificationSubmitReq: [
    {
      fill: {
        clientAppToken: 'x',
        payload: {},
      },
      fixed: {},
      closed: ['clientAppToken', 'payload', 'priority', 'ttl', 'idempotencyKey'],
    },
  ],
  notificationSubmitRes: [
    {
      fill: {
        code: 202,
        desc: 'x',
        notificationId: 'x',
      },
      fixed: {
        code: [202],
      },
      closed: ['code', 'desc', 'notificationId'],
    },
    {
      fill: {
        code: 400,
        desc: 'x',
      },
      fixed: {
        code: [400, 401, 404, 413, 429, 503],
      },
      closed: ['code', 'desc'],
    },
  ],
} as const;

/** Every message of Server Application to AOI Server notification submission over HTTP (provisional extension). */
export type NotifyMessage = NotificationSubmitReq | NotificationSubmitRes;

/** Sent by the Server Application. */
export type NotifyClientToServer = NotificationSubmitReq;

/** Sent by the AOI Server. */
export type NotifyServerToClient = NotificationSubmitRes;
