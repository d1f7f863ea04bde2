/**
 * What the notification module keeps: each accepted notification once, and per AOI Client an ordered
 * queue of the notifications it still has to acknowledge (store-and-forward). Promise-based like
 * AoiStore; every write has completed durably when its promise resolves.
 */

export interface NotificationRecord {
  id: string;
  /** The Server Application (key name) that submitted it. */
  submitter: string;
  idempotencyKey?: string;
  clientAppToken: string;
  payload: Record<string, unknown>;
  priority: number;
  createdAt: number;
  /** Epoch ms after which undelivered copies are dropped. */
  expiresAt: number;
}

/** One queued copy: what a delivery to `clientId` needs. `seq` orders a client's queue. */
export interface QueuedDelivery {
  seq: number;
  clientId: string;
  notification: NotificationRecord;
}

export type SubmitOutcome =
  /** Stored; `queuedFor` lists the clients that got a copy (those whose queue was full did not). */
  | { kind: 'accepted'; id: string; queuedFor: string[] }
  /** Every recipient's queue was full: nothing stored. */
  | { kind: 'full' }
  /** Same submitter and idempotencyKey as an earlier submission: nothing stored, its id returned. */
  | { kind: 'duplicate'; id: string };

export interface NotificationStore {
  /**
   * Atomically: returns the earlier id if (submitter, idempotencyKey) is known; otherwise stores the
   * notification and appends a copy to the queue of each recipient whose queue holds fewer than
   * `maxQueueLength` live copies; stores nothing when no recipient has room.
   */
  submit(
    notification: NotificationRecord,
    recipients: readonly string[],
    maxQueueLength: number,
  ): Promise<SubmitOutcome>;
  /** The oldest live (not expired at `now`) copies queued for the client with seq > `afterSeq`, in order. */
  queued(clientId: string, afterSeq: number, limit: number, now: number): Promise<QueuedDelivery[]>;
  /** Removes the client's copy; false when it was not queued (already acknowledged or expired). */
  acknowledge(clientId: string, notificationId: string): Promise<boolean>;
  /** Drops expired copies and notifications nobody waits for any more; returns the copies dropped. */
  purgeExpired(now: number): Promise<number>;
  close(): Promise<void>;
}
