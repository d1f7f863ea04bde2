import { describe, expectTypeOf, it } from 'vitest';
import type {
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientHandlers,
  Aoi1Handlers,
  Aoi1JsonRpcCall,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  NotificationDeliveryReq,
} from '../../generated/index.ts';

// Type-level checks of the committed generated/ (from spec/schemas); enforced by `tsc --noEmit`.
describe('generated/ types of the project spec', () => {
  it('accept the CR 002 §10.1.1 examples and reject broken shapes', () => {
    const request: AoiClientRegistrationReq = {
      messageType: 'aoiClientRegistrationReq',
      deviceNumber: '5465465416846865465',
    };
    const failure: AoiClientRegistrationRes = {
      messageType: 'aoiClientRegistrationRes',
      code: 503,
      desc: 'Service Unavailable',
    };
    // @ts-expect-error deviceNumber is mandatory
    const missing: AoiClientRegistrationReq = { messageType: 'aoiClientRegistrationReq' };
    const unknown: Aoi1ClientAppRegistrationReq = {
      jsonrpc: '2.0',
      method: 'clientAppRegistrationReq',
      id: 1,
      // @ts-expect-error params has no such member
      params: { clientID: 'a', bogus: 1 },
    };
    expectTypeOf([request, failure, missing, unknown]).not.toBeNever();
  });

  it('narrow JSON-RPC calls by method', () => {
    const tokenOf = (call: Aoi1JsonRpcCall) =>
      call.method === 'notificationDeliveryReq' ? call.params.clientAppToken : undefined;
    expectTypeOf(tokenOf).returns.toEqualTypeOf<string | undefined>();
  });

  it('give server-initiated requests to the client-side handlers only', () => {
    expectTypeOf<
      Parameters<Aoi1ClientHandlers['notificationDeliveryReq']>[0]
    >().toEqualTypeOf<NotificationDeliveryReq>();
    // The seed requests the AOI Server handles; a CR may add more (the exact set, derived from
    // spec/schemas/index.json, is checked in test/spec-evolution/project-spec.test.ts).
    expectTypeOf<
      | 'aoiClientDeregistrationReq'
      | 'aoiClientRegistrationReq'
      | 'clientAppDeregistrationReq'
      | 'clientAppRegistrationReq'
    >().toExtend<keyof Aoi1Handlers>();
    expectTypeOf<'notificationDeliveryReq'>().not.toExtend<keyof Aoi1Handlers>();
    expectTypeOf<'notificationDeliveryReq'>().toExtend<keyof Aoi1ClientHandlers>();
  });
});
