import { applyMigrations, type SqliteDatabase } from '../store/database.ts';
import type { AoiStore, ApplicationRecord, ClientRecord } from './store.ts';

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
];

interface ClientRow {
  id: string;
  secret_hash: string;
  device_number: string;
  created_at: number;
}
interface ApplicationRow {
  client_id: string;
  token: string;
  created_at: number;
}

/**
 * AoiStore on the shared better-sqlite3 handle. Each method is one autocommit statement (or one
 * transaction), so it is durable when it returns (see openDatabase for the pragmas).
 * The store does not own the handle: whoever opened the database closes it.
 */
export class SqliteAoiStore implements AoiStore {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    applyMigrations(db, 'aoi', MIGRATIONS);
    this.statements = {
      insertClient: db.prepare(
        'INSERT INTO aoi_clients (id, secret_hash, device_number, created_at) VALUES (?, ?, ?, ?)',
      ),
      selectClient: db.prepare('SELECT * FROM aoi_clients WHERE id = ?'),
      deleteClient: db.prepare('DELETE FROM aoi_clients WHERE id = ?'),
      insertApplication: db.prepare(
        'INSERT OR IGNORE INTO aoi_applications (client_id, token, created_at) VALUES (?, ?, ?)',
      ),
      deleteApplication: db.prepare('DELETE FROM aoi_applications WHERE client_id = ? AND token = ?'),
      clientsForToken: db.prepare('SELECT client_id FROM aoi_applications WHERE token = ? ORDER BY client_id'),
      applicationsOf: db.prepare('SELECT * FROM aoi_applications WHERE client_id = ? ORDER BY created_at'),
    };
  }

  async addClient(client: ClientRecord): Promise<void> {
    this.statements.insertClient.run(client.id, client.secretHash, client.deviceNumber, client.createdAt);
  }

  async getClient(id: string): Promise<ClientRecord | undefined> {
    const row = this.statements.selectClient.get(id) as ClientRow | undefined;
    return (
      row && { id: row.id, secretHash: row.secret_hash, deviceNumber: row.device_number, createdAt: row.created_at }
    );
  }

  async removeClient(id: string): Promise<boolean> {
    // ON DELETE CASCADE removes the applications in the same statement.
    return this.statements.deleteClient.run(id).changes > 0;
  }

  async addApplication(application: ApplicationRecord): Promise<void> {
    this.statements.insertApplication.run(application.clientId, application.token, application.createdAt);
  }

  async removeApplication(clientId: string, token: string): Promise<boolean> {
    return this.statements.deleteApplication.run(clientId, token).changes > 0;
  }

  async clientsForToken(token: string): Promise<string[]> {
    return (this.statements.clientsForToken.all(token) as { client_id: string }[]).map((r) => r.client_id);
  }

  async applicationsOf(clientId: string): Promise<ApplicationRecord[]> {
    return (this.statements.applicationsOf.all(clientId) as ApplicationRow[]).map((r) => ({
      clientId: r.client_id,
      token: r.token,
      createdAt: r.created_at,
    }));
  }

  async close(): Promise<void> {}
}
