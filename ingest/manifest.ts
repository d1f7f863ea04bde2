/** The ordered manifest of CRs that make up the spec, and the interface map the normaliser uses. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OmaspecError, parseJsonText } from '../core/errors.ts';
import type { InterfaceMeta, MessageDirection, MessageKind } from '../core/spec-format.ts';

export interface InterfaceConfig extends InterfaceMeta {
  /** Message names derived from section titles, e.g. {"title": "Package#(\\d+)", "name": "dmPackage$1"}. */
  names?: { title: string; name: string }[];
  /**
   * Roles the text cannot state, per message name. `response` names a request's answer when that
   * answer is already another request's `responseTo` (DM Package#2 answers Package#1 and Package#3).
   */
  roles?: Record<string, { kind: MessageKind; direction: MessageDirection; responseTo?: string; response?: string }>;
}

export interface Manifest {
  /** CR files relative to the spec directory, in the order they apply. */
  crs: string[];
  /** Project-defined provisional extensions (spec/extensions/*.yaml), relative to the spec directory. */
  extensions?: string[];
  interfaces: InterfaceConfig[];
}

export class ManifestError extends OmaspecError {
  constructor(
    message: string,
    readonly file: string,
    details: { line?: number; col?: number; missing?: boolean; cause?: unknown } = {},
  ) {
    const { line, col, missing, cause } = details;
    super(missing ? 'INGEST_MANIFEST_MISSING' : 'INGEST_MANIFEST', message, {
      location: { file, line, col },
      hint: missing ? 'pass the spec directory with --spec, or create manifest.json (see README)' : undefined,
      cause,
    });
  }
}

export const MANIFEST_FILE = 'manifest.json';

export async function readManifest(specDir: string): Promise<Manifest> {
  const file = path.join(specDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ManifestError(missing ? 'no manifest here' : (error as Error).message, file, { missing, cause: error });
  }
  let data: unknown;
  try {
    data = parseJsonText(text, file);
  } catch (error) {
    const { message, location } = error as OmaspecError;
    throw new ManifestError(message, file, { ...location, cause: error });
  }
  const manifest = data as Manifest;
  if (!Array.isArray(manifest?.crs) || !manifest.crs.every((c) => typeof c === 'string'))
    throw new ManifestError('"crs" must be a list of file names', file);
  if (!Array.isArray(manifest.interfaces)) throw new ManifestError('"interfaces" must be a list', file);
  const bad = manifest.interfaces.findIndex(
    (i) => typeof i?.id !== 'string' || !Array.isArray(i.sections) || !i.sections.every((s) => typeof s === 'string'),
  );
  if (bad >= 0) throw new ManifestError(`interface ${bad + 1} needs an "id" and a list of "sections"`, file);
  if (
    manifest.extensions !== undefined &&
    (!Array.isArray(manifest.extensions) || !manifest.extensions.every((e) => typeof e === 'string'))
  )
    throw new ManifestError('"extensions" must be a list of file names', file);
  return manifest;
}

/** The interface a section belongs to: the one with the longest matching section prefix. */
export function interfaceOf(manifest: Manifest, section: string): InterfaceConfig | undefined {
  let best: { config: InterfaceConfig; length: number } | undefined;
  for (const config of manifest.interfaces) {
    for (const prefix of config.sections) {
      if ((section === prefix || section.startsWith(`${prefix}.`)) && (!best || prefix.length > best.length))
        best = { config, length: prefix.length };
    }
  }
  return best?.config;
}

/**
 * interfaceOf, and for a section no prefix maps: the interface of its mapped siblings (7.6 beside 7.2 and
 * 7.3), named in `joined` so the caller can say so.
 */
export function resolveInterface(
  manifest: Manifest,
  section: string,
): { config: InterfaceConfig; joined?: string } | undefined {
  const config = interfaceOf(manifest, section);
  if (config) return { config };
  const parent = section.split('.').slice(0, -1).join('.');
  if (!parent) return undefined;
  const depth = section.split('.').length;
  const siblings = manifest.interfaces.filter((i) =>
    i.sections.some((s) => s.split('.').length === depth && s.startsWith(`${parent}.`)),
  );
  if (siblings.length !== 1) return undefined;
  const sibling = siblings[0]!;
  return {
    config: sibling,
    joined: `a sibling of ${sibling.sections.filter((s) => s.startsWith(`${parent}.`)).join(', ')}`,
  };
}
