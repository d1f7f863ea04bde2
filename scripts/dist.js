// The layout of the precompiled CLI, shared by scripts/build.js (which writes it) and bin/omaspec.js (which runs it
// only while it is fresh). Plain JavaScript: it must run before anything is compiled.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The directories whose modules the CLI imports at run time (test/ and bench/ run under vitest and tsx). */
export const SOURCE_DIRS = ['cli', 'compat', 'core', 'generated', 'generator', 'ingest', 'publish', 'reference'];

/** What the build wrote: when it started reading the sources, and which (relative paths). Written last. */
const MANIFEST = 'dist/sources.json';

/** `.ts` modules are compiled to `.js`; `.js` modules (the ajv standalone validators) are copied as they are. */
const isModule = (file) => (file.endsWith('.ts') && !file.endsWith('.d.ts')) || file.endsWith('.js');

/** Where the build of `root` puts a source module given relative to it. */
export const builtPath = (root, file) => path.join(root, 'dist', file.replace(/\.ts$/, '.js'));

/** Every source module in `dirs` under `root`, relative to it. */
export function sourceModules(root = ROOT, dirs = SOURCE_DIRS) {
  const found = [];
  for (const dir of dirs) {
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true });
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries)
      if (entry.isFile() && isModule(entry.name))
        found.push(path.relative(root, path.join(entry.parentPath, entry.name)));
  }
  return found;
}

export function writeManifest(root, sources, builtAt) {
  writeFileSync(path.join(root, MANIFEST), JSON.stringify({ builtAt, sources }) + '\n');
}

/**
 * True when no source module the build compiled has changed since it started (nor gone). A module added since
 * goes unnoticed until something imports it, and that importer is itself an edit. One `stat` per module; an edit
 * anywhere makes the whole build stale, as the importers of what changed may depend on it.
 */
export function buildIsFresh(root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(root, MANIFEST), 'utf8'));
  } catch {
    return false;
  }
  for (const file of manifest.sources) {
    const source = statSync(path.join(root, file), { throwIfNoEntry: false });
    if (!source || source.mtimeMs > manifest.builtAt) return false;
  }
  return true;
}
