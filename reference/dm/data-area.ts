/**
 * The server's per-device data area, `/dm/data/{devId}/{path}`: the HTTP resources DM 2.0's HGET,
 * HPUT and HPOST name as ServerURIs. The operator writes what a device should fetch (HGET), the
 * device writes what it sends (HPUT, HPOST); each resource is one body with its media type.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { OmaspecError } from '../../core/errors.ts';
import { applyMigrations } from '../store/database.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE dm_data (
     dev_id TEXT NOT NULL,
     path TEXT NOT NULL,
     media_type TEXT NOT NULL,
     body BLOB NOT NULL,
     etag TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     updated_by TEXT NOT NULL,
     PRIMARY KEY (dev_id, path)
   );`,
];

export interface DmDataResource {
  path: string;
  mediaType: string;
  body: Buffer;
  etag: string;
  updatedAt: string;
  /** 'device' (HPUT/HPOST) or 'operator'. */
  updatedBy: string;
}

export class DmDataAreaFullError extends OmaspecError {
  constructor(message: string) {
    super('DM_DATA_AREA_FULL', message);
  }
}

export class DmDataArea {
  constructor(
    private readonly db: Database.Database,
    /** Most resources one device's area may hold. */
    readonly maxResourcesPerDevice = 1000,
    private readonly now: () => Date = () => new Date(),
  ) {
    applyMigrations(db, 'dm-data', MIGRATIONS);
  }

  put(devId: string, path: string, body: Buffer, mediaType: string, updatedBy: string): DmDataResource {
    const resource = {
      path,
      mediaType,
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      updatedAt: this.now().toISOString(),
      updatedBy,
    };
    return this.db.transaction(() => {
      const count = (
        this.db.prepare('SELECT count(*) AS n FROM dm_data WHERE dev_id = ? AND path <> ?').get(devId, path) as {
          n: number;
        }
      ).n;
      if (count >= this.maxResourcesPerDevice)
        throw new DmDataAreaFullError(`the data area of '${devId}' already holds ${count} resources (the limit)`);
      this.db
        .prepare(
          `INSERT INTO dm_data (dev_id, path, media_type, body, etag, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (dev_id, path) DO UPDATE SET media_type = excluded.media_type, body = excluded.body,
             etag = excluded.etag, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        )
        .run(devId, path, mediaType, body, resource.etag, resource.updatedAt, updatedBy);
      return resource;
    })();
  }

  get(devId: string, path: string): DmDataResource | undefined {
    const row = this.db.prepare('SELECT * FROM dm_data WHERE dev_id = ? AND path = ?').get(devId, path) as
      DataRow | undefined;
    return row && toResource(row);
  }

  list(devId: string): DmDataResource[] {
    return (this.db.prepare('SELECT * FROM dm_data WHERE dev_id = ? ORDER BY path').all(devId) as DataRow[]).map(
      toResource,
    );
  }
}

interface DataRow {
  path: string;
  media_type: string;
  body: Buffer;
  etag: string;
  updated_at: string;
  updated_by: string;
}

function toResource(r: DataRow): DmDataResource {
  return {
    path: r.path,
    mediaType: r.media_type,
    body: r.body,
    etag: r.etag,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
