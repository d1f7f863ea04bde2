import type { AoiService } from '../aoi/service.ts';
import type { ConnectionContext } from '../ws/socket-endpoint.ts';
import type {
  Aoi1Handlers,
  AoiClientDeregistrationReq,
  AoiClientDeregistrationRes,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationRes,
  ClientAppRegistrationReq,
  ClientAppRegistrationRes,
} from './wire-types.ts';

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

  async clientAppRegistrationReq(request: ClientAppRegistrationReq, ctx: ConnectionContext): Promise<ClientAppRegistrationRes> {
    const { clientID, tokenSeed } = request.params;
    const outcome = await this.service.registerApplication(clientID, tokenSeed, ctx);
    if (!outcome.ok) return { jsonrpc: '2.0', id: request.id, error: { code: outcome.code, message: outcome.desc } };
    const result = { code: 200 as const, message: 'OK', clientAppToken: outcome.clientAppToken };
    return {
      jsonrpc: '2.0',
      id: request.id,
      result: outcome.aoiServerUrl === undefined ? result : { ...result, aoiServerUrl: outcome.aoiServerUrl },
    };
  }

  async clientAppDeregistrationReq(
    request: ClientAppDeregistrationReq,
    ctx: ConnectionContext,
  ): Promise<ClientAppDeregistrationRes> {
    const { clientID, clientAppToken } = request.params;
    const outcome = await this.service.deregisterApplication(clientID, clientAppToken, ctx);
    return outcome.ok
      ? { jsonrpc: '2.0', id: request.id, result: { code: 200, message: 'OK' } }
      : { jsonrpc: '2.0', id: request.id, error: { code: outcome.code, message: outcome.desc } };
  }
}
