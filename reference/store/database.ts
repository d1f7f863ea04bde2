import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** One SQLite file per data directory; every module of the reference server keeps its tables here. */
export const DATABASE_FILE = 'omaspec.db';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) `<dataDir>/omaspec.db`.
 *
 * Durability: WAL journal with synchronous=FULL. In WAL mode a commit is appended to the log;
 * with NORMAL the log is not fsync'ed per commit, which already survives a kill -9 of the process
 * (the bytes are in the OS page cache) but may lose the last commits on power loss or an OS crash.
 * Registrations are rare and each is acknowledged to a device that will not repeat it, so we pay
 * one fsync per commit (FULL) to make "a 200 was sent" mean "it is on disk" in every failure mode.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Several modules (AOI, DM) may share the file from one process; wait briefly instead of failing.
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Applies the not-yet-applied migrations of one module, in order, each in its own transaction.
 * `migrations[i]` is the SQL that brings the module from version i to version i+1; never edit a
 * published entry, append a new one. Each module owns its tables and its own version counter.
 */
export function applyMigrations(db: SqliteDatabase, module: string, migrations: readonly string[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_versions WHERE module = ?').get(module) as
    { version: number } | undefined;
  const setVersion = db.prepare(
    'INSERT INTO schema_versions (module, version) VALUES (?, ?) ' +
      'ON CONFLICT(module) DO UPDATE SET version = excluded.version',
  );
  for (let version = row?.version ?? 0; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      setVersion.run(module, version + 1);
    })();
  }
}
