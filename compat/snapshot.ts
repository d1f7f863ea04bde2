/**
 * One side of a comparison: the published schemas of a spec (index + one schema per message), read from a
 * spec/ folder, from a git revision of this repository, or built in memory from spec/ plus a CR not yet added.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { OmaspecError } from '../core/errors.ts';
import { buildSpec } from '../ingest/build.ts';
import type { SpecIndex } from '../core/spec-format.ts';

const run = promisify(execFile);

export interface SpecSnapshot {
  /** How the user named it: a revision, a folder, or "spec + CR". */
  label: string;
  index: SpecIndex;
  /** Message schemas by their path relative to spec/schemas/. */
  schemas: Map<string, Record<string, unknown>>;
}

export class SnapshotError extends OmaspecError {
  constructor(message: string) {
    super('COMPAT_SNAPSHOT', message);
  }
}

/** A folder holding `schemas/index.json` (a spec/ folder) or `index.json` (a spec/schemas folder). */
export async function snapshotFromFolder(dir: string, label = dir): Promise<SpecSnapshot> {
  const schemasDir = existsSync(path.join(dir, 'schemas', 'index.json')) ? path.join(dir, 'schemas') : dir;
  if (!existsSync(path.join(schemasDir, 'index.json')))
    throw new SnapshotError(`${dir} holds no published spec (no schemas/index.json): run omaspec spec build there`);
  return snapshotFrom(label, (rel) => readFile(path.join(schemasDir, rel), 'utf8'));
}

/** `spec/schemas` as committed at `revision` in the git repository at `repo`. */
export async function snapshotFromRevision(revision: string, repo: string, specDir = 'spec'): Promise<SpecSnapshot> {
  const prefix = path.posix.join(specDir.split(path.sep).join('/'), 'schemas');
  const show = async (rel: string) => {
    try {
      return (await run('git', ['-C', repo, 'show', `${revision}:${prefix}/${rel}`], { maxBuffer: 64 << 20 })).stdout;
    } catch (error) {
      const reason = ((error as { stderr?: string }).stderr ?? String(error)).trim().split('\n')[0];
      throw new SnapshotError(`cannot read ${prefix}/${rel} at revision '${revision}': ${reason}`);
    }
  };
  return snapshotFrom(revision, show);
}

/** The spec that adding `crFile` would build, in memory: spec/ itself is not touched. */
export async function snapshotWithCr(specDir: string, crFile: string): Promise<SpecSnapshot> {
  const build = await buildSpec(specDir, [crFile]);
  return snapshotFromBuild(`${specDir} + ${path.basename(crFile)}`, build.files);
}

/** The schemas of a spec build held in memory (`files` as buildSpec returns them, paths relative to spec/). */
export function snapshotFromBuild(label: string, files: Map<string, string>): Promise<SpecSnapshot> {
  return snapshotFrom(label, async (rel) => {
    const text = files.get(`schemas/${rel}`);
    if (text === undefined) throw new SnapshotError(`${label}: the build wrote no schemas/${rel}`);
    return text;
  });
}

async function snapshotFrom(label: string, read: (rel: string) => Promise<string>): Promise<SpecSnapshot> {
  const index = parse(await read('index.json'), `${label}: schemas/index.json`) as SpecIndex;
  if (!Array.isArray(index.messages)) throw new SnapshotError(`${label}: schemas/index.json lists no messages`);
  const schemas = new Map<string, Record<string, unknown>>();
  for (const m of index.messages)
    schemas.set(m.schema, parse(await read(m.schema), `${label}: schemas/${m.schema}`) as Record<string, unknown>);
  return { label, index, schemas };
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`${where} is not JSON: ${(error as Error).message}`);
  }
}
