import { hashSecret, issueClientId, parseClientId, secretMatches } from './credentials.ts';
import type { AoiStore } from './store.ts';
import { SeedDerivations, tokenFromSeed, uniqueToken } from './tokens.ts';

/** The CR's result codes (CR 001 9.3.1, CR 002 10.1.1): 200 OK, 400, 401, 503. */
export type FailureCode = 400 | 401 | 503;
/** A procedure's result: `C` lists the failure codes it can give, so a handler type-checks against a CR that narrows them. */
export type Outcome<T extends object = object, C extends FailureCode = FailureCode> =
  ({ ok: true } & T) | { ok: false; code: C; desc: string };

/** The connection a request arrived on; only its identity matters to the domain. */
export interface Session {
  readonly id: string;
}

export interface AoiServiceOptions {
  /** Returned in Client Application registration responses when set (CR 000 10.1.5). */
  aoiServerUrl?: string;
  maxDeviceNumberLength?: number;
  maxTokenSeedLength?: number;
  maxApplicationsPerClient?: number;
  /**
   * Seeded tokens cost a memory-hard KDF (~32 MiB, ~100 ms each): at most this many run at once;
   * identical seeds in flight share one (see SeedDerivations).
   */
  maxConcurrentSeedDerivations?: number;
  /** Distinct seeds waiting for a derivation slot; beyond, 503 with a "retry after N s" hint. */
  maxWaitingSeedDerivations?: number;
  /** Recent seed → token results kept in memory. */
  seedTokenCacheSize?: number;
  /** The seeded-token derivation; replaceable in tests. */
  deriveToken?: (seed: string) => Promise<string>;
  /** Where store failures are reported; they reach the wire only as 503. */
  onInternalError?: (error: unknown) => void;
  now?: () => number;
}

export const DEFAULT_AOI_LIMITS = {
  maxDeviceNumberLength: 64,
  maxTokenSeedLength: 1024,
  maxApplicationsPerClient: 1000,
  maxConcurrentSeedDerivations: 16,
  maxWaitingSeedDerivations: 256,
  seedTokenCacheSize: 1024,
};

const badRequest = (detail: string): Outcome<never, 400> => ({ ok: false, code: 400, desc: `Bad Request: ${detail}` });
const UNAUTHORIZED: Outcome<never, 401> = {
  ok: false,
  code: 401,
  desc: 'Unauthorized: the AOI Client ID is not valid or not registered to this AOI Server',
};
/** Same wire code (CR 001: "not correctly registered"), but the clientID was fine: say that the token is what is wrong. */
const TOKEN_NOT_REGISTERED: Outcome<never, 401> = {
  ok: false,
  code: 401,
  desc: 'Unauthorized: the Client Application token is not registered to this AOI Client',
};
const UNAVAILABLE: Outcome<never, 503> = { ok: false, code: 503, desc: 'Service Unavailable' };
const busyDeriving = (seconds: number): Outcome<never, 503> => ({
  ok: false,
  code: 503,
  desc: `Service Unavailable: too many seeded registrations are waiting; retry after ${seconds} s`,
});

/**
 * The AOI Server procedures of CR 003 8.2.1 and CR 001 8.2.5, independent of any transport.
 *
 * Ownership: every request names a clientID, which is a bearer capability (credentials.ts). A
 * session acts for a client only after presenting its full clientID — at registration or in any
 * later request, e.g. after a reconnect — and the client is then bound to that session (the most
 * recent prover wins, so a half-dead old socket stops being the delivery route).
 */
export class AoiService {
  private readonly options: Required<Omit<AoiServiceOptions, 'aoiServerUrl'>> & { aoiServerUrl?: string };
  /** client handle → session id currently bound, and the reverse. */
  private readonly boundSession = new Map<string, string>();
  /** A session's one client as its handle, the usual case (a Set costs an idle connection its hash table); a Set beyond one. */
  private readonly sessionClients = new Map<string, string | Set<string>>();
  /** Released sessions: a request still in flight when its connection ended must not bind it again. */
  private readonly ended = new WeakSet<Session>();
  private readonly derivations: SeedDerivations;
  private readonly bindListeners = new Set<(clientHandle: string) => void>();
  /** Clients bound by requests still being handled; announced when the request is done. */
  private readonly justBound = new Set<string>();

  constructor(
    private readonly store: AoiStore,
    options: AoiServiceOptions = {},
  ) {
    this.options = {
      ...DEFAULT_AOI_LIMITS,
      onInternalError: () => {},
      now: Date.now,
      deriveToken: tokenFromSeed,
      ...options,
    };
    this.derivations = new SeedDerivations(this.options.deriveToken, {
      maxConcurrent: this.options.maxConcurrentSeedDerivations,
      maxWaiting: this.options.maxWaitingSeedDerivations,
      cacheSize: this.options.seedTokenCacheSize,
    });
  }

  registerClient(deviceNumber: string, session: Session): Promise<Outcome<{ clientID: string }>> {
    return this.guard(async () => {
      if (deviceNumber.length === 0 || deviceNumber.length > this.options.maxDeviceNumberLength) {
        return badRequest(`deviceNumber must have 1 to ${this.options.maxDeviceNumberLength} characters`);
      }
      const issued = issueClientId();
      await this.store.addClient({
        id: issued.handle,
        secretHash: issued.secretHash,
        deviceNumber,
        createdAt: this.options.now(),
      });
      this.bind(issued.handle, session);
      return { ok: true, clientID: issued.clientID };
    });
  }

  deregisterClient(clientID: string, session: Session): Promise<Outcome<object, 401 | 503>> {
    return this.guard(async () => {
      const handle = await this.authenticate(clientID, session);
      if (handle === undefined) return UNAUTHORIZED;
      await this.store.removeClient(handle);
      this.unbind(handle);
      return { ok: true };
    });
  }

  registerApplication(
    clientID: string,
    tokenSeed: string | undefined,
    session: Session,
  ): Promise<Outcome<{ clientAppToken: string; aoiServerUrl?: string }>> {
    return this.guard(async () => {
      if (tokenSeed !== undefined && (tokenSeed.length === 0 || tokenSeed.length > this.options.maxTokenSeedLength)) {
        return badRequest(`tokenSeed must have 1 to ${this.options.maxTokenSeedLength} characters`);
      }
      const parsed = parseClientId(clientID);
      if (!parsed) return UNAUTHORIZED;
      // The store checks the proof as it adds (one call), but the KDF is not spent on a request without one.
      if (tokenSeed !== undefined && (await this.authenticate(clientID, session)) === undefined) return UNAUTHORIZED;
      const derived = tokenSeed === undefined ? { token: uniqueToken() } : await this.derivations.token(tokenSeed);
      if (!('token' in derived)) return busyDeriving(derived.retryAfterSeconds);
      const clientAppToken = derived.token;
      const application = { clientId: parsed.handle, token: clientAppToken, createdAt: this.options.now() };
      const { maxApplicationsPerClient } = this.options;
      const added = await this.store.addApplication(application, maxApplicationsPerClient, hashSecret(parsed.secret));
      if (added === 'unauthorized') return UNAUTHORIZED;
      this.bind(parsed.handle, session);
      if (added === 'full') return badRequest(`a client may register at most ${maxApplicationsPerClient} applications`);
      const { aoiServerUrl } = this.options;
      return aoiServerUrl === undefined ? { ok: true, clientAppToken } : { ok: true, clientAppToken, aoiServerUrl };
    });
  }

  deregisterApplication(clientID: string, clientAppToken: string, session: Session): Promise<Outcome> {
    return this.guard(async () => {
      const handle = await this.authenticate(clientID, session);
      if (handle === undefined) return UNAUTHORIZED;
      // A token this client never registered is "not correctly registered" (401), whoever owns it.
      return (await this.store.removeApplication(handle, clientAppToken)) ? { ok: true } : TOKEN_NOT_REGISTERED;
    });
  }

  /** The aoiServerUrl returned from now on (a server knows its own URL only once it listens). */
  setAoiServerUrl(url: string): void {
    this.options.aoiServerUrl = url;
  }

  /** The session a client is bound to, e.g. to route a notification; undefined when offline. */
  sessionOf(clientHandle: string): string | undefined {
    return this.boundSession.get(clientHandle);
  }

  /**
   * Calls `listener` with each client handle newly bound to a session (registration, or any request
   * proving the clientID), once the service has finished the request that bound it — so that
   * server-initiated messages triggered by it (notification delivery) can follow its response.
   */
  onBind(listener: (clientHandle: string) => void): () => void {
    this.bindListeners.add(listener);
    return () => this.bindListeners.delete(listener);
  }

  /** Called by the transport when a connection ends. */
  release(session: Session): void {
    this.ended.add(session);
    const clients = this.sessionClients.get(session.id);
    for (const handle of typeof clients === 'string' ? [clients] : (clients ?? [])) this.boundSession.delete(handle);
    this.sessionClients.delete(session.id);
  }

  /** Verifies the capability and binds the client to the session; the handle, or undefined. */
  private async authenticate(clientID: string, session: Session): Promise<string | undefined> {
    const parsed = parseClientId(clientID);
    if (!parsed) return undefined;
    const record = await this.store.getClient(parsed.handle);
    if (!record || !secretMatches(parsed.secret, record.secretHash)) return undefined;
    this.bind(parsed.handle, session);
    return parsed.handle;
  }

  private bind(handle: string, session: Session): void {
    // Binding a dead connection would leak it and route notifications nowhere; the live binding stays.
    if (this.ended.has(session)) return;
    this.unbind(handle);
    this.boundSession.set(handle, session.id);
    const clients = this.sessionClients.get(session.id);
    if (clients === undefined) this.sessionClients.set(session.id, handle);
    else if (typeof clients !== 'string') clients.add(handle);
    else if (clients !== handle) this.sessionClients.set(session.id, new Set([clients, handle]));
    this.justBound.add(handle);
  }

  /** Forgets where the client is bound (it was deregistered, or it proved its clientID on another node since). */
  unbind(handle: string): void {
    const previous = this.boundSession.get(handle);
    if (previous === undefined) return;
    this.boundSession.delete(handle);
    const clients = this.sessionClients.get(previous);
    if (clients === handle) this.sessionClients.delete(previous);
    else if (typeof clients === 'object') clients.delete(handle);
  }

  /** Store or KDF failures become 503 (the CR's "temporarily not ready"), never an exception. */
  private async guard<T extends object, C extends FailureCode>(
    work: () => Promise<Outcome<T, C>>,
  ): Promise<Outcome<T, C | 503>> {
    try {
      return await work();
    } catch (error) {
      this.options.onInternalError(error);
      return UNAVAILABLE;
    } finally {
      const bound = [...this.justBound];
      this.justBound.clear();
      for (const handle of bound) for (const listener of this.bindListeners) listener(handle);
    }
  }
}
