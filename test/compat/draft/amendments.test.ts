/**
 * A message whose members only became mandatory or optional, were removed, renamed in place or restricted to values, is amended in
 * prose (the forms of CR-STYLE.md) instead of restated, and the amendment rebuilds the edited schemas exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../compat/draft/blocks.ts';
import type { SpecSnapshot } from '../../../compat/snapshot.ts';
import { roundTrip, seedSpec } from './round-trip.ts';

const get = (s: SpecSnapshot, schema: string) => s.schemas.get(schema) as Schema;

describe('cr draft prose amendments', () => {
  const seed = seedSpec();
  it.each([
    [
      (s: SpecSnapshot) =>
        (get(s, 'aoi1/clientAppRegistrationReq.schema.json').properties.params.required = ['clientID', 'tokenSeed']),
      '10.1.5 Client Application Registration\nThe “tokenSeed” parameter of the Client Application Registration request becomes mandatory.\n',
    ],
    [
      (s: SpecSnapshot) =>
        delete get(s, 'aoi1/clientAppRegistrationRes.schema.json').oneOf[0].properties.result.properties.aoiServerUrl,
      '10.1.5 Client Application Registration\nThe “aoiServerUrl” parameter of the Client Application Registration response “result” member is removed.\n',
    ],
    [
      (s: SpecSnapshot) =>
        (get(s, 'aoi1/aoiClientRegistrationRes.schema.json').oneOf[1].required = ['messageType', 'code']),
      '10.1.1 AOI Client Registration\nThe “desc” parameter of the AOI Client Registration error response becomes optional.\n',
    ],
    [
      (s: SpecSnapshot) =>
        (get(s, 'aoi1/clientAppRegistrationReq.schema.json').properties.params.properties.tokenSeed.enum = ['a', 'b']),
      '10.1.5 Client Application Registration\nThe “tokenSeed” parameter of the Client Application Registration request is restricted to the values “a” and “b”.\n',
    ],
    [
      (s: SpecSnapshot) => {
        const params = get(s, 'aoi1/clientAppRegistrationReq.schema.json').properties.params;
        const { clientID, tokenSeed } = params.properties;
        params.properties = { clientID, seed: { ...tokenSeed, title: 'seed' } };
      },
      '10.1.5 Client Application Registration\nThe “tokenSeed” parameter of the Client Application Registration request is renamed “seed”.\n',
    ],
  ])('amends in prose: %#', async (edit, block) => {
    const current = seed.edited(edit);
    const { draft, differences } = await roundTrip(seed.dir(), seed.spec(), current);
    expect(draft.text).toContain(`\nChange 1:  Change Following Section\n${block}`);
    expect(draft.restated).toEqual([]);
    expect(draft.warnings).toEqual([]);
    expect(differences).toEqual([]);
  });

  it('restates a message that changed in any other way as well', async () => {
    const current = seed.edited(() => {});
    const params = get(current, 'aoi1/clientAppRegistrationReq.schema.json').properties.params;
    params.required = ['clientID', 'tokenSeed'];
    params.properties.tokenSeed.maxLength = 64;
    const { draft, differences } = await roundTrip(seed.dir(), seed.spec(), current);
    expect(draft.restated).toContain('aoi1.clientAppRegistrationReq');
    expect(draft.text).toContain('“tokenSeed”: mandatory, at most 64 characters, string');
    expect(differences).toEqual([]);
  });
});
