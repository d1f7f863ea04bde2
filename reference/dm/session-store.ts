/**
 * DM sessions as the server runs them (Package#1 → #2 → #3 → #2 … → END): which Package#2 each
 * round delivered, in order, and the status Package#3 reported for each of its commands.
 */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { applyMigrations } from '../store/database.ts';
import type { DmPackage3 } from './types.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE dm_sessions (
     id TEXT PRIMARY KEY,
     dev_id TEXT NOT NULL,
     started_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     round INTEGER NOT NULL,
     state TEXT NOT NULL,
     ended_reason TEXT
   );
   CREATE INDEX dm_sessions_device ON dm_sessions (dev_id, state);
   CREATE TABLE dm_session_commands (
     session_id TEXT NOT NULL REFERENCES dm_sessions(id) ON DELETE CASCADE,
     round INTEGER NOT NULL,
     position INTEGER NOT NULL,
     command TEXT NOT NULL,
     sc INTEGER,
     status TEXT,
     reported_at TEXT,
     PRIMARY KEY (session_id, round, position)
   );`,
];

export type DmSessionState = 'open' | 'ended';

export interface DmSessionRecord {
  id: string;
  devId: string;
  startedAt: string;
  updatedAt: string;
  /** The number of the last Package#2 sent (1 for the answer to Package#1). */
  round: number;
  state: DmSessionState;
  /** Why it ended: completed (END), round-limit, time-limit, superseded (a new Package#1 came first). */
  endedReason?: string;
}

export type DmStatus = DmPackage3['Status'][number];

export interface DmDeliveredCommand {
  sessionId: string;
  round: number;
  position: number;
  command: string[];
  /** Undefined until a Package#3 reports it. */
  status?: DmStatus;
  reportedAt?: string;
}

export class DmSessions {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    applyMigrations(db, 'dm-sessions', MIGRATIONS);
  }

  /** Opens a session for the device; one still open (its Package#3 never came) ends as superseded. */
  open(devId: string): DmSessionRecord {
    const at = this.now().toISOString();
    this.db
      .prepare(
        `UPDATE dm_sessions SET state = 'ended', ended_reason = 'superseded', updated_at = ? WHERE dev_id = ? AND state = 'open'`,
      )
      .run(at, devId);
    const id = randomBytes(16).toString('hex');
    this.db
      .prepare(
        `INSERT INTO dm_sessions (id, dev_id, started_at, updated_at, round, state) VALUES (?, ?, ?, ?, 0, 'open')`,
      )
      .run(id, devId, at, at);
    return { id, devId, startedAt: at, updatedAt: at, round: 0, state: 'open' };
  }

  get(id: string): DmSessionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM dm_sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row && toSession(row);
  }

  /** Records the next Package#2 of the session; returns its round number. */
  deliver(id: string, commands: readonly string[][]): number {
    const at = this.now().toISOString();
    const { round } = this.db
      .prepare('UPDATE dm_sessions SET round = round + 1, updated_at = ? WHERE id = ? RETURNING round')
      .get(at, id) as { round: number };
    const insert = this.db.prepare(
      'INSERT INTO dm_session_commands (session_id, round, position, command) VALUES (?, ?, ?, ?)',
    );
    commands.forEach((command, position) => insert.run(id, round, position, JSON.stringify(command)));
    return round;
  }

  /** The commands a round delivered, in order. */
  delivered(id: string, round: number): DmDeliveredCommand[] {
    return (
      this.db
        .prepare('SELECT * FROM dm_session_commands WHERE session_id = ? AND round = ? ORDER BY position')
        .all(id, round) as CommandRow[]
    ).map(toDelivered);
  }

  /** Stores the n-th status against the n-th command of the round (the caller checked the counts). */
  report(id: string, round: number, statuses: readonly DmStatus[]): void {
    const at = this.now().toISOString();
    const update = this.db.prepare(
      'UPDATE dm_session_commands SET sc = ?, status = ?, reported_at = ? WHERE session_id = ? AND round = ? AND position = ?',
    );
    statuses.forEach((s, position) => update.run(s.sc, JSON.stringify(s), at, id, round, position));
  }

  end(id: string, reason: string): void {
    this.db
      .prepare(`UPDATE dm_sessions SET state = 'ended', ended_reason = ?, updated_at = ? WHERE id = ?`)
      .run(reason, this.now().toISOString(), id);
  }

  /** The device's most recent sessions, newest first, each with every command it delivered. */
  history(devId: string, limit = 10): (DmSessionRecord & { commands: DmDeliveredCommand[] })[] {
    const sessions = (
      this.db
        .prepare('SELECT * FROM dm_sessions WHERE dev_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?')
        .all(devId, limit) as SessionRow[]
    ).map(toSession);
    const commands = this.db.prepare('SELECT * FROM dm_session_commands WHERE session_id = ? ORDER BY round, position');
    return sessions.map((s) => ({ ...s, commands: (commands.all(s.id) as CommandRow[]).map(toDelivered) }));
  }
}

interface SessionRow {
  id: string;
  dev_id: string;
  started_at: string;
  updated_at: string;
  round: number;
  state: DmSessionState;
  ended_reason: string | null;
}

interface CommandRow {
  session_id: string;
  round: number;
  position: number;
  command: string;
  status: string | null;
  reported_at: string | null;
}

function toSession(r: SessionRow): DmSessionRecord {
  return {
    id: r.id,
    devId: r.dev_id,
    startedAt: r.started_at,
    updatedAt: r.updated_at,
    round: r.round,
    state: r.state,
    ...(r.ended_reason === null ? {} : { endedReason: r.ended_reason }),
  };
}

function toDelivered(r: CommandRow): DmDeliveredCommand {
  return {
    sessionId: r.session_id,
    round: r.round,
    position: r.position,
    command: JSON.parse(r.command) as string[],
    ...(r.status === null ? {} : { status: JSON.parse(r.status) as DmStatus }),
    ...(r.reported_at === null ? {} : { reportedAt: r.reported_at }),
  };
}
