/**
 * Where each interface's hand-written implementation lives: the `generator.implementations` section of
 * omaspec.config.json, the project's configuration beside spec/ (spec/ itself holds only the spec's data).
 *
 *   { "generator": { "implementations": { "aoi1": "aoi/handlers.ts" } } }
 *
 * Paths are relative to the reference directory (`omaspec generate --reference`, default reference/), so a
 * copy of the tree, or another implementation directory, keeps its own layout. An interface without an entry
 * gets its stubs at the default `<interface>/handlers.ts` (names.ts `defaultImplementationFile`), and a note
 * says so.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OmaspecError } from '../core/errors.ts';
import { isRecord } from '../core/guards.ts';

export const CONFIG_FILE = 'omaspec.config.json';

export interface StubLayout {
  /** The configuration file (beside the spec directory), whether or not it exists: named in notes. */
  configFile: string;
  /** Interface id → implementation file, relative to the reference directory. */
  implementations: ReadonlyMap<string, string>;
}

export class StubLayoutError extends OmaspecError {
  constructor(
    message: string,
    readonly file: string,
    /** JSON pointer of the offending value inside the file. */
    readonly pointer: string,
  ) {
    super('GEN_STUB_CONFIG', `${file}${pointer ? `#${pointer}` : ''}: ${message}`, { location: { file } });
  }
}

/** The layout of the project whose spec directory is `specDir`; no configuration file means every default. */
export async function readStubLayout(specDir: string): Promise<StubLayout> {
  const configFile = path.join(path.dirname(path.normalize(specDir)), CONFIG_FILE);
  const text = await readFile(configFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new StubLayoutError(`cannot be read (${error.message})`, configFile, '');
  });
  if (text === undefined) return { configFile, implementations: new Map() };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new StubLayoutError(`not JSON (${(error as Error).message})`, configFile, '');
  }
  return { configFile, implementations: implementationsOf(config, configFile) };
}

function implementationsOf(config: unknown, file: string): Map<string, string> {
  if (!isRecord(config)) throw new StubLayoutError('must be an object', file, '');
  const generator = config.generator ?? {};
  if (!isRecord(generator)) throw new StubLayoutError('must be an object', file, '/generator');
  const entries = generator.implementations ?? {};
  if (!isRecord(entries)) throw new StubLayoutError('must be an object', file, '/generator/implementations');
  const implementations = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const [iface, value] of Object.entries(entries)) {
    const pointer = `/generator/implementations/${iface}`;
    if (typeof value !== 'string' || !value.endsWith('.ts') || path.isAbsolute(value))
      throw new StubLayoutError('must be a relative path to a .ts file', file, pointer);
    const normalised = path.posix.normalize(value.split(path.sep).join('/'));
    const owner = owners.get(normalised);
    // Two interfaces' stubs in one file would overwrite each other on creation.
    if (owner !== undefined) throw new StubLayoutError(`${normalised} is already ${owner}'s`, file, pointer);
    owners.set(normalised, iface);
    implementations.set(iface, normalised);
  }
  return implementations;
}
