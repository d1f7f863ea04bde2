// Handlers of ClientAppHandlers: the AOI Client side of the Client Application API (CR 001 9.3.1).
// Written by people: `npx omaspec generate` only adds a stub here for each new request message and
// reports (never deletes) handlers whose message has gone.
import type { ClientAppHandlers } from '../../generated/clientApp/handlers.ts';
import type { AoiDevice } from './device.ts';

/** The context is the AOI Client (device) the Client Application talks to. */
export const clientAppHandlers: ClientAppHandlers<AoiDevice> = {
  async clientAppRegistrationReq(request, device) {
    return device.answerClientApplication(request);
  },
};
