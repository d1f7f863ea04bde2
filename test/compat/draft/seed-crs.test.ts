/**
 * `cr draft` over the history of the project spec: for each seed CR, the draft from the spec without it to the
 * spec with it, added to the spec without it, builds the same schemas (sources aside) — and reads without errors.
 * The same for the CRs a spec editor might add next (test/fixtures/new-crs), which amend messages in prose.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSpecs } from '../../../compat/compare.ts';
import { REPO_ROOT } from '../../ingest/fixtures.ts';
import { verifyDraft } from '../../../compat/draft/verify.ts';
import { snapshotWithCr } from '../../../compat/snapshot.ts';
import { readManifest } from '../../../ingest/manifest.ts';
import { built, roundTrip, specPrefix } from './round-trip.ts';
import { NEW_CRS_DIR as NEW_CRS, newCrFiles } from '../../spec-evolution/project-copy.ts';

const SPEC = path.join(REPO_ROOT, 'spec');
const manifest = JSON.parse(readFileSync(path.join(SPEC, 'manifest.json'), 'utf8')) as { crs: string[] };
const made: string[] = [];

describe('cr draft round trip over the seed CRs', () => {
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each(manifest.crs.map((cr, i) => [path.basename(cr), i] as const))(
    'the draft of %s rebuilds the spec with it from the spec without it',
    async (cr, i) => {
      const [withoutDir, withDir] = [specPrefix(SPEC, i), specPrefix(SPEC, i + 1)];
      made.push(withoutDir, withDir);
      const [without, withIt] = [await built(withoutDir, `without ${cr}`), await built(withDir, `with ${cr}`)];
      const { draft, differences, readerFindings } = await roundTrip(withoutDir, without, withIt);
      expect(draft.warnings).toEqual([]);
      expect(await verifyDraft(draft, withIt, (await readManifest(withDir)).interfaces)).toEqual([]);
      expect(differences).toEqual([]);
      expect(readerFindings.filter((f) => f.startsWith('error'))).toEqual([]);
      expect(draft.text).toMatch(/^1 Reason for Change\n/);
      expect(draft.text).toContain('\n2 Impact on Backward Compatibility\n');
      expect(draft.text).toContain('\n6 Detailed Change Proposal\n');
      if (compareSpecs(without, withIt).length)
        expect(draft.text).toMatch(/\nChange 1: {2}(Add|Change) Following Section\n/);
    },
    60_000,
  );

  it.each(newCrFiles())(
    'the draft of the spec plus %s rebuilds it from the spec',
    async (cr) => {
      const seedDir = specPrefix(SPEC, manifest.crs.length);
      made.push(seedDir);
      const seed = await built(seedDir, 'seed spec');
      const withIt = await snapshotWithCr(seedDir, path.join(NEW_CRS, cr));
      const { draft, differences, readerFindings } = await roundTrip(seedDir, seed, withIt);
      expect(draft.warnings).toEqual([]);
      expect(differences).toEqual([]);
      expect(readerFindings.filter((f) => f.startsWith('error'))).toEqual([]);
      // A CR that only deletes a section is drafted as the deletion, its number on the title line.
      expect(draft.text).toMatch(/\nChange 1: {2}((Add|Change) Following Section|Delete Following Section [\d.]+)\n/);
    },
    60_000,
  );
});
