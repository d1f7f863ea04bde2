import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  completed,
  fieldsOf,
  optionalMember,
  readText,
  requestOf,
  type Procedure,
  type RetiredMessage,
} from '../../reference/members.ts';

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

describe('readText', () => {
  // After "the type of “code” is changed to integer" the reference still works with text.
  const message = { code: 200, description: 'OK', seed: null };

  it('reads the member under its wire name, as text whatever JSON type the spec gives it', () => {
    expect(readText(message, fields, 'desc')).toBe('OK');
    expect(readText(message, fields, 'code')).toBe('200');
    expectTypeOf(readText(message, fields, 'desc')).toEqualTypeOf<string | undefined>();
  });

  it('reads undefined for a member the message no longer has, or has as null', () => {
    expect(readText(message, fields, 'aoiServerUrl')).toBeUndefined();
    expect(readText(message, { seed: 'seed' }, 'seed')).toBeUndefined();
  });
});

describe('a procedure a CR deleted', () => {
  const F = { aRes: { code: 'code' } } as const;
  const requester = { aReq: (request: { n: number }) => Promise.resolve(request.n) };

  it('finds the fields and the requester method of a message the spec has', async () => {
    expect(fieldsOf(F, 'aRes')).toBe(F.aRes);
    expectTypeOf(fieldsOf(F, 'aRes')).toEqualTypeOf<{ readonly code: 'code' }>();
    expect(await requestOf(requester, 'aReq')({ n: 7 })).toBe(7);
  });

  it('finds no fields and no requester method, to the type checker too, for one it lacks', () => {
    expect(fieldsOf(F, 'bRes')).toEqual({});
    expectTypeOf(fieldsOf(F, 'bRes')).toEqualTypeOf<Readonly<Record<string, string>>>();
    expect(requestOf(requester, 'bReq')).toBeUndefined();
    expectTypeOf<Procedure<{ aReq(r: string): Promise<number> }, 'aReq', void>>().toEqualTypeOf<
      (r: string) => Promise<number>
    >();
    expectTypeOf<Parameters<Procedure<object, 'bReq', void>>[0]>().toEqualTypeOf<RetiredMessage>();
  });
});

describe('completed', () => {
  const success = {
    fill: { messageType: 'xRes', code: 200, token: 'x' },
    fixed: { messageType: ['xRes'], code: [200] },
    closed: ['messageType', 'code', 'token'],
  };
  const failure = {
    fill: { messageType: 'xRes', code: 400 },
    fixed: { messageType: ['xRes'], code: [400, 503] },
    closed: ['messageType', 'code'],
  };

  it('fills a mandatory member no code sets from the variant the message fits, and warns once', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      expect(completed([success, failure], { messageType: 'xRes', code: 200 })).toEqual({
        messageType: 'xRes',
        code: 200,
        token: 'x',
      });
      expect(completed([success, failure], { messageType: 'xRes', code: 503 })).toEqual({
        messageType: 'xRes',
        code: 503,
      });
      completed([success, failure], { messageType: 'xRes', code: 200 });
    } finally {
      await new Promise((resolve) => setImmediate(resolve));
      process.off('warning', listen);
    }
    expect(warnings).toEqual([expect.stringContaining('"token" mandatory')]);
  });

  it('leaves a message alone that has every mandatory member or fits no variant', () => {
    const whole = { messageType: 'xRes', code: 200, token: 't' };
    expect(completed([success, failure], whole)).toBe(whole);
    const stranger = { messageType: 'yRes', code: 200 };
    expect(completed([success, failure], stranger)).toBe(stranger);
  });
});
