import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OmaspecError } from '../../core/errors.ts';

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
 */
export class ServerAppKeys {
  private readonly digests: { name: string; digest: Buffer }[];

  constructor(keys: ReadonlyMap<string, string> = new Map()) {
    this.digests = [...keys].map(([name, key]) => ({ name, digest: sha256(key) }));
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
}

/** Parses `NAME=KEY` (the `--server-app-key` option and each line of a keys file). */
export function parseKeyAssignment(text: string, location: string): [string, string] {
  const match = /^([A-Za-z0-9._-]{1,64})=(\S+)$/.exec(text.trim());
  if (!match)
    throw new KeyConfigError(`expected NAME=KEY (NAME: letters, digits, . _ -), got '${text.trim()}'`, location);
  const [, name, key] = match as unknown as [string, string, string];
  if (key.length < MIN_KEY_LENGTH)
    throw new KeyConfigError(`the key of '${name}' is shorter than ${MIN_KEY_LENGTH} characters`, location);
  return [name, key];
}

/** A keys file: one `NAME=KEY` per line; blank lines and lines starting with # are ignored. */
export function readKeysFile(path: string): [string, string][] {
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
export function keyMap(assignments: [string, string][], location: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, key] of assignments) {
    if (keys.has(name)) throw new KeyConfigError(`Server Application '${name}' is given more than one key`, location);
    keys.set(name, key);
  }
  return keys;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
