/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import type { ProtocolError } from '../common/dispatch.js';
import type { NotificationSubmitReq, NotificationSubmitRes } from './types.js';

/**
 * What the AOI Server implements for Server Application to AOI Server notification submission over HTTP (provisional extension): one method per request it receives. Return the result
 * (JSON-RPC) or the response message (messageType, HTTP), or return/throw a ProtocolError for a protocol
 * error reply. Anything else thrown becomes a generic internal error on the wire.
 */
export interface NotifyHandlers<Ctx = void> {
  /** Request `notificationSubmitReq` (CR extensions/notifications.yaml §extension:notifications). */
  notificationSubmitReq(request: NotificationSubmitReq, ctx: Ctx): Promise<NotificationSubmitRes | ProtocolError>;
}
