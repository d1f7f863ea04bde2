import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { derefSchema, DerefError, type JsonSchema } from '../../generator/deref.ts';
import { planInterfaces, planSpec, problemError } from '../../generator/plan.ts';
import { loadSpec, SpecLoadError } from '../../generator/spec-loader.ts';
import { runCli } from '../cli/run.ts';
import { copyFixtureSpec, fixtureSpec, readJson, root, scratch, writeJson } from './helpers.ts';
import { SCHEMA_BASE, type SpecIndex } from '../../core/spec-format.ts';

describe('planInterfaces', () => {
  it('splits handled messages by receiving side and pairs them with their responses', async () => {
    const [aoi1] = planInterfaces(await loadSpec(fixtureSpec));
    const pairs = (handled: NonNullable<typeof aoi1>['server']['handled']) =>
      handled.map((h) => [h.request.meta.id, h.response?.meta.id]);
    expect(pairs(aoi1!.server.handled)).toEqual([
      ['aoiClientRegistrationReq', 'aoiClientRegistrationRes'],
      ['aoi1.clientAppRegistrationReq', 'aoi1.clientAppRegistrationRes'],
      ['keepAlive', undefined],
    ]);
    expect(pairs(aoi1!.client.handled)).toEqual([['pushReq', 'pushRes']]);
    expect(aoi1!.server.sends).toBe(aoi1!.client.handled);
  });

  /** The fixture spec with aoiClientRegistrationReq's response taken out of index.json. */
  async function withoutRegistrationResponse(): Promise<string> {
    const spec = await copyFixtureSpec(await scratch());
    const file = path.join(spec, 'schemas/index.json');
    const index = await readJson<SpecIndex>(file);
    index.messages = index.messages
      .filter((m) => m.id !== 'aoiClientRegistrationRes')
      .map((m) => (m.id === 'aoiClientRegistrationReq' ? { ...m, response: undefined } : m));
    await writeJson(file, index);
    return spec;
  }

  it('reports a socket request without a response (GEN_NO_RESPONSE) at its CR source and plans everything else', async () => {
    const full = planInterfaces(await loadSpec(fixtureSpec));
    const loaded = await loadSpec(await withoutRegistrationResponse());
    const request = loaded.messages.find((m) => m.meta.id === 'aoiClientRegistrationReq')!;
    const { plans, problems } = planSpec(loaded);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'GEN_NO_RESPONSE',
        messageId: 'aoiClientRegistrationReq',
        interface: 'aoi1',
        source: { file: `crs/${request.meta.source.cr}`, line: request.meta.source.line },
      }),
    ]);
    expect(problemError(problems[0]!)).toMatchObject({
      code: 'GEN_NO_RESPONSE',
      message: `aoiClientRegistrationReq: ${problems[0]!.message}`,
      location: { file: `spec/crs/${request.meta.source.cr}`, line: request.meta.source.line },
    });
    const handledIds = (ps: typeof plans) =>
      ps.flatMap((p) => [...p.server.handled, ...p.client.handled].map((h) => h.request.meta.id));
    // Only the request with the gap leaves the handlers; every interface and every other message is planned.
    expect(handledIds(plans)).toEqual(handledIds(full).filter((id) => id !== 'aoiClientRegistrationReq'));
    expect(plans.map((p) => p.meta.id)).toEqual(full.map((p) => p.meta.id));
    expect(plans.flatMap((p) => p.messages.map((m) => m.meta.id))).toContain('aoiClientRegistrationReq');
  });

  it('reports each place a schema holds an unresolved CR "$ref" (GEN_UNRESOLVED_SCHEMA) and plans every message', async () => {
    const spec = await copyFixtureSpec(await scratch());
    const full = planInterfaces(await loadSpec(spec));
    const entry = (await readJson<SpecIndex>(path.join(spec, 'schemas/index.json'))).messages[0]!;
    const file = path.join(spec, 'schemas', entry.schema);
    const schema = await readJson<{ properties: Record<string, unknown> }>(file);
    schema.properties.extra = { not: {}, 'x-omaspec-unresolved': '#status_item (900_x.txt:22)' };
    await writeJson(file, schema);
    const { plans, problems } = planSpec(await loadSpec(spec));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'GEN_UNRESOLVED_SCHEMA',
        messageId: entry.id,
        message: expect.stringContaining('/properties/extra is the CR\'s "$ref": #status_item (900_x.txt:22)'),
      }),
    ]);
    expect(plans.map((p) => p.messages.length)).toEqual(full.map((p) => p.messages.length));
  });

  it('reports a response id that is not in index.json (GEN_UNKNOWN_RESPONSE) and plans everything else', async () => {
    const spec = await copyFixtureSpec(await scratch());
    const file = path.join(spec, 'schemas/index.json');
    const index = await readJson<SpecIndex>(file);
    index.messages = index.messages.filter((m) => m.id !== 'pushRes');
    await writeJson(file, index);
    const { plans, problems } = planSpec(await loadSpec(spec));
    expect(problems).toEqual([expect.objectContaining({ code: 'GEN_UNKNOWN_RESPONSE', messageId: 'pushReq' })]);
    const [aoi1] = plans;
    expect(aoi1!.client.handled).toEqual([]);
    expect(aoi1!.server.handled.map((h) => h.request.meta.id)).toContain('aoiClientRegistrationReq');
  });

  it('generates type-correct code for the rest, and `omaspec generate` prints the problem, writes the output and exits 1', async () => {
    const spec = await withoutRegistrationResponse();
    const out = path.join(path.dirname(spec), 'generated');
    const run = await runCli('generate', '--spec', spec, '--out', out, '--skip-stubs');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `${escapeRegExp(spec)}/crs/\\S+\\.txt:\\d+: error GEN_NO_RESPONSE: aoiClientRegistrationReq: request has no response message`,
      ),
    );
    const expected = await generate(await loadSpec(spec));
    for (const [file, content] of expected) expect(await readFile(path.join(out, file), 'utf8'), file).toBe(content);
    const dispatcher = await readFile(path.join(out, 'aoi1/dispatcher.ts'), 'utf8');
    expect(dispatcher).not.toMatch(/aoiClientRegistrationReq: \{\s+kind/);
    expect(dispatcher).toMatch(/clientAppRegistrationReq: \{\s+kind/);
    const diagnostics = typeCheck([...expected.keys()].filter((f) => f.endsWith('.ts')).map((f) => path.join(out, f)));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** tsc --noEmit of the given files with the project's compiler options; the messages of any errors. */
function typeCheck(files: string[]): string[] {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('loadSpec', () => {
  it('fails with GEN_SPEC_MISSING naming the file when index.json is absent', async () => {
    await expect(loadSpec(await scratch())).rejects.toMatchObject({ code: 'GEN_SPEC_MISSING' });
    await expect(loadSpec(await scratch())).rejects.toBeInstanceOf(SpecLoadError);
  });
});

describe('derefSchema', () => {
  const common = {
    definitions: { id: { type: ['string', 'number'], title: 'Id' }, wrap: { $ref: '#/definitions/id' } },
  };
  const load = async () => common;

  it('inlines relative refs, keeps sibling annotations over the target, and leaves the input untouched', async () => {
    const schema: JsonSchema = { properties: { id: { $ref: '../common/c.json#/definitions/wrap', title: 'Mine' } } };
    const before = structuredClone(schema);
    const out = await derefSchema(schema, '/spec/schemas/aoi1/m.json', load);
    expect(out).toEqual({ properties: { id: { type: ['string', 'number'], title: 'Mine' } } });
    expect(schema).toEqual(before);
  });

  it('fails with GEN_BAD_REF on a pointer that leads nowhere', async () => {
    const schema: JsonSchema = { properties: { id: { $ref: '../common/c.json#/definitions/nope' } } };
    await expect(derefSchema(schema, '/spec/schemas/aoi1/m.json', load)).rejects.toBeInstanceOf(DerefError);
  });

  it('replaces an object of the target by the sibling of the same name, as a whole', async () => {
    const target = { definitions: { id: { type: 'string', 'x-omaspec-source': { cr: 'common', line: 1 } } } };
    const schema: JsonSchema = {
      properties: { id: { $ref: '../common/c.json#/definitions/id', 'x-omaspec-source': { cr: 'mine' } } },
    };
    const out = await derefSchema(schema, '/spec/schemas/aoi1/m.json', async () => target);
    expect(out).toEqual({ properties: { id: { type: 'string', 'x-omaspec-source': { cr: 'mine' } } } });
  });

  it('resolves refs against the $id and reads the file that URL names beside the schema, not the network', async () => {
    const read: string[] = [];
    const schema: JsonSchema = {
      $id: `${SCHEMA_BASE}aoi1/m.json`,
      properties: { id: { $ref: '../common/c.json#/definitions/id' } },
    };
    const out = await derefSchema(schema, '/spec/schemas/aoi1/m.json', async (file) => (read.push(file), common));
    expect(out.properties).toEqual({ id: { type: ['string', 'number'], title: 'Id' } });
    expect(read).toEqual(['/spec/schemas/common/c.json']);
  });

  it('fails with GEN_BAD_REF on a circular ref and on an $id that does not name the file', async () => {
    const circular: JsonSchema = { definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } } };
    await expect(derefSchema(circular, '/spec/schemas/aoi1/m.json', load)).rejects.toMatchObject({
      code: 'GEN_BAD_REF',
      message: expect.stringMatching(/circular/i),
    });
    const misplaced: JsonSchema = { $id: `${SCHEMA_BASE}dm/other.json` };
    await expect(derefSchema(misplaced, '/spec/schemas/aoi1/m.json', load)).rejects.toBeInstanceOf(DerefError);
  });
});
