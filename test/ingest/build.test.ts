import { cpSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Ajv } from 'ajv';
import { createAjv } from '../../core/ajv.ts';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { buildSpec, type SpecBuild } from '../../ingest/build.ts';
import { compareTree } from '../../core/drift.ts';
import type { ExampleCase } from '../../core/golden-case.ts';
import { writeTree } from '../../core/tree.ts';
import { checkSpec, specTree } from '../../ingest/check.ts';
import { META_KEYWORD, SCHEMA_BASE, SCHEMA_DIALECT, SOURCE_KEYWORD, type SpecIndex } from '../../core/spec-format.ts';
import { SPEC_DIR, copySpecDir, removeSpecDirs } from './fixtures.ts';

afterAll(removeSpecDirs);

let build: SpecBuild;
beforeAll(async () => {
  build = await buildSpec(SPEC_DIR);
});

const schemas = () => [...build.files].filter(([rel]) => rel.startsWith('schemas/') && rel.endsWith('.schema.json'));
const index = (): SpecIndex => JSON.parse(build.files.get('schemas/index.json')!);

function listWithTimes(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((rel) => {
      const stat = statSync(path.join(dir, rel));
      return `${rel} ${stat.isDirectory() ? 'dir' : `${stat.size} ${stat.mtimeMs}`}`;
    });
}

describe('spec build from the seed CRs (snapshot)', () => {
  it('reproduces the committed spec/schemas and spec/examples byte for byte', async () => {
    expect((await checkSpec(SPEC_DIR)).drifts).toEqual([]);
  });

  it('derives the messages the seed CRs define', () => {
    const ids = index().messages.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'aoiClientRegistrationReq',
        'aoiClientRegistrationRes',
        'aoiClientDeregistrationReq',
        'aoiClientDeregistrationRes',
        'aoi1.clientAppRegistrationReq',
        'aoi1.clientAppRegistrationRes',
        'clientAppDeregistrationReq',
        'clientAppDeregistrationRes',
        'clientApp.clientAppRegistrationReq',
        'clientApp.clientAppRegistrationRes',
        'dmPackage1',
        'dmPackage2',
      ]),
    );
  });

  it('gives the same files, in the same order, when built twice', async () => {
    const again = await buildSpec(SPEC_DIR);
    expect([...again.files.keys()]).toEqual([...build.files.keys()]);
    for (const [rel, content] of build.files) expect(again.files.get(rel), rel).toBe(content);
  });

  it('writes nothing: building leaves the spec directory as it was', async () => {
    const dir = copySpecDir();
    const before = listWithTimes(dir);
    await buildSpec(dir);
    expect(listWithTimes(dir)).toEqual(before);
  });
});

describe('the built schemas', () => {
  it('are draft-07 with $id = base + path, listed in index.json with their meta', () => {
    const listed = new Map(index().messages.map((m) => [`schemas/${m.schema}`, m]));
    for (const [rel, text] of schemas()) {
      const schema = JSON.parse(text);
      expect(schema.$schema, rel).toBe(SCHEMA_DIALECT);
      expect(schema.$id, rel).toBe(`${SCHEMA_BASE}${rel.replace(/^schemas\//, '')}`);
      if (rel.startsWith('schemas/common/')) continue;
      const { schema: _path, ...meta } = listed.get(rel)!;
      expect(schema[META_KEYWORD], rel).toEqual(meta);
    }
    expect(listed.size).toBe(schemas().length - 1);
  });

  it('give every message property a title and its source, and the description only the CR gives it', () => {
    for (const [rel, text] of schemas()) {
      if (rel.startsWith('schemas/common/')) continue;
      const schema = JSON.parse(text);
      for (const variant of schema.oneOf ?? [schema]) {
        // A JSON-RPC envelope holds the message's properties in params, result or error.
        const body = variant.properties.jsonrpc
          ? Object.values(variant.properties).find((p: any) => p.properties)
          : variant;
        expect(body, `${rel} has a body with properties`).toBeDefined();
        for (const [name, property] of Object.entries((body as any).properties) as [string, any][]) {
          expect(property.title, `${rel} ${name}`).toBe(name);
          // No filler ("The clientID of the … message") where the CR describes nothing.
          if ('description' in property) expect(property.description, `${rel} ${name}`).toMatch(/\S/);
          expect(property.description ?? '', `${rel} ${name}`).not.toMatch(/^The \w+ of the \w+ message\.$/);
          // A member a later CR renamed also names its former names.
          const { renamedFrom, ...source } = property[SOURCE_KEYWORD];
          expect(source, `${rel} ${name}`).toEqual({
            cr: expect.any(String),
            section: expect.any(String),
            line: expect.any(Number),
          });
          if (renamedFrom !== undefined)
            expect(renamedFrom, `${rel} ${name}`).toEqual((renamedFrom as unknown[]).map(() => expect.any(String)));
        }
      }
    }
  });

  it('close every object they describe member by member', () => {
    let closed = 0;
    const walk = (node: any, where: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
      if (!node || typeof node !== 'object') return;
      if (node.properties) {
        expect(node.additionalProperties, where).toBe(false);
        closed++;
        for (const [name, p] of Object.entries(node.properties)) walk(p, `${where}/properties/${name}`);
      }
      if (node.items) walk(node.items, `${where}/items`);
      if (node.oneOf) walk(node.oneOf, `${where}/oneOf`);
    };
    for (const [rel, text] of schemas()) walk(JSON.parse(text), rel);
    // Every message object, every JSON-RPC body, the MOS items and the provisional Alert.
    expect(closed).toBeGreaterThan(30);
  });
});

describe('the golden examples', () => {
  let ajv: Ajv;
  beforeAll(() => {
    ajv = createAjv('documents', { schemas: schemas().map(([, text]) => JSON.parse(text)) });
  });

  const goldens = () =>
    [...build.files]
      .filter(([rel]) => rel.startsWith('examples/'))
      .map(([rel, text]) => [rel, JSON.parse(text)] as [string, ExampleCase]);

  it('exist for both verdicts', () => {
    const verdicts = new Set(goldens().map(([, g]) => g.verdict));
    expect(verdicts).toEqual(new Set(['valid', 'invalid']));
  });

  it('validate against their message schema when the verdict is valid, and fail it when invalid', () => {
    const byId = new Map(index().messages.map((m) => [m.id, m.schema]));
    for (const [rel, golden] of goldens()) {
      const schemaPath = byId.get(golden.message);
      expect(schemaPath, `${rel}: message ${golden.message} is in the index`).toBeDefined();
      const validate = ajv.getSchema(`${SCHEMA_BASE}${schemaPath}`)!;
      const ok = validate(golden.document);
      expect(ok ? 'valid' : 'invalid', `${rel}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(golden.verdict);
    }
  });
});

describe("writeTree and compareTree on the spec stage's tree", () => {
  it('write the built files, remove stale ones, and report each kind of drift', async () => {
    const dir = copySpecDir({}, SPEC_DIR);
    const tree = specTree(dir);
    const handEdit = () => ({ cause: 'hand-edit' as const });
    cpSync(path.join(SPEC_DIR, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas', 'stale.schema.json'), '{}\n');
    rmSync(path.join(dir, 'schemas', 'dm', 'dmPackage2.schema.json'));
    const indexPath = path.join(dir, 'schemas', 'index.json');
    const lines = readFileSync(indexPath, 'utf8').split('\n');
    const builtLine = build.files.get('schemas/index.json')!.split('\n')[2];
    lines[2] = '  "dialect": "changed",';
    writeFileSync(indexPath, lines.join('\n'));

    const drift = await compareTree('spec build', tree, build.files, handEdit);
    const inSchemas = drift.filter((d) => d.file.startsWith(`${dir}/schemas/`));
    expect(inSchemas.map((d) => [path.relative(dir, d.file), d.change])).toEqual([
      ['schemas/dm/dmPackage2.schema.json', 'missing'],
      ['schemas/index.json', 'changed'],
      ['schemas/stale.schema.json', 'extra'],
    ]);
    expect(inSchemas[1]!.diff.slice(2).filter((line) => /^[-+]/.test(line))).toEqual([
      `-${builtLine}`,
      '+  "dialect": "changed",',
    ]);
    expect(drift.filter((d) => d.file.startsWith(`${dir}/examples/`)).every((d) => d.change === 'missing')).toBe(true);

    const result = await writeTree(tree, build.files);
    expect(result.written.length + result.unchanged.length).toBe(build.files.size);
    expect(result.removed).toEqual(['schemas/stale.schema.json']);
    expect(await compareTree('spec build', tree, build.files, handEdit)).toEqual([]);
  });
});
