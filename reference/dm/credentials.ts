/**
 * Per-device DM credentials (issue 14): the operator provisions one per device
 * (`omaspec dm device add`), the device presents it as `Authorization: Bearer <credential>` on
 * every package and data request. Only a SHA-256 digest is kept: a credential is 256 random bits,
 * so a slow password hash would add nothing but cost.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { applyMigrations } from '../store/database.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE dm_device_credentials (
     dev_id TEXT PRIMARY KEY,
     digest BLOB NOT NULL,
     issued_at TEXT NOT NULL
   );`,
];

export class DmCredentials {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    applyMigrations(db, 'dm-credentials', MIGRATIONS);
  }

  /** A new credential for the device, replacing any previous one; returned once, never stored in clear. */
  issue(devId: string): string {
    const credential = randomBytes(32).toString('base64url');
    this.db
      .prepare(
        `INSERT INTO dm_device_credentials (dev_id, digest, issued_at) VALUES (?, ?, ?)
         ON CONFLICT (dev_id) DO UPDATE SET digest = excluded.digest, issued_at = excluded.issued_at`,
      )
      .run(devId, sha256(credential), this.now().toISOString());
    return credential;
  }

  /** True when `authorization` is `Bearer <the device's credential>`. */
  verify(devId: string, authorization: string | undefined): boolean {
    const row = this.db.prepare('SELECT digest FROM dm_device_credentials WHERE dev_id = ?').get(devId) as
      { digest: Buffer } | undefined;
    // Compare even when there is nothing to compare with, so the answer time does not tell whether the device exists.
    return bearerMatches(authorization, row?.digest) && row !== undefined;
  }

  issuedAt(devId: string): string | undefined {
    const row = this.db.prepare('SELECT issued_at FROM dm_device_credentials WHERE dev_id = ?').get(devId) as
      { issued_at: string } | undefined;
    return row?.issued_at;
  }
}

/** True when `authorization` is `Bearer <secret>` and the secret's SHA-256 is `digest`, compared in constant time. */
export function bearerMatches(authorization: string | undefined, digest: Buffer | undefined): boolean {
  const presented = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const equal = timingSafeEqual(sha256(presented ?? ''), digest ?? NO_DIGEST);
  return presented !== undefined && digest !== undefined && equal;
}

const NO_DIGEST = Buffer.alloc(32);

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
