import { cpSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { buildSpec, type SpecBuild } from '../../ingest/build.ts';
import { checkSpec, SPEC_OUTPUT_FOLDERS } from '../../ingest/check.ts';
import { diffTree, writeTree } from '../../ingest/files.ts';
import { META_KEYWORD, SCHEMA_BASE, SCHEMA_DIALECT, SOURCE_KEYWORD, type SpecIndex } from '../../ingest/spec-format.ts';
import { SPEC_DIR, copySpecDir, removeSpecDirs } from './fixtures.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

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
    expect(await diffTree(SPEC_DIR, build.files, SPEC_OUTPUT_FOLDERS)).toEqual([]);
    expect(await checkSpec(SPEC_DIR)).toEqual([]);
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
          expect(property[SOURCE_KEYWORD], `${rel} ${name}`).toEqual({
            cr: expect.any(String),
            section: expect.any(String),
            line: expect.any(Number),
          });
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
    ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addKeyword(META_KEYWORD).addKeyword(SOURCE_KEYWORD);
    for (const [, text] of schemas()) ajv.addSchema(JSON.parse(text));
  });

  const goldens = () =>
    [...build.files]
      .filter(([rel]) => rel.startsWith('examples/'))
      .map(
        ([rel, text]) => [rel, JSON.parse(text)] as [string, { message: string; verdict: string; document: unknown }],
      );

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

describe('writeTree and diffTree', () => {
  it('write the built files, remove stale ones, and report each kind of drift', async () => {
    const dir = copySpecDir();
    cpSync(path.join(SPEC_DIR, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas', 'stale.schema.json'), '{}\n');
    rmSync(path.join(dir, 'schemas', 'dm', 'dmPackage2.schema.json'));
    const indexPath = path.join(dir, 'schemas', 'index.json');
    const lines = readFileSync(indexPath, 'utf8').split('\n');
    lines[2] = '  "dialect": "changed",';
    writeFileSync(indexPath, lines.join('\n'));

    const drift = await diffTree(dir, build.files, SPEC_OUTPUT_FOLDERS);
    expect(drift.filter((d) => d.file.startsWith('schemas/'))).toEqual([
      { file: 'schemas/dm/dmPackage2.schema.json', change: 'missing' },
      {
        file: 'schemas/index.json',
        change: 'changed',
        line: 3,
        expected: build.files.get('schemas/index.json')!.split('\n')[2],
        actual: '  "dialect": "changed",',
      },
      { file: 'schemas/stale.schema.json', change: 'extra' },
    ]);
    expect(drift.filter((d) => d.file.startsWith('examples/')).every((d) => d.change === 'missing')).toBe(true);

    const result = await writeTree(dir, build.files, SPEC_OUTPUT_FOLDERS);
    expect(result).toEqual({ written: build.files.size, removed: 1 });
    expect(await diffTree(dir, build.files, SPEC_OUTPUT_FOLDERS)).toEqual([]);
  });
});
