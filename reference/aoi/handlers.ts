// Handlers of Aoi1Handlers: the AOI Server side of AOI-1 (CR 003 8.2, CR 001 8.2.5, bindings 10.1.x).
// Written by people: `npx omaspec generate` only adds a stub here for each new request message and
// reports (never deletes) handlers whose message has gone.
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { Aoi1Handlers } from '../../generated/aoi1/handlers.ts';
import type { AoiService } from './service.ts';
import type { ConnectionContext } from '../ws/socket-endpoint.ts';

/** What each AOI-1 handler gets besides the validated message. */
export interface Aoi1Context {
  service: AoiService;
  /** The connection the request came in on: the ownership session (reference/README.md). */
  connection: ConnectionContext;
}

/**
 * Translate validated wire messages into AoiService calls and the outcomes back into the CR's
 * response shapes. JSON-RPC failures carry the CR's own codes (400/401/503) in the error object,
 * as in 10.1.5; messageType failures carry them in the `…Res` code.
 */
export const aoi1Handlers: Aoi1Handlers<Aoi1Context> = {
  async aoiClientRegistrationReq(request, { service, connection }) {
    const outcome = await service.registerClient(request.deviceNumber, connection);
    return outcome.ok
      ? { messageType: 'aoiClientRegistrationRes', clientID: outcome.clientID, code: 200, desc: 'OK' }
      : { messageType: 'aoiClientRegistrationRes', code: outcome.code, desc: outcome.desc };
  },

  async aoiClientDeregistrationReq(request, { service, connection }) {
    const outcome = await service.deregisterClient(request.clientID, connection);
    return outcome.ok
      ? { messageType: 'aoiClientDeregistrationRes', code: 200, desc: 'OK' }
      : { messageType: 'aoiClientDeregistrationRes', code: outcome.code, desc: outcome.desc };
  },

  async clientAppRegistrationReq(request, { service, connection }) {
    const { clientID, tokenSeed } = request.params;
    const outcome = await service.registerApplication(clientID, tokenSeed, connection);
    if (!outcome.ok) return ProtocolError.of(outcome.code, outcome.desc);
    const result = { code: 200 as const, message: 'OK', clientAppToken: outcome.clientAppToken };
    return outcome.aoiServerUrl === undefined ? result : { ...result, aoiServerUrl: outcome.aoiServerUrl };
  },

  async clientAppDeregistrationReq(request, { service, connection }) {
    const { clientID, clientAppToken } = request.params;
    const outcome = await service.deregisterApplication(clientID, clientAppToken, connection);
    return outcome.ok ? { code: 200, message: 'OK' } : ProtocolError.of(outcome.code, outcome.desc);
  },
};
