/**
 * What the house style cannot carry so that the reader reads it back is named in a warning (message, member,
 * what), and the round trip indeed differs there: nothing is dropped silently.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../compat/draft/blocks.ts';
import { draftCr } from '../../../compat/draft/index.ts';
import { verifyDraft } from '../../../compat/draft/verify.ts';
import { readManifest } from '../../../ingest/manifest.ts';
import type { SpecSnapshot } from '../../../compat/snapshot.ts';
import { roundTrip, seedSpec } from './round-trip.ts';

const PARAMS = (s: SpecSnapshot) =>
  (s.schemas.get('aoi1/clientAppRegistrationReq.schema.json') as Schema).properties.params.properties;

describe('cr draft warnings', () => {
  const seed = seedSpec();
  const edited = seed.edited;

  it.each([
    ['a pattern', (p: Schema) => (p.clientID.pattern = '^aoi[0-9]+$'), 'params.clientID: pattern cannot be stated'],
    ['a const', (p: Schema) => (p.clientID.const = 'x'), 'params.clientID: const cannot be stated'],
    ['a union of types', (p: Schema) => (p.tokenSeed.type = ['null', 'string']), 'params.tokenSeed: a union of types'],
    ['an email format', (p: Schema) => (p.tokenSeed.format = 'email'), 'params.tokenSeed: format "email"'],
    ['a negative bound', (p: Schema) => (p.tokenSeed.minimum = -1), 'params.tokenSeed: minimum does not apply'],
    [
      'an enum value with quotes',
      (p: Schema) => (p.tokenSeed.enum = ['a “b”', 'c']),
      'params.tokenSeed: enum values with quotes',
    ],
    [
      'a member name with a space',
      (p: Schema) => (p['token seed'] = { title: 'token seed', type: 'string' }),
      'params.token seed: a member name a parameter bullet cannot quote',
    ],
    [
      'an open nested object',
      (p: Schema) => (p.extra = { title: 'extra', type: 'object', properties: { a: { type: 'string' } } }),
      'params.extra: an object that accepts unlisted members',
    ],
  ])('names %s of a JSON-RPC parameter, and the round trip differs there', async (_what, edit, warning) => {
    const current = edited((s) => edit(PARAMS(s)));
    const { draft, differences } = await roundTrip(seed.dir(), seed.spec(), current);
    expect(draft.warnings.join('\n')).toContain(`aoi1.clientAppRegistrationReq ${warning}`);
    expect(differences.map((d) => d.what)).toContain('aoi1/clientAppRegistrationReq.schema.json');
  });

  it('names a message removed from a section that keeps others, which a CR cannot delete alone', () => {
    const current = edited((s) => {
      s.index.messages = s.index.messages.filter(
        (m) => m.name !== 'clientAppRegistrationRes' || m.interface !== 'aoi1',
      );
    });
    expect(draftCr(seed.spec(), current).warnings).toEqual([
      'aoi1.clientAppRegistrationRes: removed while §10.1.5 keeps other messages; a CR can delete a section or restate messages, not delete one message of a kept section',
    ]);
  });

  it('deletes a section whose messages are all gone, and the round trip removes them', async () => {
    const current = edited((s) => {
      s.index.messages = s.index.messages.filter((m) => m.source.section !== '10.1.6');
    });
    const { draft, differences } = await roundTrip(seed.dir(), seed.spec(), current);
    expect(draft.text).toContain('\nChange 1:  Delete Following Section 10.1.6\n');
    expect(draft.warnings).toEqual([]);
    expect(differences).toEqual([]);
  });

  it('names changes to messages a spec extension defines, which no CR states', () => {
    const current = edited((s) => {
      (s.schemas.get('notify/notificationSubmitReq.schema.json') as Schema).description = 'reworded';
    });
    expect(draftCr(seed.spec(), current).warnings).toEqual([
      'notify §extension:notifications: defined by a spec extension, not a CR; not drafted',
    ]);
  });

  it('verifyDraft reads a draft back and names what comes back otherwise, unexplained by a warning', async () => {
    const current = edited((s) => (PARAMS(s).tokenSeed.maxLength = 64));
    const { interfaces } = await readManifest(seed.dir());
    const draft = draftCr(seed.spec(), current, { interfaces });
    expect(await verifyDraft(draft, current, interfaces)).toEqual([]);
    const tampered = { ...draft, text: draft.text.replace('“tokenSeed”: optional', '“tokenSeed”: mandatory') };
    expect(await verifyDraft(tampered, current, interfaces)).toEqual([
      'aoi1.clientAppRegistrationReq: reads back otherwise at /1/properties/params/required/1 ("tokenSeed", not undefined)',
    ]);
  });
});
