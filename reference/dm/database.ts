/**
 * Opens the SQLite file the DM CLIs share with a running DM server.
 *
 * STAND-IN for reference/store `openDatabase(dataDir)` (AOI helper's branch): same argument, same
 * kind of handle. When that lands on main, cli/dm.ts calls it instead and this file goes away.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const DEFAULT_DATA_DIR = '.omaspec';
export const DATABASE_FILE = 'omaspec.sqlite';

export function openDmDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  // WAL lets the `dm queue` CLI write while a server holds the file open.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
