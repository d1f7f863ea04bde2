import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { Aoi1Handlers } from '../../generated/aoi1/handlers.ts';
import type {
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationResResult,
  AoiClientDeregistrationReq,
  AoiClientDeregistrationRes,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationResResult,
} from '../../generated/aoi1/types.ts';
import type { AoiService } from '../aoi/service.ts';
import type { ConnectionContext } from '../ws/socket-endpoint.ts';

/**
 * AOI-1 request handlers: translate already-validated wire messages into AoiService calls and the
 * outcomes back into the CR's response shapes. The connection is the ownership session.
 * JSON-RPC failures carry the CR's own codes (400/401/503) in the error object, as in 10.1.5.
 */
export class AoiHandlers implements Aoi1Handlers<ConnectionContext> {
  constructor(private readonly service: AoiService) {}

  async aoiClientRegistrationReq(request: AoiClientRegistrationReq, ctx: ConnectionContext): Promise<AoiClientRegistrationRes> {
    const outcome = await this.service.registerClient(request.deviceNumber, ctx);
    return outcome.ok
      ? { messageType: 'aoiClientRegistrationRes', clientID: outcome.clientID, code: 200, desc: 'OK' }
      : { messageType: 'aoiClientRegistrationRes', code: outcome.code, desc: outcome.desc };
  }

  async aoiClientDeregistrationReq(
    request: AoiClientDeregistrationReq,
    ctx: ConnectionContext,
  ): Promise<AoiClientDeregistrationRes> {
    const outcome = await this.service.deregisterClient(request.clientID, ctx);
    return outcome.ok
      ? { messageType: 'aoiClientDeregistrationRes', code: 200, desc: 'OK' }
      : { messageType: 'aoiClientDeregistrationRes', code: outcome.code, desc: outcome.desc };
  }

  async clientAppRegistrationReq(
    request: Aoi1ClientAppRegistrationReq,
    ctx: ConnectionContext,
  ): Promise<Aoi1ClientAppRegistrationResResult | ProtocolError> {
    const { clientID, tokenSeed } = request.params;
    const outcome = await this.service.registerApplication(clientID, tokenSeed, ctx);
    if (!outcome.ok) return new ProtocolError(outcome.code, outcome.desc);
    const result = { code: 200 as const, message: 'OK', clientAppToken: outcome.clientAppToken };
    return outcome.aoiServerUrl === undefined ? result : { ...result, aoiServerUrl: outcome.aoiServerUrl };
  }

  async clientAppDeregistrationReq(
    request: ClientAppDeregistrationReq,
    ctx: ConnectionContext,
  ): Promise<ClientAppDeregistrationResResult | ProtocolError> {
    const { clientID, clientAppToken } = request.params;
    const outcome = await this.service.deregisterApplication(clientID, clientAppToken, ctx);
    return outcome.ok ? { code: 200, message: 'OK' } : new ProtocolError(outcome.code, outcome.desc);
  }
}
