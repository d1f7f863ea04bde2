/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/common/jsonrpc.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationRes.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationRes.schema.json
 *   spec/schemas/aoi1/notificationDeliveryReq.schema.json
 *   spec/schemas/aoi1/notificationDeliveryRes.schema.json
 */
import {
  decode,
  dispatch,
  type Accepted,
  type Decoded,
  type DecodeOptions,
  type DispatcherOptions,
  type Routes,
} from '../common/dispatch.ts';
import type { Aoi1Handlers } from './handlers.ts';
import type {
  Aoi1ClientAppRegistrationReq,
  AoiClientDeregistrationReq,
  AoiClientRegistrationReq,
  ClientAppDeregistrationReq,
} from './types.ts';
import {
  validateAoi1ClientAppRegistrationReq,
  validateAoi1ClientAppRegistrationRes,
  validateAoiClientDeregistrationReq,
  validateAoiClientDeregistrationRes,
  validateAoiClientRegistrationReq,
  validateAoiClientRegistrationRes,
  validateClientAppDeregistrationReq,
  validateClientAppDeregistrationRes,
} from './validators.ts';

const routes: Routes = {
  jsonrpc: {
    clientAppDeregistrationReq: {
      kind: 'request',
      validate: validateClientAppDeregistrationReq,
      validateResponse: validateClientAppDeregistrationRes,
    },
    clientAppRegistrationReq: {
      kind: 'request',
      validate: validateAoi1ClientAppRegistrationReq,
      validateResponse: validateAoi1ClientAppRegistrationRes,
    },
  },
  messageType: {
    aoiClientDeregistrationReq: {
      kind: 'request',
      validate: validateAoiClientDeregistrationReq,
      validateResponse: validateAoiClientDeregistrationRes,
      responseMessageType: 'aoiClientDeregistrationRes',
    },
    aoiClientRegistrationReq: {
      kind: 'request',
      validate: validateAoiClientRegistrationReq,
      validateResponse: validateAoiClientRegistrationRes,
      responseMessageType: 'aoiClientRegistrationRes',
    },
  },
};

/** A message of `aoi1` that passed validation, told apart by `name`. */
export type Aoi1Accepted =
  | Accepted<'aoiClientDeregistrationReq', AoiClientDeregistrationReq>
  | Accepted<'aoiClientRegistrationReq', AoiClientRegistrationReq>
  | Accepted<'clientAppDeregistrationReq', ClientAppDeregistrationReq>
  | Accepted<'clientAppRegistrationReq', Aoi1ClientAppRegistrationReq>;

/** Parses raw text once, tells envelope and message, validates; errors come already mapped to the protocol. */
export function decodeAoi1(raw: string, options?: DecodeOptions): Decoded<Aoi1Accepted> {
  // Every accepted item passed the validator of the route named by its `name`.
  return decode(routes, raw, options) as Decoded<Aoi1Accepted>;
}

function invoke<Ctx>(handlers: Aoi1Handlers<Ctx>, accepted: Aoi1Accepted, ctx: Ctx): Promise<unknown> {
  switch (accepted.name) {
    case 'aoiClientDeregistrationReq':
      return handlers.aoiClientDeregistrationReq(accepted.message, ctx);
    case 'aoiClientRegistrationReq':
      return handlers.aoiClientRegistrationReq(accepted.message, ctx);
    case 'clientAppDeregistrationReq':
      return handlers.clientAppDeregistrationReq(accepted.message, ctx);
    case 'clientAppRegistrationReq':
      return handlers.clientAppRegistrationReq(accepted.message, ctx);
  }
}

/** `(raw, ctx) => reply`; undefined means send nothing (notifications, all-notification batches). */
export function createAoi1Dispatcher<Ctx = void>(
  handlers: Aoi1Handlers<Ctx>,
  options: DispatcherOptions = {},
): (raw: string, ctx: Ctx) => Promise<string | undefined> {
  return (raw, ctx) =>
    dispatch(routes, decodeAoi1(raw, options), (accepted) => invoke(handlers, accepted, ctx), options);
}
