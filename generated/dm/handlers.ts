/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 */
import type { ProtocolError } from '../common/dispatch.js';
import type { DmPackage1, DmPackage2, DmPackage3 } from './types.js';

/**
 * What the DM Server implements for OMA DM 2.0 JSON binding over HTTP: one method per request it receives. Return the result
 * (JSON-RPC) or the response message (messageType, HTTP), or return/throw a ProtocolError for a protocol
 * error reply. Anything else thrown becomes a generic internal error on the wire.
 */
export interface DmHandlers<Ctx = void> {
  /** Request `dmPackage1` (CR 004_a402fc140745ff35.txt §7.2). */
  dmPackage1(request: DmPackage1, ctx: Ctx): Promise<DmPackage2 | ProtocolError>;
  /** Request `dmPackage3` (CR extensions/dm-package3.yaml §extension:dm-package3). */
  dmPackage3(request: DmPackage3, ctx: Ctx): Promise<DmPackage2 | ProtocolError>;
}
