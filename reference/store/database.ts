import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { OmaspecError } from '../../core/errors.ts';

/** One SQLite file per data directory; every module of the reference server keeps its tables here. */
export const DATABASE_FILE = 'omaspec.db';

export type SqliteDatabase = Database.Database;

/**
 * How long the main thread's handle waits for another connection's lock while the server starts (migrations, the
 * integrity check): nothing is answered yet, so waiting stalls no one. Afterwards every statement runs in the store worker.
 */
const START_LOCK_WAIT_MS = 5000;

/** File system and SQLite codes that mean "this place cannot be written". */
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * Opens (creating if needed) `<dataDir>/omaspec.db`, checks that it is sound (`PRAGMA quick_check`) and
 * refuses a damaged one with STORE_CORRUPT and the recovery steps, an unwritable place with STORE_READ_ONLY.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  const file = join(dataDir, DATABASE_FILE);
  let db: SqliteDatabase | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    configureConnection(db, START_LOCK_WAIT_MS);
    checkIntegrity(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw storeError(error, dataDir, file);
  }
}

/**
 * The pragmas every connection to the file uses (the main thread's and the store worker's).
 *
 * Durability: WAL journal with synchronous=FULL. In WAL mode a commit is appended to the log;
 * with NORMAL the log is not fsync'ed per commit, which already survives a kill -9 of the process
 * (the bytes are in the OS page cache) but may lose the last commits on power loss or an OS crash.
 * We pay one fsync per commit (FULL) to make "a 200 was sent" mean "it is on disk" in every failure
 * mode; the store worker groups the writes of a moment into one commit so that fsync is shared.
 */
export function configureConnection(db: SqliteDatabase, lockWaitMs: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(lockWaitMs))}`);
}

/** quick_check reads every page once (no index-to-table cross check): O(size), done once at start. */
function checkIntegrity(db: SqliteDatabase, file: string): void {
  const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0) throw corrupt(file, problems.join('; '));
}

function corrupt(file: string, detail: string): OmaspecError {
  return new OmaspecError('STORE_CORRUPT', `the database is damaged (${detail}); refusing to serve it`, {
    location: { file },
    hint:
      `stop every process using it and keep a copy of ${file} (with its -wal file); then restore the latest backup, ` +
      `or salvage what is readable with \`sqlite3 ${file} .recover | sqlite3 recovered.db\` and move recovered.db ` +
      `into its place; start again with an empty data directory only if neither is possible`,
  });
}

function storeError(error: unknown, dataDir: string, file: string): unknown {
  if (error instanceof OmaspecError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (CORRUPT_CODES.has(code)) return corrupt(file, (error as Error).message);
  if (!READ_ONLY_CODES.has(code)) return error;
  return new OmaspecError('STORE_READ_ONLY', `the data directory cannot be written (${code})`, {
    location: { file: dataDir },
    hint: 'give --data a directory this user may write to (on a writable file system), or use --store memory',
    cause: error,
  });
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
