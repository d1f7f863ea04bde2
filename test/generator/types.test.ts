import { describe, expectTypeOf, it } from 'vitest';
import type {
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationRes,
  Aoi1Handlers,
  Aoi1JsonRpcCall,
  Aoi1MessageTypeMessage,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppRegistrationReq,
  DmPackage1,
  JsonRpcId,
  MessageTypes,
} from './fixtures/generated/index.ts';

// These tests run under `tsc --noEmit` (test/ is in tsconfig): each @ts-expect-error must stay an error.
describe('generated types', () => {
  it('accept the CR examples', () => {
    const request: AoiClientRegistrationReq = {
      messageType: 'aoiClientRegistrationReq',
      deviceNumber: '5465465416846865465',
    };
    const success: AoiClientRegistrationRes = {
      messageType: 'aoiClientRegistrationRes',
      clientID: 'aoi123456789',
      code: 200,
      desc: 'OK',
    };
    const failure: AoiClientRegistrationRes = {
      messageType: 'aoiClientRegistrationRes',
      code: 503,
      desc: 'Service Unavailable',
    };
    const rpc: Aoi1ClientAppRegistrationReq = {
      jsonrpc: '2.0',
      method: 'clientAppRegistrationReq',
      id: '116',
      params: { clientID: 'aoi123456789', tokenSeed: 'seed' },
    };
    const rpcError: Aoi1ClientAppRegistrationRes = {
      jsonrpc: '2.0',
      id: '116',
      error: { code: 503, message: 'Service Unavailable' },
    };
    const dm: DmPackage1 = { MOS: [{ DDF: 'urn:ddf', MOID: 'urn:mo', MIID: ['1'] }] };
    expectTypeOf([request, success, failure, rpc, rpcError, dm]).not.toBeNever();
  });

  it('reject a missing mandatory member, a wrong type and an unknown member', () => {
    // @ts-expect-error deviceNumber is mandatory
    const missing: AoiClientRegistrationReq = { messageType: 'aoiClientRegistrationReq' };
    // @ts-expect-error deviceNumber is a string
    const wrongType: AoiClientRegistrationReq = { messageType: 'aoiClientRegistrationReq', deviceNumber: 5 };
    // @ts-expect-error additionalProperties: false
    const unknown: AoiClientRegistrationReq = { messageType: 'aoiClientRegistrationReq', deviceNumber: '1', extra: 1 };
    // @ts-expect-error messageType is a literal
    const wrongLiteral: AoiClientRegistrationReq = { messageType: 'somethingElse', deviceNumber: '1' };
    const version: Aoi1ClientAppRegistrationReq = {
      // @ts-expect-error jsonrpc must be "2.0"
      jsonrpc: '1.0',
      method: 'clientAppRegistrationReq',
      id: 1,
      params: { clientID: 'a' },
    };
    const params: Aoi1ClientAppRegistrationReq = {
      jsonrpc: '2.0',
      method: 'clientAppRegistrationReq',
      id: 1,
      // @ts-expect-error params.clientID is mandatory
      params: {},
    };
    expectTypeOf([missing, wrongType, unknown, wrongLiteral, version, params]).not.toBeNever();
  });

  it('narrow JSON-RPC calls by method and messageType messages by messageType', () => {
    const byMethod = (call: Aoi1JsonRpcCall) => {
      switch (call.method) {
        case 'clientAppRegistrationReq':
          expectTypeOf(call).toEqualTypeOf<Aoi1ClientAppRegistrationReq>();
          expectTypeOf(call.id).toEqualTypeOf<JsonRpcId>();
          return call.params.clientID;
        case 'keepAlive':
          // @ts-expect-error a notification has no id
          return call.id;
      }
    };
    const byMessageType = (message: Aoi1MessageTypeMessage) => {
      if (message.messageType === 'aoiClientRegistrationReq')
        expectTypeOf(message).toEqualTypeOf<AoiClientRegistrationReq>();
    };
    expectTypeOf(byMethod).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf(byMessageType).toBeFunction();
  });

  it('type handlers with the request in and the result or response out', () => {
    type Registration = Aoi1Handlers['clientAppRegistrationReq'];
    expectTypeOf<Parameters<Registration>[0]>().toEqualTypeOf<Aoi1ClientAppRegistrationReq>();
    const handlers: Pick<Aoi1Handlers, 'clientAppRegistrationReq'> = {
      // @ts-expect-error the result lacks the mandatory clientAppToken
      async clientAppRegistrationReq() {
        return { code: 200, message: 'OK' };
      },
    };
    expectTypeOf(handlers).not.toBeNever();
  });

  it('qualify the names of messages two interfaces share', () => {
    expectTypeOf<MessageTypes['clientApp.clientAppRegistrationReq']>().toEqualTypeOf<ClientAppRegistrationReq>();
    expectTypeOf<MessageTypes['aoi1.clientAppRegistrationReq']>().toEqualTypeOf<Aoi1ClientAppRegistrationReq>();
  });
});
