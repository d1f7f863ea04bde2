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
import type { ProtocolError } from '../common/dispatch.js';
import type {
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationResResult,
  AoiClientDeregistrationReq,
  AoiClientDeregistrationRes,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationResResult,
  NotificationDeliveryReq,
  NotificationDeliveryResResult,
} from './types.js';

/**
 * What the AOI Server implements for AOI-1 interface over WebSocket (RFC 6455): one method per request it receives. Return the result
 * (JSON-RPC) or the response message (messageType, HTTP), or return/throw a ProtocolError for a protocol
 * error reply. Anything else thrown becomes a generic internal error on the wire.
 */
export interface Aoi1Handlers<Ctx = void> {
  /** Request `aoiClientDeregistrationReq` (CR 002_c738242bc884de22.txt §10.1.2). */
  aoiClientDeregistrationReq(
    request: AoiClientDeregistrationReq,
    ctx: Ctx,
  ): Promise<AoiClientDeregistrationRes | ProtocolError>;
  /** Request `aoiClientRegistrationReq` (CR 002_c738242bc884de22.txt §10.1.1). */
  aoiClientRegistrationReq(
    request: AoiClientRegistrationReq,
    ctx: Ctx,
  ): Promise<AoiClientRegistrationRes | ProtocolError>;
  /** Request `clientAppDeregistrationReq` (CR 000_405bc08fdded4f6d.txt §10.1.6). */
  clientAppDeregistrationReq(
    request: ClientAppDeregistrationReq,
    ctx: Ctx,
  ): Promise<ClientAppDeregistrationResResult | ProtocolError>;
  /** Request `aoi1.clientAppRegistrationReq` (CR 000_405bc08fdded4f6d.txt §10.1.5). */
  clientAppRegistrationReq(
    request: Aoi1ClientAppRegistrationReq,
    ctx: Ctx,
  ): Promise<Aoi1ClientAppRegistrationResResult | ProtocolError>;
}

/**
 * What the AOI Client implements for AOI-1 interface over WebSocket (RFC 6455): one method per request it receives. Return the result
 * (JSON-RPC) or the response message (messageType, HTTP), or return/throw a ProtocolError for a protocol
 * error reply. Anything else thrown becomes a generic internal error on the wire.
 */
export interface Aoi1ClientHandlers<Ctx = void> {
  /** Request `notificationDeliveryReq` (CR extensions/notifications.yaml §extension:notifications). */
  notificationDeliveryReq(
    request: NotificationDeliveryReq,
    ctx: Ctx,
  ): Promise<NotificationDeliveryResResult | ProtocolError>;
}
