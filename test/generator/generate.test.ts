import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGenerated } from '../../generator/check.ts';
import { generate, type GeneratedFiles } from '../../generator/generate.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import {
  copyFixtureSpec,
  fixtureGenerated,
  fixtureOptions,
  fixtureSpec,
  readJson,
  root,
  scratch,
  writeJson,
} from './helpers.ts';

describe('generate', () => {
  let files: GeneratedFiles;
  beforeAll(async () => {
    files = await generate(await loadSpec(fixtureSpec));
  });

  it('returns byte-identical output on a second run and leaves its input unchanged', async () => {
    const spec = await loadSpec(fixtureSpec);
    const before = structuredClone(spec);
    const again = await generate(spec);
    expect(spec).toEqual(before);
    expect([...again.entries()]).toEqual([...files.entries()]);
  });

  it('writes the contracted files per interface, sorted by path', async () => {
    const paths = [...files.keys()];
    expect(paths).toEqual([...paths].sort());
    for (const file of ['common/jsonrpc.ts', 'common/validation.ts', 'common/dispatch.ts', 'index.ts', 'registry.ts'])
      expect(paths).toContain(file);
    for (const iface of ['aoi1', 'clientApp', 'dm']) {
      for (const part of [
        'types.ts',
        'validators.ts',
        'validators.compiled.js',
        'validators.compiled.d.ts',
        'handlers.ts',
      ]) {
        expect(paths).toContain(`${iface}/${part}`);
      }
    }
    expect(paths).toContain('aoi1/dispatcher.ts');
    expect(paths).not.toContain('dm/dispatcher.ts');
  });

  it('starts every file with a do-not-edit banner naming sources and the command, without timestamps', async () => {
    for (const [file, content] of files) {
      expect(
        content.startsWith('/*\n * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate`'),
        file,
      ).toBe(true);
      expect(content, file).toMatch(/ \* Sources:\n \* {3}(spec\/schemas|generator\/runtime)\//);
      expect(content, file).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
    expect(files.get('dm/types.ts')).toContain('spec/schemas/dm/dmPackage1.schema.json');
    expect(files.get('dm/types.ts')).not.toContain('aoi1/');
  });

  it('compiles no schema at run time: the validators contain no Ajv instance', async () => {
    for (const [file, content] of files) {
      expect(content, file).not.toMatch(/new Ajv|\.compile\(|from 'ajv'|require\("ajv"\)/);
    }
    expect(files.get('aoi1/validators.compiled.js')).toContain('export const checkAoiClientRegistrationReq');
  });

  it('uses the shared JSON-RPC generic instead of repeating the envelope per message', async () => {
    const types = files.get('aoi1/types.ts') ?? '';
    expect(types).toMatch(
      /export type Aoi1ClientAppRegistrationReq = JsonRpcRequest<\s*'clientAppRegistrationReq',\s*Aoi1ClientAppRegistrationReqParams\s*>;/,
    );
    expect(types).toContain(
      'export type Aoi1ClientAppRegistrationResSuccess = JsonRpcSuccess<Aoi1ClientAppRegistrationResResult>;',
    );
    expect(types).toContain('export type Aoi1ClientAppRegistrationResError = JsonRpcFailure;');
    expect(types).toContain(
      'export type Aoi1ClientAppRegistrationRes = Aoi1ClientAppRegistrationResSuccess | Aoi1ClientAppRegistrationResError;',
    );
    expect(types).not.toMatch(/jsonrpc: '2.0'/);
  });

  it('emits no named type per property (titles are not turned into types)', async () => {
    const types = files.get('aoi1/types.ts') ?? '';
    const declared = [...types.matchAll(/export (?:interface|type) (\w+)/g)].map((m) => m[1]);
    expect(declared).not.toContain('DeviceNumber');
    expect(declared).not.toContain('MessageType');
    expect(declared).toContain('AoiClientRegistrationReq');
  });

  it('imports other generated files by .js specifiers that resolve inside the output, so stock tsc compiles them', async () => {
    let checked = 0;
    for (const [file, content] of files) {
      for (const [, specifier] of content.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (!specifier!.startsWith('.')) continue;
        checked++;
        expect(specifier, file).toMatch(/\.js$/);
        const target = path.posix.join(path.posix.dirname(file), specifier!);
        expect(files.has(target) || files.has(target.replace(/\.js$/, '.ts')), `${file} → ${specifier}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(files.size);
  });

  it('keeps the committed fixture output in step with the fixture spec', async () => {
    expect(await checkGenerated(fixtureSpec, fixtureGenerated, fixtureOptions)).toEqual([]);
  });

  it.runIf(existsSync(path.join(root, 'spec/schemas/index.json')))(
    'keeps the committed generated/ in step with spec/schemas',
    async () => {
      expect(await checkGenerated(path.join(root, 'spec'), path.join(root, 'generated'))).toEqual([]);
    },
  );
});

describe('generate, for a JSON-RPC response the spec states only as an error', () => {
  it('types the handler as able only to fail, importing no result type that does not exist', async () => {
    const dir = await copyFixtureSpec(await scratch());
    const file = path.join(dir, 'schemas/aoi1/clientAppRegistrationRes.schema.json');
    const schema = await readJson<{ oneOf: { properties: Record<string, unknown> }[] }>(file);
    await writeJson(file, { ...schema, oneOf: schema.oneOf.filter((b) => !('result' in b.properties)) });
    const handlers = (await generate(await loadSpec(dir))).get('aoi1/handlers.ts')!;
    expect(handlers).toMatch(/clientAppRegistrationReq\(request: \w+, ctx: Ctx\): Promise<never \| ProtocolError>;/);
    expect(handlers).not.toContain('ClientAppRegistrationResResult');
  });
});
