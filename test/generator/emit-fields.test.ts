import { describe, expect, it } from 'vitest';
import { isRecord } from '../../core/guards.ts';
import { fieldsDeclaration } from '../../generator/emit-fields.ts';
import { planInterfaces } from '../../generator/plan.ts';
import { loadSpec, type LoadedMessage } from '../../generator/spec-loader.ts';
import { fixtureSpec } from './helpers.ts';

/** The object literal of `export const <iface>Fields = {…} as const;`. */
const fieldsOf = (declaration: string) =>
  JSON.parse(/=\s*(\{[\s\S]*\})\s*as const;/.exec(declaration)![1]!) as Record<string, Record<string, string>>;

/** What `spec build` writes for a property a later CR renamed: the new key, the old names in its source. */
function rename(message: LoadedMessage, from: string, to: string, earlier: string[] = []): void {
  for (const variant of Array.isArray(message.schema.oneOf) ? message.schema.oneOf : [message.schema]) {
    if (!isRecord(variant) || !isRecord(variant.properties) || !isRecord(variant.properties[from])) continue;
    const property = variant.properties[from];
    delete variant.properties[from];
    const source = property['x-omaspec-source'] as Record<string, unknown>;
    variant.properties[to] = { ...property, 'x-omaspec-source': { ...source, renamedFrom: [...earlier, from] } };
  }
}

describe('fieldsDeclaration', () => {
  it('maps each member of every message to itself, JSON-RPC members by their params/result/error fields', async () => {
    const spec = await loadSpec(fixtureSpec);
    const aoi1 = planInterfaces(spec).find((p) => p.meta.id === 'aoi1')!;
    const fields = fieldsOf(fieldsDeclaration(aoi1));
    expect(Object.keys(fields).sort()).toEqual(aoi1.messages.map((m) => m.meta.name).sort());
    expect(fields.aoiClientRegistrationRes).toMatchObject({ code: 'code', desc: 'desc', clientID: 'clientID' });
    expect(fields.clientAppRegistrationReq).toMatchObject({ clientID: 'clientID', tokenSeed: 'tokenSeed' });
    expect(fields.clientAppRegistrationReq).not.toHaveProperty('params');
  });

  it('gives a renamed member its wire name under each name it had', async () => {
    const spec = await loadSpec(fixtureSpec);
    const response = spec.messages.find((m) => m.meta.name === 'aoiClientRegistrationRes')!;
    rename(response, 'desc', 'text', ['description']);
    const aoi1 = planInterfaces(spec).find((p) => p.meta.id === 'aoi1')!;
    const fields = fieldsOf(fieldsDeclaration(aoi1)).aoiClientRegistrationRes!;
    expect(fields).toMatchObject({ text: 'text', desc: 'text', description: 'text', code: 'code' });
  });
});
