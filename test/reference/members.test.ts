import { describe, expect, expectTypeOf, it } from 'vitest';
import { optionalMember, readMember } from '../../reference/members.ts';

// A message's map after a CR renamed `desc` to `description` and removed `aoiServerUrl` (generator/emit-fields.ts).
const fields = { code: 'code', desc: 'description', description: 'description' } as const;

describe('optionalMember', () => {
  it('names the member by its wire name, and leaves it out without a value', () => {
    expect(optionalMember(fields, 'desc', 'OK')).toEqual({ description: 'OK' });
    expect(optionalMember(fields, 'desc', undefined)).toEqual({});
    expectTypeOf(optionalMember(fields, 'desc', 'OK')).toEqualTypeOf<{ description?: string }>();
  });

  it('gives nothing, to the type checker too, for a member the message no longer has', () => {
    const member = optionalMember(fields, 'aoiServerUrl', 'http://x');
    expect(member).toEqual({});
    expectTypeOf(member).toEqualTypeOf<Record<never, never>>();
  });
});

describe('readMember', () => {
  const message: { code: number; description?: string } = { code: 200, description: 'OK' };

  it('reads the member under its wire name', () => {
    expect(readMember(message, fields, 'desc')).toBe('OK');
    expectTypeOf(readMember(message, fields, 'desc')).toEqualTypeOf<string | undefined>();
  });

  it('reads undefined for a member the message no longer has', () => {
    expect(readMember(message, fields, 'aoiServerUrl')).toBeUndefined();
    expectTypeOf(readMember(message, fields, 'aoiServerUrl')).toEqualTypeOf<undefined>();
  });
});
