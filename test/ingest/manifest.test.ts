import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interfaceOf, ManifestError, readManifest, type Manifest } from '../../ingest/manifest.ts';
import { SPEC_DIR } from './fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function specWith(manifest: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-manifest-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'manifest.json'), manifest);
  return dir;
}

describe('readManifest', () => {
  it('reads the real manifest: CRs in order, interfaces with their sections', async () => {
    const manifest = await readManifest(SPEC_DIR);
    expect(manifest.crs).toHaveLength(5);
    expect(manifest.interfaces.map((i) => i.id)).toEqual(['aoi1', 'clientApp', 'dm']);
  });

  const broken: [what: string, text: string, message: RegExp][] = [
    ['a file that is not JSON', '{ "crs": [', /manifest\.json: /],
    ['crs that are not file names', '{ "crs": [1], "interfaces": [] }', /"crs" must be a list of file names/],
    ['interfaces that are not a list', '{ "crs": [], "interfaces": {} }', /"interfaces" must be a list/],
    ['an interface without sections', '{ "crs": [], "interfaces": [{ "id": "aoi1" }] }', /interface 1 needs an "id" and a list of "sections"/],
    ['an empty interface', '{ "crs": [], "interfaces": [null] }', /interface 1 needs/],
    ['extensions that are not a list', '{ "crs": [], "interfaces": [], "extensions": "x.yaml" }', /"extensions" must be a list of file names/],
  ];
  it.each(broken)('rejects %s with ManifestError naming the file', async (_what, text, message) => {
    const dir = specWith(text);
    const error = await readManifest(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as ManifestError).code).toBe('OMASPEC_MANIFEST');
    expect((error as ManifestError).file).toBe(path.join(dir, 'manifest.json'));
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a missing manifest with ManifestError', async () => {
    await expect(readManifest(path.join(SPEC_DIR, 'no-such-dir'))).rejects.toBeInstanceOf(ManifestError);
  });
});

describe('interfaceOf', () => {
  const manifest = { crs: [], interfaces: [{ id: 'a', sections: ['10.1'] }, { id: 'b', sections: ['10.1.7'] }, { id: 'c', sections: ['7.2', '7.3'] }] } as unknown as Manifest;

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
