/**
 * What the AOI server keeps. Narrow on purpose and promise-based so that a networked store
 * (Postgres, Redis, …) can implement it; the SQLite and in-memory stores answer synchronously
 * behind the promise. Every write has completed durably when its promise resolves.
 */

/** A registered AOI Client. `id` is the public part of its clientID (see credentials.ts). */
export interface ClientRecord {
  id: string;
  /** SHA-256 (hex) of the secret part of the clientID; the secret itself is never stored. */
  secretHash: string;
  deviceNumber: string;
  createdAt: number;
}

/** One Client Application registration: token ↔ client mapping (8.2.5). */
export interface ApplicationRecord {
  clientId: string;
  token: string;
  createdAt: number;
}

export type AddApplicationOutcome = 'added' | 'known' | 'full';

export interface AoiStore {
  addClient(client: ClientRecord): Promise<void>;
  getClient(id: string): Promise<ClientRecord | undefined>;
  /** Removes the client and all its applications; false when there was no such client. */
  removeClient(id: string): Promise<boolean>;
  /**
   * Atomically: 'known' when the client already has the token (one mapping is kept), 'full' when it has
   * `maxPerClient` applications already (nothing stored), else stores it: 'added'. Counts, never lists.
   */
  addApplication(application: ApplicationRecord, maxPerClient: number): Promise<AddApplicationOutcome>;
  /** False when the client has no application with that token. */
  removeApplication(clientId: string, token: string): Promise<boolean>;
  /** The clients a notification for `token` goes to (one for a unique token, many for a seeded one). */
  clientsForToken(token: string): Promise<string[]>;
  applicationsOf(clientId: string): Promise<ApplicationRecord[]>;
  close(): Promise<void>;
}
