import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { SpecIndex } from '../../core/spec-format.ts';
import { writeTree } from '../../core/tree.ts';
import { buildSpec } from '../../ingest/build.ts';
import { changedInputs, checkSpec, INDEX_FILE, specTree } from '../../ingest/check.ts';
import { clientAppRegistration, cr, removeSpecDirs, writeSpecDir } from './fixtures.ts';

afterAll(removeSpecDirs);

const CR_FILE = '100_registration.txt';

/** A small spec, built and written, so that it starts without drift. */
async function builtSpec(): Promise<string> {
  const dir = writeSpecDir({
    crs: { [CR_FILE]: cr('This CR introduces the registration.', ...clientAppRegistration()) },
    decisions: 'decisions: []\n',
  });
  await writeTree(specTree(dir), (await buildSpec(dir)).files);
  return dir;
}

describe('checkSpec', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await builtSpec();
  });

  it('finds nothing right after a build', async () => {
    expect((await checkSpec(dir)).drifts).toEqual([]);
  });

  it('calls a changed schema a hand edit of spec build output when the inputs are those of the last build', async () => {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX_FILE), 'utf8')) as SpecIndex;
    const schema = path.join(dir, 'schemas', index.messages[0]!.schema);
    appendFileSync(schema, '\n');
    const drifts = (await checkSpec(dir)).drifts;
    expect(drifts).toEqual([
      expect.objectContaining({
        stage: 'spec build',
        file: schema.split(path.sep).join('/'),
        change: 'changed',
        cause: 'hand-edit',
        advice: 'hand edit of a file `spec build` writes; run `omaspec spec build` to discard it',
      }),
    ]);
    expect(drifts[0]!.diff.slice(2).filter((line) => /^[-+]/.test(line))).toEqual(['+']);
  });

  it('calls a deleted example a hand edit too', async () => {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX_FILE), 'utf8')) as SpecIndex;
    rmSync(path.join(dir, 'schemas', index.messages[0]!.schema));
    const [drift] = (await checkSpec(dir)).drifts;
    expect(drift).toMatchObject({ change: 'missing', cause: 'hand-edit' });
    expect(drift!.advice).toMatch(/run `omaspec spec build` to restore it$/);
  });

  it('calls the output stale when an input changed since the last build, naming the input', async () => {
    writeFileSync(path.join(dir, 'decisions.yaml'), '# reviewed\ndecisions: []\n');
    const drifts = (await checkSpec(dir)).drifts;
    expect(drifts.map((d) => [path.relative(dir, d.file), d.cause])).toEqual([[INDEX_FILE, 'stale']]);
    expect(drifts[0]!.advice).toBe(
      `stale output of \`spec build\` (${dir}/decisions.yaml changed since the last build); run \`omaspec spec build\` to update it`,
    );
  });

  it('cannot tell a hand edit from stale output when index.json is gone', async () => {
    rmSync(path.join(dir, INDEX_FILE));
    const [drift] = (await checkSpec(dir)).drifts;
    expect(drift).toMatchObject({ change: 'missing', cause: 'hand-edit-or-stale' });
  });
});

describe('changedInputs', () => {
  const inputs = {
    crs: [
      { file: 'a.txt', sha256: '1' },
      { file: 'b.txt', sha256: '2' },
    ],
    extensions: [{ file: 'extensions/n.yaml', sha256: '3' }],
    decisions: { file: 'decisions.yaml', sha256: '4' },
    interfaces: [],
  };

  it('names nothing when the recorded inputs are the same', () => {
    expect(changedInputs('spec', inputs, structuredClone(inputs))).toEqual([]);
  });

  it('names each CR, extension and decisions file whose digest changed, appeared or went', () => {
    const now = structuredClone(inputs);
    now.crs[1]!.sha256 = 'changed';
    now.extensions = [];
    now.crs.push({ file: 'c.txt', sha256: '5' });
    expect(changedInputs('spec', inputs, now)).toEqual([
      'spec/crs/b.txt',
      'spec/crs/c.txt',
      'spec/extensions/n.yaml',
      'spec/manifest.json',
    ]);
  });

  it('names the manifest when only the order of the CRs changed', () => {
    const now = { ...inputs, crs: [...inputs.crs].reverse() };
    expect(changedInputs('spec', inputs, now)).toEqual(['spec/manifest.json']);
  });
});
