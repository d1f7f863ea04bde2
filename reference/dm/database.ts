/**
 * Opens the SQLite file the DM CLIs share with a running server.
 *
 * STAND-IN for reference/store `openDatabase(dataDir)` (AOI helper's branch, not on main yet):
 * same file (`<dataDir>/omaspec.db`), same pragmas, same default directory as `omaspec serve`,
 * so that `omaspec dm queue --data ./data` writes where the reference server reads. When that
 * module lands on main, the CLIs call it instead and this file goes away.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const DEFAULT_DATA_DIR = './data';
export const DATABASE_FILE = 'omaspec.db';

export function openDmDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  // WAL lets `dm queue` write while a server holds the file open; FULL makes a commit durable.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
