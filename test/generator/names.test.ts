import { describe, expect, it } from 'vitest';
import { checkedIdentifier, NameError, names } from '../../generator/names.ts';

describe('generated names', () => {
  it('keeps unique message ids as PascalCase and prefixes qualified ones with the interface, once', () => {
    expect(names.type('aoiClientRegistrationReq')).toBe('AoiClientRegistrationReq');
    expect(names.type('aoi1.clientAppRegistrationReq')).toBe('Aoi1ClientAppRegistrationReq');
    expect(names.type('clientApp.clientAppRegistrationReq')).toBe('ClientAppRegistrationReq');
    // Only at a word boundary: `clientApplicationReq` does not begin with the word `clientApp`.
    expect(names.type('clientApp.clientApplicationReq')).toBe('ClientAppClientApplicationReq');
  });

  it('derives guards, validators, params and results from the type name', () => {
    expect(names.guard('dmPackage1')).toBe('isDmPackage1');
    expect(names.validate('aoi1.clientAppRegistrationRes')).toBe('validateAoi1ClientAppRegistrationRes');
    expect(names.params('keepAlive')).toBe('KeepAliveParams');
    expect(names.result('aoi1.clientAppRegistrationRes')).toBe('Aoi1ClientAppRegistrationResResult');
    expect(names.success('aoi1.clientAppRegistrationRes')).toBe('Aoi1ClientAppRegistrationResSuccess');
    expect(names.failure('aoi1.clientAppRegistrationRes')).toBe('Aoi1ClientAppRegistrationResError');
    expect(names.errorObject('aoi1.clientAppRegistrationRes')).toBe('Aoi1ClientAppRegistrationResErrorObject');
  });

  it('names the server side plainly and the client side with Client', () => {
    expect([names.handlers('aoi1'), names.dispatcher('aoi1'), names.decoder('aoi1'), names.requester('aoi1')]).toEqual([
      'Aoi1Handlers',
      'createAoi1Dispatcher',
      'decodeAoi1',
      'createAoi1Requester',
    ]);
    expect([names.handlers('aoi1', 'client'), names.dispatcher('aoi1', 'client')]).toEqual([
      'Aoi1ClientHandlers',
      'createAoi1ClientDispatcher',
    ]);
  });

  it('refuses a name that is not a plain identifier', () => {
    expect(() => names.type('aoi1.client-app')).toThrow(NameError);
    expect(() => checkedIdentifier('x y')).toThrow(/not a valid identifier/);
    expect(checkedIdentifier('ok_$1')).toBe('ok_$1');
  });
});
