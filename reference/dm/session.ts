/**
 * The transport-agnostic core of the DM server: the session loop
 * Package#1 → Package#2 → Package#3 → Package#2 … → END.
 *
 * Every Package#2 ends with CONT (the client answers with a Package#3 carrying one status per
 * command, CONT included) or is `[["END"]]` alone, sent once the queue is empty or a limit is
 * reached; so the status of every command the server sends comes back before the session ends.
 * Commands left over beyond `maxCommandsPerPackage` go in the next round; those left when a
 * session hits `maxRounds` or `maxSessionSeconds` wait for the device's next session.
 */
import type { DmSessionRecord } from './session-store.ts';
import type { DmStore } from './store.ts';
import type { DmPackage1, DmPackage2, DmPackage3 } from './types.ts';

export const END_COMMAND = 'END';
export const CONT_COMMAND = 'CONT';

export interface DmSessionOptions {
  /** Most queued commands delivered in one Package#2 (default 100). */
  maxCommandsPerPackage?: number;
  /** Most Package#2s with commands in one session; then END (default 20). */
  maxRounds?: number;
  /** Longest session, from Package#1 to the Package#3 that ends it (default 600 s); then END. */
  maxSessionSeconds?: number;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

export interface DmSessionAnswer {
  package2: DmPackage2;
  sessionId: string;
  /** The number of this Package#2 in its session; the Package#3 answering it repeats it. */
  round: number;
  /** Set when this Package#2 is END: why the session ended. */
  ended?: string;
}

export type DmPackage3Refusal = {
  refused: 'unknown-session' | 'session-conflict' | 'status-count-mismatch';
  detail: string;
};

export function answerPackage1(
  store: DmStore,
  devId: string,
  pkg: DmPackage1,
  options: DmSessionOptions = {},
): DmSessionAnswer {
  store.recordSession(devId, pkg.MOS, pkg.Alert?.Items ?? []);
  return nextPackage2(store, store.sessions.open(devId), options);
}

export function answerPackage3(
  store: DmStore,
  devId: string,
  ref: { sessionId: string; round: number },
  pkg: DmPackage3,
  options: DmSessionOptions = {},
): DmSessionAnswer | DmPackage3Refusal {
  const session = store.sessions.get(ref.sessionId);
  // Another device's session is reported as unknown: its id tells the sender nothing.
  if (!session || session.devId !== devId)
    return { refused: 'unknown-session', detail: `no DM session ${ref.sessionId} for ${devId}` };
  if (session.state !== 'open') {
    return {
      refused: 'session-conflict',
      detail: `session ${session.id} has ended (${session.endedReason}); this Package#3 is a replay or too late`,
    };
  }
  if (ref.round !== session.round) {
    return {
      refused: 'session-conflict',
      detail: `this Package#3 answers round ${ref.round}, but the session's last Package#2 is round ${session.round}`,
    };
  }
  const delivered = store.sessions.delivered(session.id, session.round);
  if (pkg.Status.length !== delivered.length) {
    return {
      refused: 'status-count-mismatch',
      detail: `round ${session.round} sent ${delivered.length} command(s), this Package#3 has ${pkg.Status.length} status(es)`,
    };
  }
  store.sessions.report(session.id, session.round, pkg.Status);
  store.recordAlerts(devId, pkg.Alert?.Items ?? []);
  const limit = limitReached(session, options);
  return limit ? endSession(store, session, limit) : nextPackage2(store, session, options);
}

function nextPackage2(store: DmStore, session: DmSessionRecord, options: DmSessionOptions): DmSessionAnswer {
  const commands = store
    .takePending(session.devId, options.maxCommandsPerPackage ?? 100)
    .map((c) => c.command)
    // CONT and END frame packages; the operator cannot queue them, but an old queue might hold one.
    .filter(([name]) => name !== END_COMMAND && name !== CONT_COMMAND);
  if (commands.length === 0) return endSession(store, session, 'completed');
  const cmd = [...commands, [CONT_COMMAND]];
  const round = store.sessions.deliver(session.id, cmd);
  return { package2: { Cmd: cmd }, sessionId: session.id, round };
}

function endSession(store: DmStore, session: DmSessionRecord, reason: string): DmSessionAnswer {
  const round = store.sessions.deliver(session.id, [[END_COMMAND]]);
  store.sessions.end(session.id, reason);
  return { package2: { Cmd: [[END_COMMAND]] }, sessionId: session.id, round, ended: reason };
}

function limitReached(session: DmSessionRecord, options: DmSessionOptions): string | undefined {
  if (session.round >= (options.maxRounds ?? 20)) return 'round-limit';
  const elapsed = (options.now ?? (() => new Date()))().getTime() - Date.parse(session.startedAt);
  if (elapsed > (options.maxSessionSeconds ?? 600) * 1000) return 'time-limit';
  return undefined;
}
