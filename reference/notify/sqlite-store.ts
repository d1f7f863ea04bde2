import { applyMigrations, type SqliteDatabase } from '../store/database.ts';
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

/**
 * NotificationStore on the shared better-sqlite3 handle: a submission (notification + every queued
 * copy) is one transaction, so a crash never leaves a notification half-queued. Copies carry the
 * expiry themselves so that the queue scans need no join on the hot path's WHERE clause.
 */
export class SqliteNotificationStore implements NotificationStore {
  private readonly statements;
  private readonly submitTransaction;

  constructor(private readonly db: SqliteDatabase) {
    applyMigrations(db, 'notify', MIGRATIONS);
    this.statements = {
      byIdempotencyKey: db.prepare('SELECT id FROM notify_notifications WHERE submitter = ? AND idempotency_key = ?'),
      insertNotification: db.prepare(
        `INSERT INTO notify_notifications (id, submitter, idempotency_key, client_app_token, payload, priority, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      liveQueueLength: db.prepare('SELECT COUNT(*) AS n FROM notify_queue WHERE client_id = ? AND expires_at > ?'),
      enqueue: db.prepare('INSERT INTO notify_queue (client_id, notification_id, expires_at) VALUES (?, ?, ?)'),
      queued: db.prepare(
        `SELECT q.seq, q.client_id, n.* FROM notify_queue q JOIN notify_notifications n ON n.id = q.notification_id
         WHERE q.client_id = ? AND q.seq > ? AND q.expires_at > ? ORDER BY q.seq LIMIT ?`,
      ),
      acknowledge: db.prepare('DELETE FROM notify_queue WHERE client_id = ? AND notification_id = ?'),
      purgeQueue: db.prepare('DELETE FROM notify_queue WHERE expires_at <= ?'),
      purgeNotifications: db.prepare('DELETE FROM notify_notifications WHERE expires_at <= ?'),
    };
    this.submitTransaction = db.transaction(
      (notification: NotificationRecord, recipients: readonly string[], maxQueueLength: number): SubmitOutcome => {
        const s = this.statements;
        if (notification.idempotencyKey !== undefined) {
          const earlier = s.byIdempotencyKey.get(notification.submitter, notification.idempotencyKey) as
            { id: string } | undefined;
          if (earlier) return { kind: 'duplicate', id: earlier.id };
        }
        const queuedFor = recipients.filter(
          (clientId) => (s.liveQueueLength.get(clientId, notification.createdAt) as { n: number }).n < maxQueueLength,
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
    );
  }

  async submit(
    notification: NotificationRecord,
    recipients: readonly string[],
    maxQueueLength: number,
  ): Promise<SubmitOutcome> {
    return this.submitTransaction(notification, recipients, maxQueueLength);
  }

  async queued(clientId: string, afterSeq: number, limit: number, now: number): Promise<QueuedDelivery[]> {
    return (this.statements.queued.all(clientId, afterSeq, now, limit) as QueueRow[]).map((row) => ({
      seq: row.seq,
      clientId: row.client_id,
      notification: {
        id: row.id,
        submitter: row.submitter,
        ...(row.idempotency_key !== null && { idempotencyKey: row.idempotency_key }),
        clientAppToken: row.client_app_token,
        payload: JSON.parse(row.payload) as Record<string, unknown>,
        priority: row.priority,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      },
    }));
  }

  async acknowledge(clientId: string, notificationId: string): Promise<boolean> {
    return this.statements.acknowledge.run(clientId, notificationId).changes > 0;
  }

  async purgeExpired(now: number): Promise<number> {
    return this.db.transaction(() => {
      const dropped = this.statements.purgeQueue.run(now).changes;
      this.statements.purgeNotifications.run(now);
      return dropped;
    })();
  }

  async close(): Promise<void> {}
}
