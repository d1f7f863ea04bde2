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
} from '../common/dispatch.js';
import { sendRequest, type PendingRequests } from '../common/requests.js';
import type { Aoi1Handlers, Aoi1ClientHandlers } from './handlers.js';
import type {
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationRes,
  AoiClientDeregistrationReq,
  AoiClientRegistrationReq,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationRes,
  NotificationDeliveryReq,
  NotificationDeliveryRes,
} from './types.js';
import {
  validateAoi1ClientAppRegistrationReq,
  validateAoi1ClientAppRegistrationRes,
  validateAoiClientDeregistrationReq,
  validateAoiClientDeregistrationRes,
  validateAoiClientRegistrationReq,
  validateAoiClientRegistrationRes,
  validateClientAppDeregistrationReq,
  validateClientAppDeregistrationRes,
  validateNotificationDeliveryReq,
  validateNotificationDeliveryRes,
} from './validators.js';

/** What the server side of `aoi1` receives, and the responses to the requests it sends. */
const serverRoutes: Routes = {
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
  responses: {
    notificationDeliveryReq: validateNotificationDeliveryRes,
  },
};

/** A message the server side of `aoi1` accepted, told apart by `name`. */
export type Aoi1Accepted =
  | Accepted<'aoiClientDeregistrationReq', AoiClientDeregistrationReq>
  | Accepted<'aoiClientRegistrationReq', AoiClientRegistrationReq>
  | Accepted<'clientAppDeregistrationReq', ClientAppDeregistrationReq>
  | Accepted<'clientAppRegistrationReq', Aoi1ClientAppRegistrationReq>;

/** Parses raw text once, tells envelope and message, validates; errors come already mapped to the protocol. */
export function decodeAoi1(raw: string, options?: DecodeOptions): Decoded<Aoi1Accepted> {
  // Every accepted item passed the validator of the route named by its `name`.
  return decode(serverRoutes, raw, options) as Decoded<Aoi1Accepted>;
}

function invokeServer<Ctx>(handlers: Aoi1Handlers<Ctx>, accepted: Aoi1Accepted, ctx: Ctx): Promise<unknown> {
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

/**
 * `(raw, ctx) => reply` for the server side; undefined means send nothing (notifications, responses,
 * all-notification batches). Pass `options.pending` to receive responses to the requests it sends.
 */
export function createAoi1Dispatcher<Ctx = void>(
  handlers: Aoi1Handlers<Ctx>,
  options: DispatcherOptions = {},
): (raw: string, ctx: Ctx) => Promise<string | undefined> {
  return (raw, ctx) =>
    dispatch(serverRoutes, decodeAoi1(raw, options), (accepted) => invokeServer(handlers, accepted, ctx), options);
}

/** Sends the requests of the server side and resolves with their validated responses (give the dispatcher the same `pending`). */
export function createAoi1Requester(send: (text: string) => void | Promise<void>, pending: PendingRequests) {
  return {
    notificationDeliveryReq: (request: NotificationDeliveryReq) =>
      sendRequest<NotificationDeliveryRes>(send, pending, validateNotificationDeliveryReq, request),
  };
}

/** What the client side of `aoi1` receives, and the responses to the requests it sends. */
const clientRoutes: Routes = {
  jsonrpc: {
    notificationDeliveryReq: {
      kind: 'request',
      validate: validateNotificationDeliveryReq,
      validateResponse: validateNotificationDeliveryRes,
    },
  },
  messageType: {},
  responses: {
    clientAppDeregistrationReq: validateClientAppDeregistrationRes,
    clientAppRegistrationReq: validateAoi1ClientAppRegistrationRes,
  },
};

/** A message the client side of `aoi1` accepted, told apart by `name`. */
export type Aoi1ClientAccepted = Accepted<'notificationDeliveryReq', NotificationDeliveryReq>;

/** Parses raw text once, tells envelope and message, validates; errors come already mapped to the protocol. */
export function decodeAoi1Client(raw: string, options?: DecodeOptions): Decoded<Aoi1ClientAccepted> {
  // Every accepted item passed the validator of the route named by its `name`.
  return decode(clientRoutes, raw, options) as Decoded<Aoi1ClientAccepted>;
}

function invokeClient<Ctx>(
  handlers: Aoi1ClientHandlers<Ctx>,
  accepted: Aoi1ClientAccepted,
  ctx: Ctx,
): Promise<unknown> {
  switch (accepted.name) {
    case 'notificationDeliveryReq':
      return handlers.notificationDeliveryReq(accepted.message, ctx);
  }
}

/**
 * `(raw, ctx) => reply` for the client side; undefined means send nothing (notifications, responses,
 * all-notification batches). Pass `options.pending` to receive responses to the requests it sends.
 */
export function createAoi1ClientDispatcher<Ctx = void>(
  handlers: Aoi1ClientHandlers<Ctx>,
  options: DispatcherOptions = {},
): (raw: string, ctx: Ctx) => Promise<string | undefined> {
  return (raw, ctx) =>
    dispatch(
      clientRoutes,
      decodeAoi1Client(raw, options),
      (accepted) => invokeClient(handlers, accepted, ctx),
      options,
    );
}

/** Sends the requests of the client side and resolves with their validated responses (give the dispatcher the same `pending`). */
export function createAoi1ClientRequester(send: (text: string) => void | Promise<void>, pending: PendingRequests) {
  return {
    clientAppDeregistrationReq: (request: ClientAppDeregistrationReq) =>
      sendRequest<ClientAppDeregistrationRes>(send, pending, validateClientAppDeregistrationReq, request),
    clientAppRegistrationReq: (request: Aoi1ClientAppRegistrationReq) =>
      sendRequest<Aoi1ClientAppRegistrationRes>(send, pending, validateAoi1ClientAppRegistrationReq, request),
  };
}
