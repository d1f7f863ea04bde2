import { hashesMatch } from './credentials.ts';
import type { AddApplicationOutcome, AoiStore, ApplicationRecord, ClientRecord } from './store.ts';

/** Volatile store for tests and `omaspec serve --store memory`. */
export class MemoryAoiStore implements AoiStore {
  private readonly clients = new Map<string, ClientRecord>();
  /** clientId → token → record */
  private readonly applications = new Map<string, Map<string, ApplicationRecord>>();

  async addClient(client: ClientRecord): Promise<void> {
    if (this.clients.has(client.id)) throw new Error(`duplicate client id ${client.id}`);
    this.clients.set(client.id, { ...client });
  }

  async getClient(id: string): Promise<ClientRecord | undefined> {
    const client = this.clients.get(id);
    return client && { ...client };
  }

  async removeClient(id: string): Promise<boolean> {
    this.applications.delete(id);
    return this.clients.delete(id);
  }

  async addApplication(
    application: ApplicationRecord,
    maxPerClient: number,
    secretHash: string,
  ): Promise<AddApplicationOutcome> {
    const client = this.clients.get(application.clientId);
    if (!client || !hashesMatch(secretHash, client.secretHash)) return 'unauthorized';
    let byToken = this.applications.get(application.clientId);
    if (!byToken) this.applications.set(application.clientId, (byToken = new Map()));
    if (byToken.has(application.token)) return 'known';
    if (byToken.size >= maxPerClient) return 'full';
    byToken.set(application.token, { ...application });
    return 'added';
  }

  async removeApplication(clientId: string, token: string): Promise<boolean> {
    return this.applications.get(clientId)?.delete(token) ?? false;
  }

  async clientsForToken(token: string): Promise<string[]> {
    return [...this.applications].filter(([, byToken]) => byToken.has(token)).map(([id]) => id);
  }

  async applicationsOf(clientId: string): Promise<ApplicationRecord[]> {
    return [...(this.applications.get(clientId)?.values() ?? [])].map((a) => ({ ...a }));
  }

  async close(): Promise<void> {}
}
