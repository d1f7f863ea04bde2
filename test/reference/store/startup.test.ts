import { mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OmaspecError } from '../../../core/errors.ts';
import { DATABASE_FILE, openDatabase } from '../../../reference/store/database.ts';
import { runCli } from '../../cli/run.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'omaspec-startup-'));
  dirs.push(dir);
  return dir;
};

/** A database with a few pages of rows, then random-looking bytes over the middle of its second page. */
function damagedDatabase(): string {
  const dir = tempDir();
  const db = openDatabase(dir);
  db.exec('CREATE TABLE t (x TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  for (let i = 0; i < 500; i++) insert.run(`row ${i} `.repeat(10));
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close(); // checkpoints the WAL into the file
  const file = join(dir, DATABASE_FILE);
  expect(statSync(file).size).toBeGreaterThan(3 * pageSize);
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, pageSize);
  closeSync(fd);
  return dir;
}

describe('start-up integrity check', () => {
  it('refuses a damaged database with STORE_CORRUPT and the recovery steps', () => {
    const dir = damagedDatabase();
    let error: unknown;
    try {
      openDatabase(dir).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OmaspecError);
    expect(error).toMatchObject({ code: 'STORE_CORRUPT', location: { file: join(dir, DATABASE_FILE) } });
    expect((error as OmaspecError).hint).toMatch(/backup.*\.recover/);
  });

  it('makes `omaspec serve` exit 1 with that message instead of serving', async () => {
    const dir = damagedDatabase();
    const { code, stderr } = await runCli('serve', '--port', '0', '--data', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/STORE_CORRUPT: the database is damaged/);
    expect(stderr).toMatch(/hint: .*\.recover/);
  });

  it('opens a sound database', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    expect(() => openDatabase(dir).close()).not.toThrow();
  });
});

describe('an unwritable data directory', () => {
  // /sys refuses new directories to root and users alike (EPERM, EACCES, EROFS).
  it('makes `omaspec serve` say that the directory cannot be written, not ENOENT … mkdir', async () => {
    const { code, stderr } = await runCli('serve', '--port', '0', '--data', '/sys/omaspec-data');
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/sys\/omaspec-data: .*STORE_READ_ONLY: the data directory cannot be written/);
    expect(stderr).toMatch(/hint: give --data a directory/);
  });
});
