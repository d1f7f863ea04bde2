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

export type AddApplicationOutcome = 'added' | 'known' | 'full' | 'unauthorized';

export interface AoiStore {
  addClient(client: ClientRecord): Promise<void>;
  getClient(id: string): Promise<ClientRecord | undefined>;
  /** Removes the client and all its applications; false when there was no such client. */
  removeClient(id: string): Promise<boolean>;
  /**
   * Atomically: 'unauthorized' when no client has this id and `secretHash` (the hash of the secret presented,
   * see credentials.ts: the proof is checked in the same step, so an unseeded registration is one store call);
   * 'known' when the client already has the token (one mapping is kept), 'full' when it has `maxPerClient`
   * applications already; nothing is stored in these three cases; else stores it: 'added'. Counts, never lists.
   */
  addApplication(
    application: ApplicationRecord,
    maxPerClient: number,
    secretHash: string,
  ): Promise<AddApplicationOutcome>;
  /** False when the client has no application with that token. */
  removeApplication(clientId: string, token: string): Promise<boolean>;
  /** The clients a notification for `token` goes to (one for a unique token, many for a seeded one). */
  clientsForToken(token: string): Promise<string[]>;
  applicationsOf(clientId: string): Promise<ApplicationRecord[]>;
  close(): Promise<void>;
}
