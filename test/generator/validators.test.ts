import { describe, expect, it } from 'vitest';
import { checkAoiClientRegistrationReq } from './fixtures/generated/aoi1/validators.compiled.js';
import { failFastAoiClientRegistrationReq } from './fixtures/generated/aoi1/validators.fail-fast.compiled.js';
import {
  isAoiClientRegistrationReq,
  messages,
  validateAoi1ClientAppRegistrationReq,
  validateAoi1ClientAppRegistrationRes,
  validateAoiClientRegistrationReq,
  validateAoiClientRegistrationRes,
  validateDmPackage1,
} from './fixtures/generated/index.ts';

const CR002 = '002_c738242bc884de22.txt';
const CR000 = '000_405bc08fdded4f6d.txt';

describe('generated validators', () => {
  it('narrows with the type guard and returns the value when valid', () => {
    const input: unknown = { messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' };
    expect(isAoiClientRegistrationReq(input)).toBe(true);
    expect(validateAoiClientRegistrationReq(input)).toEqual({ ok: true, value: input });
  });

  it('guards with the compilation that stops at the first violation, and validates with the one that finds all', () => {
    const twoWrong = { messageType: 'aoiClientRegistrationReq', deviceNumber: 5, extra: true };
    expect(isAoiClientRegistrationReq(twoWrong)).toBe(false);
    expect(failFastAoiClientRegistrationReq.errors).toHaveLength(1);
    const result = validateAoiClientRegistrationReq(twoWrong);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path).sort()).toEqual(['/deviceNumber', '/extra']);
    expect(checkAoiClientRegistrationReq.errors).toHaveLength(2);
  });

  it('gives every issue its source, also past the sources it remembers (member names come from the input)', () => {
    const extra = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`member${i}`, i]));
    const result = validateAoiClientRegistrationReq({
      messageType: 'aoiClientRegistrationReq',
      deviceNumber: '1',
      ...extra,
    });
    expect(result.ok ? [] : result.issues.filter((issue) => issue.source?.section === '10.1.1')).toHaveLength(600);
  });

  it('names the JSON path, the failed rule and the CR section of the property', () => {
    const result = validateAoiClientRegistrationReq({ messageType: 'aoiClientRegistrationReq', deviceNumber: 5 });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/deviceNumber',
          rule: 'type',
          message: 'must be string',
          source: { cr: CR002, section: '10.1.1', line: 47 },
        },
      ],
    });
  });

  it('points a missing mandatory member at the member, with its own source', () => {
    const result = validateAoiClientRegistrationReq({ messageType: 'aoiClientRegistrationReq' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: '/deviceNumber',
        rule: 'required',
        source: { cr: CR002, section: '10.1.1', line: 47 },
      }),
    ]);
  });

  it('reports an unknown member by name with the source of the enclosing object', () => {
    const result = validateAoi1ClientAppRegistrationReq({
      jsonrpc: '2.0',
      method: 'clientAppRegistrationReq',
      id: '116',
      params: { clientID: 'a', extra: 1 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: '/params/extra',
        rule: 'additionalProperties',
        message: "unknown property 'extra'",
        source: { cr: CR000, section: '10.1.5', line: 23 },
      },
    ]);
  });

  it('keeps only the oneOf branch the document is closest to', () => {
    const result = validateAoiClientRegistrationRes({ messageType: 'aoiClientRegistrationRes', code: 700, desc: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ path: '/code', rule: 'maximum', source: { cr: CR002, section: '10.1.1', line: 131 } }),
    ]);
  });

  it('follows the inlined common JSON-RPC error object and names its source', () => {
    const result = validateAoi1ClientAppRegistrationRes({
      jsonrpc: '2.0',
      id: 1,
      error: { code: 503, message: 'x', extra: true },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: '/error/extra',
        rule: 'additionalProperties',
        source: { cr: CR000, section: '10.1.5', line: 46 },
      }),
    ]);
  });

  it('checks formats compiled ahead of time (uri)', () => {
    const base = { jsonrpc: '2.0', id: 1, result: { code: 200, message: 'OK', clientAppToken: 't' } };
    expect(
      validateAoi1ClientAppRegistrationRes({
        ...base,
        result: { ...base.result, aoiServerUrl: 'http://10.10.10.10:80/aoiServer' },
      }).ok,
    ).toBe(true);
    const bad = validateAoi1ClientAppRegistrationRes({
      ...base,
      result: { ...base.result, aoiServerUrl: 'not a url' },
    });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.path, i.rule])).toEqual([['/result/aoiServerUrl', 'format']]);
  });

  it('maps array items to the source of the array property', () => {
    const result = validateDmPackage1({ MOS: [{ DDF: 'd', MOID: 'm', MIID: ['a', 3] }] });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.source?.line])).toEqual([['/MOS/0/MIID/1', 114]]);
  });

  it('lists every message in the registry with its validator', () => {
    expect(Object.keys(messages).sort()).toEqual([
      'aoi1.clientAppRegistrationReq',
      'aoi1.clientAppRegistrationRes',
      'aoiClientRegistrationReq',
      'aoiClientRegistrationRes',
      'clientApp.clientAppRegistrationReq',
      'clientApp.clientAppRegistrationRes',
      'dmPackage1',
      'keepAlive',
      'pushReq',
      'pushRes',
    ]);
    expect(
      messages['clientApp.clientAppRegistrationReq'].validator.is({
        messageType: 'clientAppRegistrationReq',
        applicationName: 'app',
      }),
    ).toBe(true);
  });
});
