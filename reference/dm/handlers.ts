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
    return answered(ctx, () => answerPackage1(ctx.store, ctx.devId, request, ctx.options));
  },
  async dmPackage3(request, ctx) {
    return answered(ctx, () => {
      const answer = answerPackage3(
        ctx.store,
        ctx.devId,
        { sessionId: ctx.session.id, round: ctx.session.round },
        request,
        ctx.options,
      );
      if ('refused' in answer)
        throw new ProtocolError(REFUSAL_STATUS[answer.refused], answer.detail, { problem: answer.refused });
      return answer;
    });
  },
};

/**
 * One transaction: a Package#2 that fails its own schema is never sent, and throwing puts its
 * commands back in the queue and leaves nothing of the package recorded.
 */
function answered(ctx: DmRequestContext, work: () => DmSessionAnswer): DmPackage2 | ProtocolError {
  try {
    const answer = ctx.store.atomically(() => {
      const result = work();
      const own = ctx.validators.validateDmPackage2(result.package2);
      if (!own.ok) throw new Error(`server built an invalid Package#2: ${JSON.stringify(own.issues)}`);
      return result;
    });
    ctx.session.id = answer.sessionId;
    ctx.session.round = answer.round;
    return answer.package2;
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
}
