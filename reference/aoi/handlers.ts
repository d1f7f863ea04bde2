// Handlers of Aoi1Handlers: the AOI Server side of AOI-1 (CR 003 8.2, CR 001 8.2.5, bindings 10.1.x).
// Written by people: `npx omaspec generate` only adds a stub here for each new request message and
// reports (never deletes) handlers whose message has gone.
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { Aoi1Handlers } from '../../generated/aoi1/handlers.ts';
import { aoi1Fields as F } from '../../generated/aoi1/types.ts';
import { optionalMember, readMember } from '../members.ts';
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
 * as in 10.1.5; messageType failures carry them in the `…Res` code. Members are named through `aoi1Fields`, so a CR
 * that renames one changes what is sent without a change here, and one that removes an optional one
 * (`optionalMember`, `readMember`) stops its use.
 */
export const aoi1Handlers: Aoi1Handlers<Aoi1Context> = {
  async aoiClientRegistrationReq(request, { service, connection }) {
    const res = F.aoiClientRegistrationRes;
    const outcome = await service.registerClient(request[F.aoiClientRegistrationReq.deviceNumber], connection);
    return outcome.ok
      ? { messageType: 'aoiClientRegistrationRes', [res.clientID]: outcome.clientID, [res.code]: 200, [res.desc]: 'OK' }
      : { messageType: 'aoiClientRegistrationRes', [res.code]: outcome.code, [res.desc]: outcome.desc };
  },

  async aoiClientDeregistrationReq(request, { service, connection }) {
    const res = F.aoiClientDeregistrationRes;
    const outcome = await service.deregisterClient(request[F.aoiClientDeregistrationReq.clientID], connection);
    return outcome.ok
      ? { messageType: 'aoiClientDeregistrationRes', [res.code]: 200, [res.desc]: 'OK' }
      : { messageType: 'aoiClientDeregistrationRes', [res.code]: outcome.code, [res.desc]: outcome.desc };
  },

  async clientAppRegistrationReq({ params }, { service, connection }) {
    const [req, res] = [F.clientAppRegistrationReq, F.clientAppRegistrationRes];
    const tokenSeed = readMember(params, req, 'tokenSeed');
    const outcome = await service.registerApplication(params[req.clientID], tokenSeed, connection);
    if (!outcome.ok) return ProtocolError.of(outcome.code, outcome.desc);
    return {
      [res.code]: 200 as const,
      [res.message]: 'OK',
      [res.clientAppToken]: outcome.clientAppToken,
      ...optionalMember(res, 'aoiServerUrl', outcome.aoiServerUrl),
    };
  },

  async clientAppDeregistrationReq({ params }, { service, connection }) {
    const [req, res] = [F.clientAppDeregistrationReq, F.clientAppDeregistrationRes];
    const outcome = await service.deregisterApplication(params[req.clientID], params[req.clientAppToken], connection);
    return outcome.ok ? { [res.code]: 200, [res.message]: 'OK' } : ProtocolError.of(outcome.code, outcome.desc);
  },
};
