import type { NotificationRecord, NotificationStore, QueuedDelivery, SubmitOutcome } from './store.ts';

/** Volatile NotificationStore for tests and `omaspec serve --store memory`. */
export class MemoryNotificationStore implements NotificationStore {
  private readonly notifications = new Map<string, NotificationRecord>();
  /** `${submitter}\n${idempotencyKey}` → notification id */
  private readonly byIdempotencyKey = new Map<string, string>();
  /** clientId → copies in seq order */
  private readonly queues = new Map<string, { seq: number; id: string }[]>();
  private nextSeq = 1;

  async submit(
    notification: NotificationRecord,
    recipients: readonly string[],
    maxQueueLength: number,
  ): Promise<SubmitOutcome> {
    const key =
      notification.idempotencyKey === undefined
        ? undefined
        : `${notification.submitter}\n${notification.idempotencyKey}`;
    const earlier = key === undefined ? undefined : this.byIdempotencyKey.get(key);
    if (earlier !== undefined) return { kind: 'duplicate', id: earlier };
    const queuedFor = recipients.filter(
      (clientId) => this.live(this.queues.get(clientId) ?? [], notification.createdAt).length < maxQueueLength,
    );
    if (queuedFor.length === 0) return { kind: 'full' };
    this.notifications.set(notification.id, structuredClone(notification));
    if (key !== undefined) this.byIdempotencyKey.set(key, notification.id);
    for (const clientId of queuedFor) {
      const queue = this.queues.get(clientId) ?? [];
      queue.push({ seq: this.nextSeq++, id: notification.id });
      this.queues.set(clientId, queue);
    }
    return { kind: 'accepted', id: notification.id, queuedFor };
  }

  async queued(clientId: string, afterSeq: number, limit: number, now: number): Promise<QueuedDelivery[]> {
    return this.live(this.queues.get(clientId) ?? [], now)
      .filter((entry) => entry.seq > afterSeq)
      .slice(0, limit)
      .map((entry) => ({ seq: entry.seq, clientId, notification: structuredClone(this.notifications.get(entry.id)!) }));
  }

  async acknowledge(clientId: string, notificationId: string): Promise<boolean> {
    const queue = this.queues.get(clientId) ?? [];
    const index = queue.findIndex((entry) => entry.id === notificationId);
    if (index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(clientId);
    return true;
  }

  async purgeExpired(now: number): Promise<number> {
    let dropped = 0;
    for (const [clientId, queue] of this.queues) {
      const live = this.live(queue, now);
      dropped += queue.length - live.length;
      if (live.length > 0) this.queues.set(clientId, live);
      else this.queues.delete(clientId);
    }
    for (const [id, notification] of this.notifications) {
      if (notification.expiresAt > now) continue;
      this.notifications.delete(id);
      if (notification.idempotencyKey !== undefined)
        this.byIdempotencyKey.delete(`${notification.submitter}\n${notification.idempotencyKey}`);
    }
    return dropped;
  }

  async close(): Promise<void> {}

  private live(queue: { seq: number; id: string }[], now: number): { seq: number; id: string }[] {
    return queue.filter((entry) => (this.notifications.get(entry.id)?.expiresAt ?? 0) > now);
  }
}
