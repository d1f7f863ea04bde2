/**
 * A message whose schema uses what generator/guard/ does not compile keeps ajv's code in both compiled files (guard
 * and all-errors), and its validate… maps ajv's errors with toIssues; the other messages of the interface keep ours.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../core/ajv.ts';
import { emitCompiledValidators, emitValidators } from '../../generator/emit-validators.ts';
import { planSpec } from '../../generator/plan.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { fixtureSpec, scratch } from './helpers.ts';

describe('a schema the guard compiler does not know', async () => {
  const spec = await loadSpec(fixtureSpec);
  const target = spec.messages.find((m) => m.meta.id === 'aoiClientRegistrationReq')!;
  // patternProperties is outside the compiled subset; strict ajv takes it.
  target.schema = { ...target.schema, patternProperties: { '^x-': { type: 'string' } } };
  const plan = planSpec(spec).plans.find((p) => p.meta.id === 'aoi1')!;
  const failFast = emitCompiledValidators(plan, 'failFast');
  const all = emitCompiledValidators(plan, 'all');

  it("is left to ajv's code in both files while the others get ours", () => {
    expect(failFast).toMatch(/export const failFastAoiClientRegistrationReq = validate\d+;/);
    expect(all).toMatch(/export const checkAoiClientRegistrationReq = validate\d+;/);
    expect(failFast).toContain('export const failFastAoiClientRegistrationRes = function');
    expect(all).toContain('export function issuesAoiClientRegistrationRes(');
    const validators = emitValidators(plan);
    expect(validators).toContain('toIssues(checkAoiClientRegistrationReq.errors, sourcesAoiClientRegistrationReq)');
    expect(validators).toContain('issuesAoiClientRegistrationRes(value)');
  });

  it("answers as ajv's code does", async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'fail-fast.js'), failFast);
    const module = (await import(pathToFileURL(path.join(dir, 'fail-fast.js')).href)) as Record<
      string,
      (value: unknown) => boolean
    >;
    const check = createAjv('generatedFailFast').compile(target.schema);
    const base = { messageType: 'aoiClientRegistrationReq', deviceNumber: '1' };
    for (const document of [base, { ...base, 'x-a': 'b' }, { ...base, 'x-a': 1 }, { ...base, y: 1 }, 5])
      expect(module.failFastAoiClientRegistrationReq!(document)).toBe(check(document));
  });
});

describe('a schema ajv strict mode refuses', async () => {
  const spec = await loadSpec(fixtureSpec);
  const target = spec.messages.find((m) => m.meta.id === 'aoiClientRegistrationReq')!;
  // "items" on an object: ajv strict refuses what it would otherwise ignore.
  target.schema = { ...target.schema, items: { type: 'string' } };
  const plan = planSpec(spec).plans.find((p) => p.meta.id === 'aoi1')!;

  it('stops with GEN_SCHEMA_STRICT naming the schema file, not with ajv’s bare exception', () => {
    let thrown: unknown;
    try {
      emitCompiledValidators(plan, 'all');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'GEN_SCHEMA_STRICT',
      location: { file: `spec/schemas/${target.schemaPath}` },
    });
    expect((thrown as Error).message).toMatch(/strict mode.*"items"/);
  });
});
