import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OmaspecError } from '../../core/errors.ts';
import { tokenFromSeed } from '../aoi/tokens.ts';

/** Shortest accepted Server Application key: a bearer secret must not be guessable. */
export const MIN_KEY_LENGTH = 16;

export class KeyConfigError extends OmaspecError {
  constructor(
    message: string,
    /** Where: `--server-app-key` or `FILE:LINE`; the CLI re-raises it as a usage error, so it stays in the message. */
    readonly where: string,
  ) {
    super('NOTIFY_KEYS', `${where}: ${message}`);
  }
}

/**
 * The Server Applications allowed to submit notifications, each with its bearer key. Only SHA-256
 * digests are kept and compared in constant time; the name identifies the submitter (rate limit,
 * idempotency keys). With no keys every submission is refused: nothing is open by default.
 *
 * Scopes bind keys to applications, as VAPID (RFC 8292) binds a push subscription to one application
 * server key: a key scoped to token seeds serves only the tokens derived from them, and a token derived
 * from a seed in any scope accepts only the keys scoped to that seed. An unscoped key serves every other
 * token (the single-tenant set-up: one key, no scopes).
 */
export class ServerAppKeys {
  private readonly digests: { name: string; digest: Buffer }[];
  private readonly scoped: ReadonlySet<string>;
  /** Token → the names whose scope holds its seed; derived once (scrypt), in the background. */
  private readonly claims: Promise<Map<string, Set<string>>>;

  constructor(
    keys: ReadonlyMap<string, string> = new Map(),
    scopes: ReadonlyMap<string, readonly string[]> = new Map(),
    deriveToken: (seed: string) => Promise<string> = tokenFromSeed,
  ) {
    this.digests = [...keys].map(([name, key]) => ({ name, digest: sha256(key) }));
    for (const name of scopes.keys())
      if (!keys.has(name)) throw new KeyConfigError(`the scope of '${name}' names no Server Application key`, 'scopes');
    this.scoped = new Set([...scopes].filter(([, seeds]) => seeds.length > 0).map(([name]) => name));
    this.claims = claimsOf(scopes, deriveToken);
    // Awaited by every scope check; until then a failure must not be an unhandled rejection.
    this.claims.catch(() => {});
  }

  get size(): number {
    return this.digests.length;
  }

  /** The submitter's name for an `Authorization: Bearer <key>` header, else undefined. */
  authenticate(authorization: string | undefined): string | undefined {
    const key = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (key === undefined) return undefined;
    const digest = sha256(key);
    // Compare with every entry so that the time taken does not tell which (if any) matched.
    let name: string | undefined;
    for (const entry of this.digests) if (timingSafeEqual(entry.digest, digest)) name ??= entry.name;
    return name;
  }

  /** Whether the (authenticated) Server Application `name` may submit to `clientAppToken`. */
  async serves(name: string, clientAppToken: string): Promise<boolean> {
    const owners = (await this.claims).get(clientAppToken);
    return owners ? owners.has(name) : !this.scoped.has(name);
  }
}

/** One derivation at a time: each costs ~32 MiB. */
async function claimsOf(
  scopes: ReadonlyMap<string, readonly string[]>,
  deriveToken: (seed: string) => Promise<string>,
): Promise<Map<string, Set<string>>> {
  const claims = new Map<string, Set<string>>();
  for (const [name, seeds] of scopes)
    for (const seed of seeds) {
      const token = await deriveToken(seed);
      let owners = claims.get(token);
      if (!owners) claims.set(token, (owners = new Set()));
      owners.add(name);
    }
  return claims;
}

/** One line of keys configuration: `NAME=KEY`, then any number of `seed=SEED` (percent-encoded). */
export interface KeyAssignment {
  name: string;
  key: string;
  seeds: string[];
}

/** Parses `NAME=KEY [seed=SEED …]` (the `--server-app-key` option and each line of a keys file). */
export function parseKeyAssignment(text: string, location: string): KeyAssignment {
  const [assignment = '', ...scope] = text.trim().split(/\s+/);
  const match = /^([A-Za-z0-9._-]{1,64})=(\S+)$/.exec(assignment);
  if (!match)
    throw new KeyConfigError(`expected NAME=KEY (NAME: letters, digits, . _ -), got '${text.trim()}'`, location);
  const [, name, key] = match as unknown as [string, string, string];
  if (key.length < MIN_KEY_LENGTH)
    throw new KeyConfigError(`the key of '${name}' is shorter than ${MIN_KEY_LENGTH} characters`, location);
  const seeds = scope.map((word) => {
    const seed = /^seed=(.+)$/.exec(word)?.[1];
    if (seed === undefined)
      throw new KeyConfigError(`expected seed=SEED after the key of '${name}', got '${word}'`, location);
    try {
      return decodeURIComponent(seed);
    } catch {
      throw new KeyConfigError(`'${word}' is not percent-encoded correctly`, location);
    }
  });
  return { name, key, seeds };
}

/** A keys file: one assignment per line; blank lines and lines starting with # are ignored. */
export function readKeysFile(path: string): KeyAssignment[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KeyConfigError(`cannot read: ${(error as Error).message}`, path);
  }
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), location: `${path}:${index + 1}` }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, location }) => parseKeyAssignment(line, location));
}

/** Merges assignments; a name given twice is a configuration error (which key was meant?). */
export function keyMap(
  assignments: KeyAssignment[],
  location: string,
): { keys: Map<string, string>; scopes: Map<string, string[]> } {
  const keys = new Map<string, string>();
  const scopes = new Map<string, string[]>();
  for (const { name, key, seeds } of assignments) {
    if (keys.has(name)) throw new KeyConfigError(`Server Application '${name}' is given more than one key`, location);
    keys.set(name, key);
    if (seeds.length > 0) scopes.set(name, seeds);
  }
  return { keys, scopes };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
