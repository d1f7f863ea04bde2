import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interfaceOf, ManifestError, readManifest, type Manifest } from '../../ingest/manifest.ts';
import { SPEC_DIR } from './fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The CRs the project started from, in their manifest order. */
const SEED_CRS = [
  'crs/003_71887df438edbd55.txt',
  'crs/001_5aa78a6be4cd429f.txt',
  'crs/002_c738242bc884de22.txt',
  'crs/000_405bc08fdded4f6d.txt',
  'crs/004_a402fc140745ff35.txt',
];

function specWith(manifest: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-manifest-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'manifest.json'), manifest);
  return dir;
}

describe('readManifest', () => {
  it('reads the real manifest: CRs in order, interfaces with their sections', async () => {
    // Derived from the file itself, so that `omaspec spec add` (which appends a CR) keeps this green.
    const raw = JSON.parse(readFileSync(path.join(SPEC_DIR, 'manifest.json'), 'utf8')) as {
      crs: string[];
      interfaces: { id: string; sections: string[] }[];
    };
    const manifest = await readManifest(SPEC_DIR);
    expect(manifest.crs).toEqual(raw.crs);
    expect(manifest.interfaces.map((i) => [i.id, i.sections])).toEqual(raw.interfaces.map((i) => [i.id, i.sections]));
    // The seed CRs stay first and in order: spec add only appends.
    expect(manifest.crs.slice(0, SEED_CRS.length)).toEqual(SEED_CRS);
    expect(manifest.interfaces.map((i) => i.id)).toEqual(expect.arrayContaining(['aoi1', 'clientApp', 'dm']));
  });

  const broken: [what: string, text: string, message: RegExp][] = [
    ['a file that is not JSON', '{ "crs": [', /not JSON/],
    ['crs that are not file names', '{ "crs": [1], "interfaces": [] }', /"crs" must be a list of file names/],
    ['interfaces that are not a list', '{ "crs": [], "interfaces": {} }', /"interfaces" must be a list/],
    [
      'an interface without sections',
      '{ "crs": [], "interfaces": [{ "id": "aoi1" }] }',
      /interface 1 needs an "id" and a list of "sections"/,
    ],
    ['an empty interface', '{ "crs": [], "interfaces": [null] }', /interface 1 needs/],
    [
      'extensions that are not a list',
      '{ "crs": [], "interfaces": [], "extensions": "x.yaml" }',
      /"extensions" must be a list of file names/,
    ],
  ];
  it.each(broken)('rejects %s with ManifestError naming the file', async (_what, text, message) => {
    const dir = specWith(text);
    const error = await readManifest(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as ManifestError).code).toBe('INGEST_MANIFEST');
    expect((error as ManifestError).location?.file).toBe(path.join(dir, 'manifest.json'));
    expect((error as Error).message).toMatch(message);
  });

  it('gives the line and column where a manifest stops being JSON', async () => {
    const error = await readManifest(specWith('{\n  "crs": [\n    "a.txt",\n  ]\n}')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INGEST_MANIFEST', location: { line: 4, col: 3 } });
  });

  it('rejects a missing manifest with INGEST_MANIFEST_MISSING, a missing input', async () => {
    const error = await readManifest(path.join(SPEC_DIR, 'no-such-dir')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect(error).toMatchObject({ code: 'INGEST_MANIFEST_MISSING', kind: 'missing-input' });
  });
});

describe('interfaceOf', () => {
  const manifest = {
    crs: [],
    interfaces: [
      { id: 'a', sections: ['10.1'] },
      { id: 'b', sections: ['10.1.7'] },
      { id: 'c', sections: ['7.2', '7.3'] },
    ],
  } as unknown as Manifest;

  it('maps a section to the interface with the longest matching section prefix', () => {
    expect(interfaceOf(manifest, '10.1.5')?.id).toBe('a');
    expect(interfaceOf(manifest, '10.1.7')?.id).toBe('b');
    expect(interfaceOf(manifest, '10.1.7.2')?.id).toBe('b');
    expect(interfaceOf(manifest, '7.3')?.id).toBe('c');
  });

  it('does not take 10.10 for a subsection of 10.1, nor a section of no interface', () => {
    expect(interfaceOf(manifest, '10.10')).toBeUndefined();
    expect(interfaceOf(manifest, '8.1.1')).toBeUndefined();
  });
});
