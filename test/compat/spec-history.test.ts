/**
 * The diff of the project's spec before and after each CR of its manifest: a message is reported exactly when
 * its normalised schema changed in a way a validator notices. Derived from spec/: any CR added later is covered.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSpecs } from '../../compat/compare.ts';
import { snapshotFromBuild, type SpecSnapshot } from '../../compat/snapshot.ts';
import { buildSpec } from '../../ingest/build.ts';
import { REPO_ROOT } from '../ingest/fixtures.ts';
import { NEW_CRS_DIR, newCrFiles } from '../spec-evolution/project-copy.ts';

const SPEC = path.join(REPO_ROOT, 'spec');
const manifest = JSON.parse(readFileSync(path.join(SPEC, 'manifest.json'), 'utf8')) as { crs: string[] };
/** The CRs of the manifest, then the new-CR fixtures a spec editor might add next (these amend existing messages). */
const CHAIN = [...manifest.crs, ...newCrFiles().map((f) => path.join(NEW_CRS_DIR, f))];
const ANNOTATIONS = new Set(['title', 'description', 'x-omaspec-source', 'x-omaspec', '$id', '$schema', 'examples']);
const UNORDERED = new Set(['required', 'enum', 'type']);

/** What a validator sees of a message: annotations dropped, keys and unordered lists sorted, plus its envelope. */
function validated(snapshot: SpecSnapshot, name: string): string | undefined {
  const meta = snapshot.index.messages.find((m) => `${m.interface}.${m.name}` === name);
  if (!meta) return undefined;
  const strip = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => strip(x));
      return UNORDERED.has(key) ? items.map((x) => JSON.stringify(x)).sort() : items;
    }
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !ANNOTATIONS.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, strip(x, k)]),
    );
  };
  return JSON.stringify([meta.envelope, meta.method, meta.messageType, strip(snapshot.schemas.get(meta.schema))]);
}

describe('omaspec diff over the history of the project spec', () => {
  const snapshots: SpecSnapshot[] = [];
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'omaspec-history-'));
    // Decisions name messages of every CR; a prefix of the chain is compared without them on both sides.
    for (let k = 0; k <= CHAIN.length; k++) {
      const dir = path.join(work, String(k));
      cpSync(SPEC, dir, {
        recursive: true,
        filter: (p) => !p.includes(`${path.sep}schemas`) && !p.includes('examples'),
      });
      const crs = CHAIN.slice(0, k);
      const own = crs.filter((c) => manifest.crs.includes(c));
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, crs: own }));
      writeFileSync(path.join(dir, 'decisions.yaml'), 'decisions: []\n');
      const build = await buildSpec(
        dir,
        crs.filter((c) => !own.includes(c)),
      );
      snapshots.push(await snapshotFromBuild(k ? path.basename(CHAIN[k - 1]!) : 'no CR', build.files));
    }
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CHAIN.map((cr, i) => [path.basename(cr), i + 1] as const))(
    'reports exactly the messages %s changes',
    (_cr, k) => {
      const [before, after] = [snapshots[k - 1]!, snapshots[k]!];
      const findings = compareSpecs(before, after);
      const names = new Set([...before.index.messages, ...after.index.messages].map((m) => `${m.interface}.${m.name}`));
      const changed = [...names].filter((n) => validated(before, n) !== validated(after, n)).sort();
      expect([...new Set(findings.map((f) => f.message))].sort()).toEqual(changed);
      for (const f of findings) expect(f.key.startsWith(`${f.rule}:${f.message}`)).toBe(true);
    },
  );
});
