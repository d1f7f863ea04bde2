import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derefSchema, DerefError, type JsonSchema } from '../../generator/deref.ts';
import { planInterfaces, PlanError } from '../../generator/plan.ts';
import { loadSpec, SpecLoadError } from '../../generator/spec-loader.ts';
import { copyFixtureSpec, fixtureSpec, readJson, scratch, writeJson } from './helpers.ts';
import type { SpecIndex } from '../../ingest/spec-format.ts';

describe('planInterfaces', () => {
  it('splits handled messages by receiving side and pairs them with their responses', async () => {
    const [aoi1] = planInterfaces(await loadSpec(fixtureSpec));
    const pairs = (handled: NonNullable<typeof aoi1>['server']['handled']) => handled.map((h) => [h.request.meta.id, h.response?.meta.id]);
    expect(pairs(aoi1!.server.handled)).toEqual([
      ['aoiClientRegistrationReq', 'aoiClientRegistrationRes'],
      ['aoi1.clientAppRegistrationReq', 'aoi1.clientAppRegistrationRes'],
      ['keepAlive', undefined],
    ]);
    expect(pairs(aoi1!.client.handled)).toEqual([['pushReq', 'pushRes']]);
    expect(aoi1!.server.sends).toBe(aoi1!.client.handled);
  });

  it('refuses a socket request without a response message (GEN_NO_RESPONSE)', async () => {
    const spec = await copyFixtureSpec(await scratch());
    const file = path.join(spec, 'schemas/index.json');
    const index = await readJson<SpecIndex>(file);
    index.messages = index.messages.filter((m) => m.id !== 'aoiClientRegistrationRes').map((m) => (m.id === 'aoiClientRegistrationReq' ? { ...m, response: undefined } : m));
    await writeJson(file, index);
    await expect(loadSpec(spec).then(planInterfaces)).rejects.toMatchObject({ code: 'GEN_NO_RESPONSE', messageId: 'aoiClientRegistrationReq' });
  });

  it('refuses a response id that is not in index.json (GEN_UNKNOWN_RESPONSE)', async () => {
    const spec = await copyFixtureSpec(await scratch());
    const file = path.join(spec, 'schemas/index.json');
    const index = await readJson<SpecIndex>(file);
    index.messages = index.messages.filter((m) => m.id !== 'pushRes');
    await writeJson(file, index);
    await expect(loadSpec(spec).then(planInterfaces)).rejects.toBeInstanceOf(PlanError);
  });
});

describe('loadSpec', () => {
  it('fails with GEN_SPEC_MISSING naming the file when index.json is absent', async () => {
    await expect(loadSpec(await scratch())).rejects.toMatchObject({ code: 'GEN_SPEC_MISSING' });
    await expect(loadSpec(await scratch())).rejects.toBeInstanceOf(SpecLoadError);
  });
});

describe('derefSchema', () => {
  const common = { definitions: { id: { type: ['string', 'number'], title: 'Id' }, wrap: { $ref: '#/definitions/id' } } };
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
});
