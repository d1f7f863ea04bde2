// Apart from database.ts so that code answering errors (the DM HTTP binding) can ask without loading better-sqlite3.
/** SQLite gave up waiting for another connection's lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isLockError(code: unknown): boolean {
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
