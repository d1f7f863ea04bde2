/**
 * The DM module's tables in the server's SQLite file and the statements on them, synchronous as
 * better-sqlite3 is: they run in the store worker (sqlite-store.ts), where waiting for the disk or a lock
 * holds no request but the ones that need the store. Timestamps and limits come in as arguments, so
 * that the clock and the settings stay with the caller on the main thread.
 */
import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../store/database.ts';
import { bearerMatches, newCredential, sha256 } from './bearer.ts';
import {
  dataEtag,
  DmDataAreaFullError,
  DmQueueFullError,
  type DmAlertRecord,
  type DmDataResource,
  type DmDeviceState,
  type DmMoRecord,
  type DmSessionHistory,
  type DmSessionView,
  type DmStep,
  type DmStepOutcome,
  type QueuedDmCommand,
} from './store.ts';
import { toDelivered, toQueued, toResource, toSession, type Row } from './sqlite-rows.ts';

/**
 * Each entry moves the DM tables one version up; append only, never edit a shipped entry. Entries 2–4
 * once were migrations of modules of their own (dm-sessions, dm-credentials, dm-data): `IF NOT EXISTS`
 * lets a database written then take them as no-ops.
 */
export const DM_MIGRATIONS: readonly string[] = [
  `CREATE TABLE dm_devices (
     dev_id TEXT PRIMARY KEY,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL,
     sessions INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE dm_device_mos (
     dev_id TEXT NOT NULL REFERENCES dm_devices(dev_id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     ddf TEXT,
     moid TEXT,
     miids TEXT NOT NULL,
     PRIMARY KEY (dev_id, position)
   );
   CREATE TABLE dm_alerts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     dev_id TEXT NOT NULL REFERENCES dm_devices(dev_id) ON DELETE CASCADE,
     received_at TEXT NOT NULL,
     alert_type TEXT,
     mime_type TEXT,
     source_uri TEXT,
     mark TEXT,
     data TEXT
   );
   CREATE TABLE dm_command_queue (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     dev_id TEXT NOT NULL,
     command TEXT NOT NULL,
     queued_at TEXT NOT NULL,
     delivered_at TEXT
   );
   CREATE INDEX dm_command_queue_pending ON dm_command_queue (dev_id, delivered_at, id);`,
  `CREATE TABLE IF NOT EXISTS dm_sessions (
     id TEXT PRIMARY KEY,
     dev_id TEXT NOT NULL,
     started_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     round INTEGER NOT NULL,
     state TEXT NOT NULL,
     ended_reason TEXT
   );
   CREATE INDEX IF NOT EXISTS dm_sessions_device ON dm_sessions (dev_id, state);
   CREATE TABLE IF NOT EXISTS dm_session_commands (
     session_id TEXT NOT NULL REFERENCES dm_sessions(id) ON DELETE CASCADE,
     round INTEGER NOT NULL,
     position INTEGER NOT NULL,
     command TEXT NOT NULL,
     sc INTEGER,
     status TEXT,
     reported_at TEXT,
     PRIMARY KEY (session_id, round, position)
   );`,
  `CREATE TABLE IF NOT EXISTS dm_device_credentials (
     dev_id TEXT PRIMARY KEY,
     digest BLOB NOT NULL,
     issued_at TEXT NOT NULL
   );`,
  `CREATE TABLE IF NOT EXISTS dm_data (
     dev_id TEXT NOT NULL,
     path TEXT NOT NULL,
     media_type TEXT NOT NULL,
     body BLOB NOT NULL,
     etag TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     updated_by TEXT NOT NULL,
     PRIMARY KEY (dev_id, path)
   );`,
];

/** The statements of every DM operation, prepared once on a connection whose tables exist. */
export function dmTables(db: SqliteDatabase) {
  const s = {
    upsertDevice: db.prepare(
      `INSERT INTO dm_devices (dev_id, first_seen, last_seen, sessions) VALUES (?, ?, ?, 1)
       ON CONFLICT (dev_id) DO UPDATE SET last_seen = excluded.last_seen, sessions = sessions + 1`,
    ),
    device: db.prepare('SELECT * FROM dm_devices WHERE dev_id = ?'),
    deleteMos: db.prepare('DELETE FROM dm_device_mos WHERE dev_id = ?'),
    insertMo: db.prepare('INSERT INTO dm_device_mos (dev_id, position, ddf, moid, miids) VALUES (?, ?, ?, ?, ?)'),
    mos: db.prepare('SELECT * FROM dm_device_mos WHERE dev_id = ? ORDER BY position'),
    insertAlert: db.prepare(
      `INSERT INTO dm_alerts (dev_id, received_at, alert_type, mime_type, source_uri, mark, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    alerts: db.prepare('SELECT * FROM dm_alerts WHERE dev_id = ? ORDER BY id'),
    enqueue: db.prepare('INSERT INTO dm_command_queue (dev_id, command, queued_at) VALUES (?, ?, ?)'),
    pending: db.prepare(
      'SELECT id, command, queued_at FROM dm_command_queue WHERE dev_id = ? AND delivered_at IS NULL ORDER BY id LIMIT ?',
    ),
    pendingCount: db.prepare('SELECT count(*) FROM dm_command_queue WHERE dev_id = ? AND delivered_at IS NULL').pluck(),
    markDelivered: db.prepare(
      'UPDATE dm_command_queue SET delivered_at = ? WHERE id = ? AND dev_id = ? AND delivered_at IS NULL',
    ),
    session: db.prepare('SELECT * FROM dm_sessions WHERE id = ?'),
    supersede: db.prepare(
      `UPDATE dm_sessions SET state = 'ended', ended_reason = 'superseded', updated_at = ? WHERE dev_id = ? AND state = 'open'`,
    ),
    openSession: db.prepare(
      `INSERT INTO dm_sessions (id, dev_id, started_at, updated_at, round, state) VALUES (?, ?, ?, ?, 1, 'open')`,
    ),
    nextRound: db.prepare(
      `UPDATE dm_sessions SET round = round + 1, updated_at = ? WHERE id = ? AND dev_id = ? AND round = ? AND state = 'open'`,
    ),
    endSession: db.prepare(`UPDATE dm_sessions SET state = 'ended', ended_reason = ?, updated_at = ? WHERE id = ?`),
    pruneSessions: db.prepare(
      `DELETE FROM dm_sessions WHERE dev_id = ? AND rowid NOT IN
         (SELECT rowid FROM dm_sessions WHERE dev_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?)`,
    ),
    recentSessions: db.prepare(
      'SELECT * FROM dm_sessions WHERE dev_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?',
    ),
    deliver: db.prepare('INSERT INTO dm_session_commands (session_id, round, position, command) VALUES (?, ?, ?, ?)'),
    deliveredCount: db.prepare('SELECT count(*) FROM dm_session_commands WHERE session_id = ? AND round = ?').pluck(),
    report: db.prepare(
      'UPDATE dm_session_commands SET sc = ?, status = ?, reported_at = ? WHERE session_id = ? AND round = ? AND position = ?',
    ),
    sessionCommands: db.prepare('SELECT * FROM dm_session_commands WHERE session_id = ? ORDER BY round, position'),
    upsertCredential: db.prepare(
      `INSERT INTO dm_device_credentials (dev_id, digest, issued_at) VALUES (?, ?, ?)
       ON CONFLICT (dev_id) DO UPDATE SET digest = excluded.digest, issued_at = excluded.issued_at`,
    ),
    credential: db.prepare('SELECT digest, issued_at FROM dm_device_credentials WHERE dev_id = ?'),
    otherData: db.prepare('SELECT count(*) FROM dm_data WHERE dev_id = ? AND path <> ?').pluck(),
    upsertData: db.prepare(
      `INSERT INTO dm_data (dev_id, path, media_type, body, etag, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (dev_id, path) DO UPDATE SET media_type = excluded.media_type, body = excluded.body,
         etag = excluded.etag, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ),
    data: db.prepare('SELECT * FROM dm_data WHERE dev_id = ? AND path = ?'),
    allData: db.prepare('SELECT * FROM dm_data WHERE dev_id = ? ORDER BY path'),
  };

  const pending = (devId: string, limit: number): QueuedDmCommand[] =>
    (s.pending.all(devId, limit) as Row['queue'][]).map(toQueued);

  const insertAlerts = (devId: string, at: string, alerts: readonly DmAlertRecord[]) => {
    for (const a of alerts) {
      const data = a.Data === undefined ? null : JSON.stringify(a.Data);
      s.insertAlert.run(devId, at, a.AlertType ?? null, a.MIMEType ?? null, a.SourceURI ?? null, a.Mark ?? null, data);
    }
  };

  const recordDevice = (devId: string, at: string, mos: readonly DmMoRecord[] | undefined) => {
    s.upsertDevice.run(devId, at, at);
    if (!mos) return;
    s.deleteMos.run(devId);
    mos.forEach((mo, i) => s.insertMo.run(devId, i, mo.DDF ?? null, mo.MOID ?? null, JSON.stringify(mo.MIID ?? [])));
  };

  /** Runs inside the caller's transaction: a stale step throws, so that nothing of it is kept. */
  const applyStep = (devId: string, step: DmStep, at: string, maxSessions: number): DmStepOutcome => {
    let sessionId: string;
    let round: number;
    if (step.kind === 'begin') {
      recordDevice(devId, at, step.mos);
      s.supersede.run(at, devId);
      sessionId = randomBytes(16).toString('hex');
      round = 1;
      s.openSession.run(sessionId, devId, at, at);
      s.pruneSessions.run(devId, devId, maxSessions);
    } else {
      ({ sessionId } = step);
      round = step.round + 1;
      if (s.nextRound.run(at, sessionId, devId, step.round).changes === 0)
        throw new StaleStep(`session ${sessionId} is not open at round ${step.round} any more`);
      step.statuses.forEach((status, position) =>
        s.report.run(status.sc, JSON.stringify(status), at, sessionId, step.round, position),
      );
    }
    insertAlerts(devId, at, step.alerts);
    for (const id of step.take) {
      if (s.markDelivered.run(at, id, devId).changes === 0)
        throw new StaleStep(`command ${id} is no longer queued for ${devId}`);
    }
    step.cmd.forEach((command, position) => s.deliver.run(sessionId, round, position, JSON.stringify(command)));
    if (step.ended !== undefined) s.endSession.run(step.ended, at, sessionId);
    return { applied: true, sessionId, round };
  };

  return {
    view(devId: string, sessionId: string | undefined, maxCommands: number): DmSessionView {
      const row = sessionId === undefined ? undefined : (s.session.get(sessionId) as Row['session'] | undefined);
      const session = row && row.dev_id === devId ? toSession(row) : undefined;
      const delivered = session ? (s.deliveredCount.get(session.id, session.round) as number) : 0;
      return { ...(session && { session }), delivered, pending: pending(devId, maxCommands) };
    },

    apply(devId: string, step: DmStep, at: string, maxSessions: number): DmStepOutcome {
      try {
        return db.transaction(() => applyStep(devId, step, at, maxSessions))();
      } catch (error) {
        if (error instanceof StaleStep) return { applied: false, stale: error.message };
        throw error;
      }
    },

    enqueueAll(devId: string, commands: readonly string[][], at: string, maxQueued: number): QueuedDmCommand[] {
      const room = maxQueued - (s.pendingCount.get(devId) as number);
      if (commands.length > room) {
        throw new DmQueueFullError(
          `device '${devId}' has room for ${Math.max(room, 0)} more command(s) (limit ${maxQueued}), not ${commands.length}`,
        );
      }
      return commands.map((command) => {
        const info = s.enqueue.run(devId, JSON.stringify(command), at);
        return { id: Number(info.lastInsertRowid), command: [...command], queuedAt: at };
      });
    },

    pending: (devId: string): QueuedDmCommand[] => pending(devId, -1),

    device(devId: string): DmDeviceState | undefined {
      const row = s.device.get(devId) as Row['device'] | undefined;
      if (!row) return undefined;
      const mos = (s.mos.all(devId) as Row['mo'][]).map((r) => ({
        ...optional('DDF', r.ddf),
        ...optional('MOID', r.moid),
        MIID: JSON.parse(r.miids) as string[],
      }));
      const alerts = (s.alerts.all(devId) as Row['alert'][]).map((r) => ({
        receivedAt: r.received_at,
        ...optional('AlertType', r.alert_type),
        ...optional('MIMEType', r.mime_type),
        ...optional('SourceURI', r.source_uri),
        ...optional('Mark', r.mark),
        ...(r.data === null ? {} : { Data: JSON.parse(r.data) as unknown }),
      }));
      return { devId, firstSeen: row.first_seen, lastSeen: row.last_seen, sessions: row.sessions, mos, alerts };
    },

    history(devId: string, limit: number): DmSessionHistory[] {
      return (s.recentSessions.all(devId, limit) as Row['session'][]).map((r) => ({
        ...toSession(r),
        commands: (s.sessionCommands.all(r.id) as Row['command'][]).map(toDelivered),
      }));
    },

    issueCredential(devId: string, at: string): string {
      const credential = newCredential();
      s.upsertCredential.run(devId, sha256(credential), at);
      return credential;
    },

    verifyCredential(devId: string, authorization: string | undefined): boolean {
      const row = s.credential.get(devId) as Row['credential'] | undefined;
      return bearerMatches(authorization, row?.digest);
    },

    credentialIssuedAt: (devId: string): string | undefined =>
      (s.credential.get(devId) as Row['credential'] | undefined)?.issued_at,

    putData(devId: string, resource: Omit<DmDataResource, 'etag'>, maxResources: number): Omit<DmDataResource, 'body'> {
      const count = s.otherData.get(devId, resource.path) as number;
      if (count >= maxResources)
        throw new DmDataAreaFullError(`the data area of '${devId}' already holds ${count} resources (the limit)`);
      const { path, mediaType, body, updatedAt, updatedBy } = resource;
      const etag = dataEtag(body);
      s.upsertData.run(devId, path, mediaType, body, etag, updatedAt, updatedBy);
      return { path, mediaType, etag, updatedAt, updatedBy };
    },

    getData(devId: string, path: string): DmDataResource | undefined {
      const row = s.data.get(devId, path) as Row['data'] | undefined;
      return row && toResource(row);
    },

    listData: (devId: string): DmDataResource[] => (s.allData.all(devId) as Row['data'][]).map(toResource),
  };
}

/** A step whose view went stale: its transaction is undone and the caller reads again. */
class StaleStep extends Error {}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: string };
}
