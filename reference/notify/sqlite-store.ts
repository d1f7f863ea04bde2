import type { SqliteDatabase } from '../store/database.ts';
import { defineStoreModule, read, write } from '../store/operations.ts';
import { storeClient, type StoreClient, type StoreExecutor } from '../store/store-worker.ts';
import type { NotificationRecord, NotificationStore, QueuedDelivery, SubmitOutcome } from './store.ts';

/** The notify module's tables in the shared database; append-only list (see applyMigrations). */
const MIGRATIONS = [
  `CREATE TABLE notify_notifications (
     id TEXT PRIMARY KEY,
     submitter TEXT NOT NULL,
     idempotency_key TEXT,
     client_app_token TEXT NOT NULL,
     payload TEXT NOT NULL,
     priority INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX notify_notifications_idempotency ON notify_notifications(submitter, idempotency_key)
     WHERE idempotency_key IS NOT NULL;
   CREATE INDEX notify_notifications_expiry ON notify_notifications(expires_at);
   CREATE TABLE notify_queue (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     client_id TEXT NOT NULL,
     notification_id TEXT NOT NULL REFERENCES notify_notifications(id) ON DELETE CASCADE,
     expires_at INTEGER NOT NULL,
     UNIQUE (client_id, notification_id)
   );
   CREATE INDEX notify_queue_by_client ON notify_queue(client_id, seq);
   CREATE INDEX notify_queue_expiry ON notify_queue(expires_at);`,
];

interface QueueRow {
  seq: number;
  client_id: string;
  id: string;
  submitter: string;
  idempotency_key: string | null;
  client_app_token: string;
  payload: string;
  priority: number;
  created_at: number;
  expires_at: number;
}

const notificationFromRow = (row: QueueRow): NotificationRecord => ({
  id: row.id,
  submitter: row.submitter,
  ...(row.idempotency_key !== null && { idempotencyKey: row.idempotency_key }),
  clientAppToken: row.client_app_token,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  priority: row.priority,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/**
 * Runs in the store worker (see reference/store/operations.ts). A submission (notification + every queued
 * copy) is one savepoint of the batch's transaction, so a crash never leaves a notification half-queued.
 * Copies carry the expiry themselves so that the queue scans need no join on the hot path's WHERE clause.
 */
export const notifyStoreModule = defineStoreModule({
  name: 'notify',
  url: import.meta.url,
  exportName: 'notifyStoreModule',
  migrations: MIGRATIONS,
  operations: (db: SqliteDatabase) => {
    const s = {
      byIdempotencyKey: db
        .prepare('SELECT id FROM notify_notifications WHERE submitter = ? AND idempotency_key = ?')
        .pluck(),
      insertNotification: db.prepare(
        `INSERT INTO notify_notifications (id, submitter, idempotency_key, client_app_token, payload, priority, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      liveQueueLength: db.prepare('SELECT COUNT(*) FROM notify_queue WHERE client_id = ? AND expires_at > ?').pluck(),
      enqueue: db.prepare('INSERT INTO notify_queue (client_id, notification_id, expires_at) VALUES (?, ?, ?)'),
      queued: db.prepare(
        `SELECT q.seq, q.client_id, n.* FROM notify_queue q JOIN notify_notifications n ON n.id = q.notification_id
         WHERE q.client_id = ? AND q.seq > ? AND q.expires_at > ? ORDER BY q.seq LIMIT ?`,
      ),
      clientsWithQueue: db.prepare('SELECT DISTINCT client_id FROM notify_queue').pluck(),
      acknowledge: db.prepare('DELETE FROM notify_queue WHERE client_id = ? AND notification_id = ?'),
      // Every acknowledgement of a batch in one statement: [[clientId, notificationId], …] as JSON.
      acknowledgeMany: db.prepare(
        `DELETE FROM notify_queue WHERE seq IN (
           SELECT q.seq FROM json_each(?) j
           JOIN notify_queue q ON q.client_id = j.value ->> 0 AND q.notification_id = j.value ->> 1
         ) RETURNING client_id, notification_id`,
      ),
      purgeQueue: db.prepare('DELETE FROM notify_queue WHERE expires_at <= ?'),
      purgeNotifications: db.prepare('DELETE FROM notify_notifications WHERE expires_at <= ?'),
    };
    return {
      submit: write(
        (notification: NotificationRecord, recipients: readonly string[], maxQueueLength: number): SubmitOutcome => {
          if (notification.idempotencyKey !== undefined) {
            const earlier = s.byIdempotencyKey.get(notification.submitter, notification.idempotencyKey) as
              string | undefined;
            if (earlier !== undefined) return { kind: 'duplicate', id: earlier };
          }
          const queuedFor = recipients.filter(
            (clientId) => (s.liveQueueLength.get(clientId, notification.createdAt) as number) < maxQueueLength,
          );
          if (queuedFor.length === 0) return { kind: 'full' };
          s.insertNotification.run(
            notification.id,
            notification.submitter,
            notification.idempotencyKey ?? null,
            notification.clientAppToken,
            JSON.stringify(notification.payload),
            notification.priority,
            notification.createdAt,
            notification.expiresAt,
          );
          for (const clientId of queuedFor) s.enqueue.run(clientId, notification.id, notification.expiresAt);
          return { kind: 'accepted', id: notification.id, queuedFor };
        },
      ),
      queued: read((clientId: string, afterSeq: number, limit: number, now: number): QueuedDelivery[] =>
        (s.queued.all(clientId, afterSeq, now, limit) as QueueRow[]).map((row) => ({
          seq: row.seq,
          clientId: row.client_id,
          notification: notificationFromRow(row),
        })),
      ),
      clientsWithQueue: read((): string[] => s.clientsWithQueue.all() as string[]),
      acknowledge: write(
        (clientId: string, notificationId: string): boolean => s.acknowledge.run(clientId, notificationId).changes > 0,
        (calls: [string, string][]): boolean[] => {
          const deleted = new Set(
            (s.acknowledgeMany.all(JSON.stringify(calls)) as { client_id: string; notification_id: string }[]).map(
              (row) => `${row.client_id}\n${row.notification_id}`,
            ),
          );
          // A pair acknowledged twice in one batch: the first call removed it, the second finds nothing.
          return calls.map(([clientId, notificationId]) => deleted.delete(`${clientId}\n${notificationId}`));
        },
      ),
      purgeExpired: write((now: number): number => {
        const dropped = s.purgeQueue.run(now).changes;
        s.purgeNotifications.run(now);
        return dropped;
      }),
    };
  },
});

/**
 * NotificationStore on SQLite, run by the store worker. It remembers which clients may have copies
 * queued (loaded once, then kept up to date by its own submissions: this server is the only writer of
 * the notify tables), so that binding a client with an empty queue costs no query.
 */
export class SqliteNotificationStore implements NotificationStore {
  private readonly ops: StoreClient<ReturnType<typeof notifyStoreModule.operations>>;
  /** Clients that may have queued copies → generation of their last submission (see queued). */
  private readonly mayHaveQueued = new Map<string, number>();
  private readonly loaded: Promise<void>;
  /** The list could not be read at start: every client is asked. */
  private unknown = false;
  private generation = 0;

  constructor(executor: StoreExecutor) {
    this.ops = storeClient(executor, notifyStoreModule);
    this.loaded = this.ops.clientsWithQueue().then(
      (clients) => {
        for (const clientId of clients) if (!this.mayHaveQueued.has(clientId)) this.mayHaveQueued.set(clientId, 0);
      },
      () => void (this.unknown = true),
    );
  }

  async submit(
    notification: NotificationRecord,
    recipients: readonly string[],
    maxQueueLength: number,
  ): Promise<SubmitOutcome> {
    // Marked when the write is sent and again when it is answered: a read that was sent earlier, or in the
    // same batch (whose reads run before its writes), then sees another generation and keeps the mark.
    this.mark(recipients);
    const outcome = await this.ops.submit(notification, recipients, maxQueueLength);
    if (outcome.kind === 'accepted') this.mark(outcome.queuedFor);
    return outcome;
  }

  async queued(clientId: string, afterSeq: number, limit: number, now: number): Promise<QueuedDelivery[]> {
    await this.loaded;
    const generation = this.mayHaveQueued.get(clientId);
    if (generation === undefined && !this.unknown) return [];
    const copies = await this.ops.queued(clientId, afterSeq, limit, now);
    // Empty from the head and nothing submitted for it since the read was sent: nothing is queued.
    if (copies.length === 0 && afterSeq === 0 && this.mayHaveQueued.get(clientId) === generation)
      this.mayHaveQueued.delete(clientId);
    return copies;
  }

  private mark(clientIds: readonly string[]): void {
    const generation = ++this.generation;
    for (const clientId of clientIds) this.mayHaveQueued.set(clientId, generation);
  }

  acknowledge(clientId: string, notificationId: string): Promise<boolean> {
    return this.ops.acknowledge(clientId, notificationId);
  }

  purgeExpired(now: number): Promise<number> {
    return this.ops.purgeExpired(now);
  }

  async close(): Promise<void> {}
}
