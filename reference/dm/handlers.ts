// Handlers of DmHandlers: OMA DM 2.0 JSON binding over HTTP.
// Written by people, in the shape `npx omaspec generate` merges stubs into (object literal
// `dmHandlers`); the HTTP adapter (http-handler.ts) calls it with an already validated Package#1.
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { DmHandlers } from '../../generated/dm/handlers.ts';
import { answerPackage1, type DmSessionOptions } from './session.ts';
import type { DmStore } from './store.ts';
import type { DmValidators } from './types.ts';

/** What one Package#1 is answered with: the sender, and the server's state and settings. */
export interface DmRequestContext {
  devId: string;
  store: DmStore;
  validators: DmValidators;
  options: DmSessionOptions;
}

export const dmHandlers: DmHandlers<DmRequestContext> = {
  async dmPackage1(request, ctx) {
    // One transaction: a Package#2 that fails its own schema is never sent, and throwing here
    // puts its commands back in the queue (and leaves the session unrecorded).
    return ctx.store.atomically(() => {
      const answer = answerPackage1(ctx.store, ctx.devId, request, ctx.options);
      const own = ctx.validators.validateDmPackage2(answer);
      if (!own.ok) throw new Error(`server built an invalid Package#2: ${JSON.stringify(own.issues)}`);
      return answer;
    });
  },
  async dmPackage3() {
    // The session loop that accepts Package#3 comes with the session store; until then it is refused.
    return new ProtocolError(501, 'this server does not accept Package#3 yet');
  },
};
