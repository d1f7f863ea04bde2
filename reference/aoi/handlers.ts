// Handlers of Aoi1Handlers: the AOI Server side of AOI-1 (CR 003 8.2, CR 001 8.2.5, bindings 10.1.x).
// Written by people: `npx omaspec generate` only adds a stub here for each new request message and
// reports (never deletes) handlers whose message has gone.
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { Aoi1Handlers } from '../../generated/aoi1/handlers.ts';
import { aoi1Fields as F, aoi1Placeholders as P } from '../../generated/aoi1/types.ts';
import {
  assembled,
  fieldsOf,
  optionalMember,
  placeholdersOf,
  readText,
  type Deletable,
  type Procedure,
} from '../members.ts';
import type { AoiService } from './service.ts';
import type { ConnectionContext } from '../ws/socket-endpoint.ts';

/** What each AOI-1 handler gets besides the validated message. */
export interface Aoi1Context {
  service: AoiService;
  /** The connection the request came in on: the ownership session (reference/README.md). */
  connection: ConnectionContext;
}

type Handlers = Aoi1Handlers<Aoi1Context>;

/** 10.1.2 and 10.1.6, which a CR may delete: see `Procedure` and `Deletable`. */
const aoiClientDeregistrationReq: Procedure<Handlers, 'aoiClientDeregistrationReq', Aoi1Context> = async (
  request,
  { service, connection },
) => {
  const res = fieldsOf(F, 'aoiClientDeregistrationRes');
  const clientID = readText(request, fieldsOf(F, 'aoiClientDeregistrationReq'), 'clientID') ?? '';
  const outcome = await service.deregisterClient(clientID, connection);
  const members = outcome.ok
    ? { [res.code!]: 200, [res.desc!]: 'OK' }
    : { [res.code!]: outcome.code, [res.desc!]: outcome.desc };
  return assembled(
    { messageType: 'aoiClientDeregistrationRes', ...members },
    placeholdersOf(P, 'aoiClientDeregistrationRes'),
  );
};
const clientAppDeregistrationReq: Procedure<Handlers, 'clientAppDeregistrationReq', Aoi1Context> = async (
  { params },
  { service, connection },
) => {
  const [req, res] = [fieldsOf(F, 'clientAppDeregistrationReq'), fieldsOf(F, 'clientAppDeregistrationRes')];
  const [clientID, token] = [readText(params, req, 'clientID') ?? '', readText(params, req, 'clientAppToken') ?? ''];
  const outcome = await service.deregisterApplication(clientID, token, connection);
  return outcome.ok
    ? assembled({ [res.code!]: 200, [res.message!]: 'OK' }, placeholdersOf(P, 'clientAppDeregistrationRes'))
    : ProtocolError.of(outcome.code, outcome.desc);
};

/**
 * Translate validated wire messages into AoiService calls and the outcomes back into the CR's
 * response shapes. JSON-RPC failures carry the CR's own codes (400/401/503) in the error object,
 * as in 10.1.5; messageType failures carry them in the `…Res` code. Members are named through `aoi1Fields`, so a CR
 * that renames one changes what is sent without a change here; members are read as text (`readText`) and answers
 * `assembled`, so one that retypes, removes or restricts a member, or deletes a deregistration procedure
 * (`Procedure`, `Deletable`), leaves this compiling and the generated dispatcher's validation of each answer says what no longer
 * fits.
 */
export const aoi1Handlers: Handlers & Deletable<'aoiClientDeregistrationReq' | 'clientAppDeregistrationReq'> = {
  async aoiClientRegistrationReq(request, { service, connection }) {
    const res = F.aoiClientRegistrationRes;
    const deviceNumber = readText(request, F.aoiClientRegistrationReq, 'deviceNumber') ?? '';
    const outcome = await service.registerClient(deviceNumber, connection);
    const members = outcome.ok
      ? { [res.clientID]: outcome.clientID, [res.code]: 200, [res.desc]: 'OK' }
      : { [res.code]: outcome.code, [res.desc]: outcome.desc };
    return assembled({ messageType: 'aoiClientRegistrationRes', ...members }, P.aoiClientRegistrationRes);
  },

  async clientAppRegistrationReq({ params }, { service, connection }) {
    const [req, res] = [F.clientAppRegistrationReq, F.clientAppRegistrationRes];
    const clientID = readText(params, req, 'clientID') ?? '';
    const outcome = await service.registerApplication(clientID, readText(params, req, 'tokenSeed'), connection);
    if (!outcome.ok) return ProtocolError.of(outcome.code, outcome.desc);
    return assembled(
      {
        [res.code]: 200,
        [res.message]: 'OK',
        [res.clientAppToken]: outcome.clientAppToken,
        ...optionalMember(res, 'aoiServerUrl', outcome.aoiServerUrl),
      },
      P.clientAppRegistrationRes,
    );
  },

  aoiClientDeregistrationReq,
  clientAppDeregistrationReq,
};
