import { createHash } from 'node:crypto';
import { OmaspecError } from '../../core/errors.ts';
import type { SqliteDatabase } from '../store/database.ts';
import { defineStoreModule, read, write } from '../store/operations.ts';
import { storeClient, type StoreClient, type StoreExecutor } from '../store/store-worker.ts';
import { hashesMatch } from './credentials.ts';
import type { AddApplicationOutcome, AoiStore, ApplicationRecord, ClientRecord } from './store.ts';

/** The AOI module's tables in the shared database; append-only list (see applyMigrations). */
const MIGRATIONS = [
  `CREATE TABLE aoi_clients (
     id TEXT PRIMARY KEY,
     secret_hash TEXT NOT NULL,
     device_number TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE aoi_applications (
     client_id TEXT NOT NULL REFERENCES aoi_clients(id) ON DELETE CASCADE,
     token TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (client_id, token)
   );
   CREATE INDEX aoi_applications_by_token ON aoi_applications(token);`,
  // A damaged client row must not read as "some other secret" (a 401 that deregisters the device in its eyes).
  `ALTER TABLE aoi_clients ADD COLUMN checksum TEXT;`,
  // Kept by triggers, so that the limit check of a registration is one row read however many a client has.
  `ALTER TABLE aoi_clients ADD COLUMN application_count INTEGER NOT NULL DEFAULT 0;
   UPDATE aoi_clients SET application_count = (SELECT COUNT(*) FROM aoi_applications WHERE client_id = aoi_clients.id);
   CREATE TRIGGER aoi_applications_counted AFTER INSERT ON aoi_applications BEGIN
     UPDATE aoi_clients SET application_count = application_count + 1 WHERE id = NEW.client_id;
   END;
   CREATE TRIGGER aoi_applications_uncounted AFTER DELETE ON aoi_applications BEGIN
     UPDATE aoi_clients SET application_count = application_count - 1 WHERE id = OLD.client_id;
   END;`,
];

interface ClientRow {
  id: string;
  secret_hash: string;
  device_number: string;
  created_at: number;
  /** Null for rows written before the column existed. */
  checksum: string | null;
  application_count: number;
}
interface ApplicationRow {
  client_id: string;
  token: string;
  created_at: number;
}

function checksum(client: ClientRecord): string {
  const fields = [client.id, client.secretHash, client.deviceNumber, String(client.createdAt)];
  return createHash('sha256').update(fields.join('\n')).digest('hex').slice(0, 32);
}

/** A row that breaks its checksum, or is not the row asked for, is damage: report it (503, logged), never "absent". */
function clientFromRow(row: ClientRow, id: string): ClientRecord {
  const client = {
    id: row.id,
    secretHash: row.secret_hash,
    deviceNumber: row.device_number,
    createdAt: row.created_at,
  };
  if (row.id !== id || (row.checksum !== null && row.checksum !== checksum(client)))
    throw new OmaspecError('STORE_INCONSISTENT', `aoi_clients row for client ${id} fails its checksum`);
  return client;
}

/** Runs in the store worker (see reference/store/operations.ts). */
export const aoiStoreModule = defineStoreModule({
  name: 'aoi',
  url: import.meta.url,
  exportName: 'aoiStoreModule',
  migrations: MIGRATIONS,
  operations: (db: SqliteDatabase) => {
    const s = {
      insertClient: db.prepare(
        'INSERT INTO aoi_clients (id, secret_hash, device_number, created_at, checksum) VALUES (?, ?, ?, ?, ?)',
      ),
      selectClient: db.prepare('SELECT * FROM aoi_clients WHERE id = ?'),
      deleteClient: db.prepare('DELETE FROM aoi_clients WHERE id = ?'),
      hasApplication: db.prepare('SELECT 1 FROM aoi_applications WHERE client_id = ? AND token = ?').pluck(),
      insertApplication: db.prepare('INSERT INTO aoi_applications (client_id, token, created_at) VALUES (?, ?, ?)'),
      deleteApplication: db.prepare('DELETE FROM aoi_applications WHERE client_id = ? AND token = ?'),
      clientsForToken: db.prepare('SELECT client_id FROM aoi_applications WHERE token = ? ORDER BY client_id').pluck(),
      applicationsOf: db.prepare('SELECT * FROM aoi_applications WHERE client_id = ? ORDER BY created_at'),
    };
    return {
      addClient: write((c: ClientRecord): void => {
        s.insertClient.run(c.id, c.secretHash, c.deviceNumber, c.createdAt, checksum(c));
      }),
      getClient: read((id: string): ClientRecord | undefined => {
        const row = s.selectClient.get(id) as ClientRow | undefined;
        return row && clientFromRow(row, id);
      }),
      // ON DELETE CASCADE removes the applications in the same statement.
      removeClient: write((id: string): boolean => s.deleteClient.run(id).changes > 0),
      addApplication: write((a: ApplicationRecord, maxPerClient: number, secretHash: string): AddApplicationOutcome => {
        const row = s.selectClient.get(a.clientId) as ClientRow | undefined;
        if (!row || !hashesMatch(secretHash, clientFromRow(row, a.clientId).secretHash)) return 'unauthorized';
        if (s.hasApplication.get(a.clientId, a.token) !== undefined) return 'known';
        if (row.application_count >= maxPerClient) return 'full';
        s.insertApplication.run(a.clientId, a.token, a.createdAt);
        return 'added';
      }),
      removeApplication: write(
        (clientId: string, token: string): boolean => s.deleteApplication.run(clientId, token).changes > 0,
      ),
      clientsForToken: read((token: string): string[] => s.clientsForToken.all(token) as string[]),
      applicationsOf: read((clientId: string): ApplicationRecord[] =>
        (s.applicationsOf.all(clientId) as ApplicationRow[]).map((r) => ({
          clientId: r.client_id,
          token: r.token,
          createdAt: r.created_at,
        })),
      ),
    };
  },
});

/**
 * AoiStore on SQLite, run by the store worker: each method resolves once its batch has committed
 * (durable, see openDatabase). The store does not own the worker: whoever started it stops it.
 */
export class SqliteAoiStore implements AoiStore {
  private readonly ops: StoreClient<ReturnType<typeof aoiStoreModule.operations>>;

  constructor(executor: StoreExecutor) {
    this.ops = storeClient(executor, aoiStoreModule);
  }

  addClient(client: ClientRecord): Promise<void> {
    return this.ops.addClient(client);
  }
  getClient(id: string): Promise<ClientRecord | undefined> {
    return this.ops.getClient(id);
  }
  removeClient(id: string): Promise<boolean> {
    return this.ops.removeClient(id);
  }
  addApplication(
    application: ApplicationRecord,
    maxPerClient: number,
    secretHash: string,
  ): Promise<AddApplicationOutcome> {
    return this.ops.addApplication(application, maxPerClient, secretHash);
  }
  removeApplication(clientId: string, token: string): Promise<boolean> {
    return this.ops.removeApplication(clientId, token);
  }
  clientsForToken(token: string): Promise<string[]> {
    return this.ops.clientsForToken(token);
  }
  applicationsOf(clientId: string): Promise<ApplicationRecord[]> {
    return this.ops.applicationsOf(clientId);
  }
  async close(): Promise<void> {}
}
