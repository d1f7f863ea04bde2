/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
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
import type { ClientAppHandlers } from './handlers.js';
import type { ClientAppRegistrationReq } from './types.js';
import { validateClientAppRegistrationReq, validateClientAppRegistrationRes } from './validators.js';

/** What the server side of `clientApp` receives, and the responses to the requests it sends. */
const serverRoutes: Routes = {
  jsonrpc: {},
  messageType: {
    clientAppRegistrationReq: {
      kind: 'request',
      validate: validateClientAppRegistrationReq,
      validateResponse: validateClientAppRegistrationRes,
      responseMessageType: 'clientAppRegistrationRes',
    },
  },
  responses: {},
};

/** A message the server side of `clientApp` accepted, told apart by `name`. */
export type ClientAppAccepted = Accepted<'clientAppRegistrationReq', ClientAppRegistrationReq>;

/** Parses raw text once, tells envelope and message, validates; errors come already mapped to the protocol. */
export function decodeClientApp(raw: string, options?: DecodeOptions): Decoded<ClientAppAccepted> {
  // Every accepted item passed the validator of the route named by its `name`.
  return decode(serverRoutes, raw, options) as Decoded<ClientAppAccepted>;
}

function invokeServer<Ctx>(handlers: ClientAppHandlers<Ctx>, accepted: ClientAppAccepted, ctx: Ctx): Promise<unknown> {
  switch (accepted.name) {
    case 'clientAppRegistrationReq':
      return handlers.clientAppRegistrationReq(accepted.message, ctx);
  }
}

/**
 * `(raw, ctx) => reply` for the server side; undefined means send nothing (notifications, responses,
 * all-notification batches). Pass `options.pending` to receive responses to the requests it sends.
 */
export function createClientAppDispatcher<Ctx = void>(
  handlers: ClientAppHandlers<Ctx>,
  options: DispatcherOptions = {},
): (raw: string, ctx: Ctx) => Promise<string | undefined> {
  return (raw, ctx) =>
    dispatch(serverRoutes, decodeClientApp(raw, options), (accepted) => invokeServer(handlers, accepted, ctx), options);
}
