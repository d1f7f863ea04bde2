/**
 * The round trip of `cr draft`: a spec folder standing for the previous spec, the draft of a CR from it to the
 * current schemas, the draft added to a copy of the previous spec and built in memory, and what differs from the
 * current schemas once sources (which name the drafted CR) are set aside.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { draftCr } from '../../../compat/draft/index.ts';
import { differences as jsonDifferences } from '../../../compat/draft/verify.ts';
import { snapshotFromBuild, type SpecSnapshot } from '../../../compat/snapshot.ts';
import { buildSpec } from '../../../ingest/build.ts';
import { REPO_ROOT } from '../../ingest/fixtures.ts';

/** A copy of `specDir` whose manifest keeps its first `count` CRs, without decisions (they name every CR's messages). */
export function specPrefix(specDir: string, count: number, into = mkdtempSync(path.join(tmpdir(), 'omaspec-draft-'))) {
  cpSync(specDir, into, {
    recursive: true,
    filter: (p) => !p.includes(`${path.sep}schemas`) && !p.includes('examples'),
  });
  const manifest = JSON.parse(readFileSync(path.join(specDir, 'manifest.json'), 'utf8'));
  writeFileSync(path.join(into, 'manifest.json'), JSON.stringify({ ...manifest, crs: manifest.crs.slice(0, count) }));
  writeFileSync(path.join(into, 'decisions.yaml'), 'decisions: []\n');
  return into;
}

export async function built(specDir: string, label: string): Promise<SpecSnapshot> {
  return snapshotFromBuild(label, (await buildSpec(specDir)).files);
}

const IGNORED = new Set(['x-omaspec-source', 'source']);

/** A schema or index entry without the keys that name the CR stating it. */
export function unsourced(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unsourced);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !IGNORED.has(k))
      .map(([k, v]) => [k, unsourced(v)]),
  );
}

export interface RoundTrip {
  draft: ReturnType<typeof draftCr>;
  /** Message schemas (by path) and index entries that the previous spec plus the draft builds otherwise. */
  differences: { what: string; at: string; expected: unknown; got: unknown }[];
  /** What the reader reported on the drafted CR's lines: a draft in the house style reads cleanly. */
  readerFindings: string[];
}

/** Drafts previous → current, adds the draft to `previousDir` (in memory) and compares with `current`. */
export async function roundTrip(
  previousDir: string,
  previous: SpecSnapshot,
  current: SpecSnapshot,
): Promise<RoundTrip> {
  const { interfaces } = JSON.parse(readFileSync(path.join(previousDir, 'manifest.json'), 'utf8'));
  const draft = draftCr(previous, current, { interfaces });
  const scratch = mkdtempSync(path.join(tmpdir(), 'omaspec-cr-'));
  const file = path.join(scratch, 'drafted.txt');
  writeFileSync(file, draft.text);
  const build = await buildSpec(previousDir, [file]).finally(() => rmSync(scratch, { recursive: true, force: true }));
  const rebuilt = await snapshotFromBuild('previous + draft', build.files);
  const readerFindings = build.findings
    .filter((f) => f.loc.file === path.basename(file))
    .map((f) => `${f.severity} ${f.rule} line ${f.loc.line}: ${f.message}`);
  const differences: RoundTrip['differences'] = [];
  const entries = (s: SpecSnapshot) => new Map(s.index.messages.map((m) => [m.schema, m]));
  const [want, got] = [entries(current), entries(rebuilt)];
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const pairs: [string, unknown, unknown][] = [
      [`index ${key}`, want.get(key), got.get(key)],
      [key, current.schemas.get(key), rebuilt.schemas.get(key)],
    ];
    for (const [what, a, b] of pairs)
      for (const d of jsonDifferences(unsourced(a), unsourced(b), '')) differences.push({ what, ...d });
  }
  return { draft, differences, readerFindings };
}

/** The seed spec (every manifest CR, no decisions), built once for the calling describe block and removed after. */
export function seedSpec() {
  let dir = '';
  let spec: SpecSnapshot;
  beforeAll(async () => {
    dir = specPrefix(path.join(REPO_ROOT, 'test/fixtures/seed-spec'), Infinity);
    spec = await built(dir, 'seed spec');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    spec: () => spec,
    /** A copy of the seed spec's schemas and index, edited. */
    edited(edit: (s: SpecSnapshot) => void): SpecSnapshot {
      const copy: SpecSnapshot = { ...spec, label: 'edited', schemas: structuredClone(spec.schemas) };
      copy.index = structuredClone(spec.index);
      edit(copy);
      return copy;
    },
  };
}
