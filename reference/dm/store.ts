/**
 * Per-device DM state in the embedded SQLite store: what each device reported in Package#1
 * (supported MOs with their MIIDs, alerts) and the operator's command queue that Package#2 drains.
 *
 * The store takes an open better-sqlite3 handle so that it can share the reference server's
 * database file (reference/store `openDatabase(dataDir)`); it owns only the `dm_*` tables and
 * migrates them with reference/store `applyMigrations` (module 'dm'). Sessions, credentials and
 * the data area live in the same file, each a module of its own (session-store.ts,
 * credentials.ts, data-area.ts), reached through this store.
 */
import { OmaspecError } from '../../core/errors.ts';
import Database from 'better-sqlite3';
import { applyMigrations } from '../store/database.ts';
import { DmCredentials } from './credentials.ts';
import { DmDataArea } from './data-area.ts';
import { DmSessions } from './session-store.ts';

type Db = Database.Database;

/** A supported MO as reported in Package#1 MOS (every member optional there, CR 004 7.2). */
export interface DmMoRecord {
  DDF?: string;
  MOID?: string;
  MIID?: string[];
}

/** A Client Initiated Alert item as reported in Package#1 (provisional shape, decision D8). */
export interface DmAlertRecord {
  AlertType?: string;
  MIMEType?: string;
  SourceURI?: string;
  Mark?: string;
  Data?: unknown;
}

/** Each entry moves the dm_* tables one version up; append only, never edit a shipped entry. */
const MIGRATIONS: readonly string[] = [
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
];

export interface DmDeviceState {
  devId: string;
  firstSeen: string;
  lastSeen: string;
  sessions: number;
  mos: DmMoRecord[];
  alerts: (DmAlertRecord & { receivedAt: string })[];
}

export interface QueuedDmCommand {
  id: number;
  command: string[];
  queuedAt: string;
}

export class DmQueueFullError extends OmaspecError {
  constructor(message: string) {
    super('DM_QUEUE_FULL', message);
  }
}

export interface DmStoreOptions {
  /** Most undelivered commands one device may have queued (default 1000). */
  maxQueuedPerDevice?: number;
  /** Most resources one device's data area may hold (default 1000). */
  maxDataResourcesPerDevice?: number;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

export class DmStore {
  readonly maxQueuedPerDevice: number;
  readonly sessions: DmSessions;
  readonly credentials: DmCredentials;
  readonly data: DmDataArea;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    options: DmStoreOptions = {},
  ) {
    this.maxQueuedPerDevice = options.maxQueuedPerDevice ?? 1000;
    this.now = options.now ?? (() => new Date());
    applyMigrations(db, 'dm', MIGRATIONS);
    this.sessions = new DmSessions(db, this.now);
    this.credentials = new DmCredentials(db, this.now);
    this.data = new DmDataArea(db, options.maxDataResourcesPerDevice, this.now);
  }

  /**
   * Records one Package#1. MOS, when present, is the device's complete list of supported MOs and
   * replaces the previous one; when absent the previous list stands. Alerts are appended.
   */
  recordSession(devId: string, mos: DmMoRecord[] | undefined, alerts: DmAlertRecord[]): void {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO dm_devices (dev_id, first_seen, last_seen, sessions) VALUES (?, ?, ?, 1)
           ON CONFLICT (dev_id) DO UPDATE SET last_seen = excluded.last_seen, sessions = sessions + 1`,
        )
        .run(devId, at, at);
      if (mos) {
        this.db.prepare('DELETE FROM dm_device_mos WHERE dev_id = ?').run(devId);
        const insert = this.db.prepare(
          'INSERT INTO dm_device_mos (dev_id, position, ddf, moid, miids) VALUES (?, ?, ?, ?, ?)',
        );
        mos.forEach((mo, i) => insert.run(devId, i, mo.DDF ?? null, mo.MOID ?? null, JSON.stringify(mo.MIID ?? [])));
      }
      this.insertAlerts(devId, at, alerts);
    })();
  }

  /** Appends alerts a Package#3 carried (results that come later, such as EXEC's). */
  recordAlerts(devId: string, alerts: DmAlertRecord[]): void {
    this.insertAlerts(devId, this.now().toISOString(), alerts);
  }

  private insertAlerts(devId: string, at: string, alerts: DmAlertRecord[]): void {
    const insertAlert = this.db.prepare(
      `INSERT INTO dm_alerts (dev_id, received_at, alert_type, mime_type, source_uri, mark, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of alerts) {
      const data = a.Data === undefined ? null : JSON.stringify(a.Data);
      insertAlert.run(devId, at, a.AlertType ?? null, a.MIMEType ?? null, a.SourceURI ?? null, a.Mark ?? null, data);
    }
  }

  device(devId: string): DmDeviceState | undefined {
    const row = this.db.prepare('SELECT * FROM dm_devices WHERE dev_id = ?').get(devId) as DeviceRow | undefined;
    if (!row) return undefined;
    const mos = (
      this.db.prepare('SELECT * FROM dm_device_mos WHERE dev_id = ? ORDER BY position').all(devId) as MoRow[]
    ).map((r) => ({ ...optional('DDF', r.ddf), ...optional('MOID', r.moid), MIID: JSON.parse(r.miids) as string[] }));
    const alerts = (
      this.db.prepare('SELECT * FROM dm_alerts WHERE dev_id = ? ORDER BY id').all(devId) as AlertRow[]
    ).map((r) => ({
      receivedAt: r.received_at,
      ...optional('AlertType', r.alert_type),
      ...optional('MIMEType', r.mime_type),
      ...optional('SourceURI', r.source_uri),
      ...optional('Mark', r.mark),
      ...(r.data === null ? {} : { Data: JSON.parse(r.data) as unknown }),
    }));
    return {
      devId: row.dev_id,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      sessions: row.sessions,
      mos,
      alerts,
    };
  }

  /** Appends a command to the device's queue; throws DmQueueFullError at the limit. */
  enqueue(devId: string, command: string[]): QueuedDmCommand {
    return this.enqueueAll(devId, [command])[0] as QueuedDmCommand;
  }

  /** Appends several commands, all or none; throws DmQueueFullError if they do not all fit. */
  enqueueAll(devId: string, commands: string[][]): QueuedDmCommand[] {
    const queuedAt = this.now().toISOString();
    return this.db.transaction(() => {
      const room = this.maxQueuedPerDevice - this.pending(devId).length;
      if (commands.length > room) {
        throw new DmQueueFullError(
          `device '${devId}' has room for ${Math.max(room, 0)} more command(s) (limit ${this.maxQueuedPerDevice}), not ${commands.length}`,
        );
      }
      const insert = this.db.prepare('INSERT INTO dm_command_queue (dev_id, command, queued_at) VALUES (?, ?, ?)');
      return commands.map((command) => {
        const info = insert.run(devId, JSON.stringify(command), queuedAt);
        return { id: Number(info.lastInsertRowid), command, queuedAt };
      });
    })();
  }

  /** Runs `work` in one transaction: if it throws, none of its store changes happen. */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Undelivered commands of a device, oldest first. */
  pending(devId: string): QueuedDmCommand[] {
    const rows = this.db
      .prepare(
        'SELECT id, command, queued_at FROM dm_command_queue WHERE dev_id = ? AND delivered_at IS NULL ORDER BY id',
      )
      .all(devId) as QueueRow[];
    return rows.map((r) => ({ id: r.id, command: JSON.parse(r.command) as string[], queuedAt: r.queued_at }));
  }

  /** Takes up to `limit` pending commands and marks them delivered, atomically. */
  takePending(devId: string, limit: number): QueuedDmCommand[] {
    const deliveredAt = this.now().toISOString();
    return this.db.transaction(() => {
      const taken = this.pending(devId).slice(0, limit);
      const mark = this.db.prepare('UPDATE dm_command_queue SET delivered_at = ? WHERE id = ?');
      for (const c of taken) mark.run(deliveredAt, c.id);
      return taken;
    })();
  }
}

/** A DmStore over a private in-memory database (tests, throw-away servers). */
export function openInMemoryDmStore(options: DmStoreOptions = {}): DmStore {
  return new DmStore(new Database(':memory:'), options);
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: string };
}

interface DeviceRow {
  dev_id: string;
  first_seen: string;
  last_seen: string;
  sessions: number;
}
interface MoRow {
  ddf: string | null;
  moid: string | null;
  miids: string;
}
interface AlertRow {
  received_at: string;
  alert_type: string | null;
  mime_type: string | null;
  source_uri: string | null;
  mark: string | null;
  data: string | null;
}
interface QueueRow {
  id: number;
  command: string;
  queued_at: string;
}
