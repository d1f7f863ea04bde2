import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, openDatabase } from '../../../reference/store/database.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-db-'));
  dirs.push(dir);
  return dir;
};

describe('openDatabase', () => {
  it('creates <data>/omaspec.db in WAL mode with synchronous FULL, creating the directory', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    expect(db.name).toBe(join(dir, 'omaspec.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('applyMigrations', () => {
  it('applies only the steps a module has not applied yet, each module on its own counter', () => {
    const dir = tempDir();
    let db = openDatabase(dir);
    applyMigrations(db, 'a', ['CREATE TABLE a1 (x)']);
    applyMigrations(db, 'b', ['CREATE TABLE b1 (x)']);
    db.close();
    db = openDatabase(dir);
    // Re-running step 1 would fail with "table a1 already exists".
    applyMigrations(db, 'a', ['CREATE TABLE a1 (x)', 'CREATE TABLE a2 (x)']);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(['a1', 'a2', 'b1', 'schema_versions']);
    expect(db.prepare('SELECT module, version FROM schema_versions ORDER BY module').all()).toEqual([
      { module: 'a', version: 2 },
      { module: 'b', version: 1 },
    ]);
    db.close();
  });

  it('leaves the version unchanged when a step fails', () => {
    const db = openDatabase(tempDir());
    expect(() => applyMigrations(db, 'a', ['CREATE TABLE t (x)', 'NOT SQL'])).toThrow();
    expect(db.prepare('SELECT version FROM schema_versions').get()).toEqual({ version: 1 });
    db.close();
  });
});
