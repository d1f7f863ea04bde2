// Handlers of DmHandlers: OMA DM 2.0 JSON binding over HTTP.
// Written by people, in the shape `npx omaspec generate` merges stubs into (object literal
// `dmHandlers`); the HTTP adapter (http-handler.ts) calls it with an already validated package
// from an authenticated device.
import { ProtocolError } from '../../generated/common/dispatch.ts';
import type { DmHandlers } from '../../generated/dm/handlers.ts';
import { answerPackage1, answerPackage3, type DmSessionAnswer, type DmSessionOptions } from './session.ts';
import type { DmStore } from './store.ts';
import type { DmPackage2, DmValidators } from './types.ts';

/** What one package is answered with: the sender, the server's state and settings, and the session. */
export interface DmRequestContext {
  devId: string;
  store: DmStore;
  validators: DmValidators;
  options: DmSessionOptions;
  /**
   * In: the session and round a Package#3 names (from its headers). Out: the session and round of
   * the Package#2 answered, which the adapter sends as headers.
   */
  session: { id: string; round: number };
}

/** HTTP status of each Package#3 refusal; the problem type is the refusal's name. */
const REFUSAL_STATUS = { 'unknown-session': 404, 'session-conflict': 409, 'status-count-mismatch': 400 } as const;

export const dmHandlers: DmHandlers<DmRequestContext> = {
  async dmPackage1(request, ctx) {
    return answered(ctx, await answerPackage1(ctx.store, ctx.devId, request, ctx.options, ownCheck(ctx)));
  },
  async dmPackage3(request, ctx) {
    const ref = { sessionId: ctx.session.id, round: ctx.session.round };
    const answer = await answerPackage3(ctx.store, ctx.devId, ref, request, ctx.options, ownCheck(ctx));
    if ('refused' in answer)
      return new ProtocolError(REFUSAL_STATUS[answer.refused], answer.detail, { problem: answer.refused });
    return answered(ctx, answer);
  },
};

/** A Package#2 that fails its own schema is never sent: the step is not applied and its commands stay queued. */
function ownCheck(ctx: DmRequestContext): (pkg: DmPackage2) => void {
  return (pkg) => {
    const own = ctx.validators.validateDmPackage2(pkg);
    if (!own.ok) throw new Error(`server built an invalid Package#2: ${JSON.stringify(own.issues)}`);
  };
}

function answered(ctx: DmRequestContext, answer: DmSessionAnswer): DmPackage2 {
  ctx.session.id = answer.sessionId;
  ctx.session.round = answer.round;
  return answer.package2;
}
