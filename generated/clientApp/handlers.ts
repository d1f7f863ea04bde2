/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import type { ProtocolError } from '../common/dispatch.js';
import type { ClientAppRegistrationReq, ClientAppRegistrationRes } from './types.js';

/**
 * What the AOI Client implements for Client Application to AOI Client interface: one method per request it receives. Return the result
 * (JSON-RPC) or the response message (messageType, HTTP), or return/throw a ProtocolError for a protocol
 * error reply. Anything else thrown becomes a generic internal error on the wire.
 */
export interface ClientAppHandlers<Ctx = void> {
  /** Request `clientApp.clientAppRegistrationReq` (CR 001_5aa78a6be4cd429f.txt §9.3.1). */
  clientAppRegistrationReq(
    request: ClientAppRegistrationReq,
    ctx: Ctx,
  ): Promise<ClientAppRegistrationRes | ProtocolError>;
}
