/**
 * The transport-agnostic core of the DM server: the session loop
 * Package#1 → Package#2 → Package#3 → Package#2 … → END.
 *
 * Every Package#2 ends with CONT (the client answers with a Package#3 carrying one status per
 * command, CONT included) or is `[["END"]]` alone, sent once the queue is empty or a limit is
 * reached; so the status of every command the server sends comes back before the session ends.
 * Commands left over beyond `maxCommandsPerPackage` go in the next round; those left when a
 * session hits `maxRounds` or `maxSessionSeconds` wait for the device's next session.
 *
 * Each package is one step: read the store's view, decide here, check the Package#2 against its
 * schema, and let the store apply the step atomically. When another package changed the view in
 * between (a concurrent Package#1 of the device took the same commands, a replayed Package#3 moved
 * the round), the store refuses the step and it is decided again from a fresh view.
 */
import { OmaspecError } from '../../core/errors.ts';
import type {
  DmAlertRecord,
  DmSessionRecord,
  DmSessionView,
  DmStatus,
  DmStep,
  DmStore,
  QueuedDmCommand,
} from './store.ts';
import type { DmPackage1, DmPackage2 } from './types.ts';
import { dmFields } from '../../generated/dm/types.ts';
import { fieldsOf, readValue } from '../members.ts';

const END_COMMAND = 'END';
const CONT_COMMAND = 'CONT';
/** Enough for any honest device (it waits for each answer); a busy loop of stale steps is somebody's flood. */
const MAX_STEP_ATTEMPTS = 5;

export const DEFAULT_DM_SESSION_LIMITS = { maxCommandsPerPackage: 100, maxRounds: 20, maxSessionSeconds: 600 };

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

/** Throws when the server is about to send a Package#2 that breaks its own schema: nothing is applied then. */
export type Package2Check = (pkg: DmPackage2) => void;

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
  options: DmSessionOptions,
  check: Package2Check,
): Promise<DmSessionAnswer> {
  return step(store, devId, undefined, options, check, (view) => ({
    kind: 'begin',
    mos: pkg.MOS,
    alerts: pkg.Alert?.Items ?? [],
    ...nextPackage2(view.pending),
  })) as Promise<DmSessionAnswer>;
}

export function answerPackage3(
  store: DmStore,
  devId: string,
  ref: { sessionId: string; round: number },
  /** A Package#3 its generated validator accepted; read by member name (statusesOf), whatever its type says. */
  pkg: object,
  options: DmSessionOptions,
  check: Package2Check,
): Promise<DmSessionAnswer | DmPackage3Refusal> {
  return step(store, devId, ref.sessionId, options, check, ({ session, delivered, pending }) => {
    // Another device's session is reported as unknown: its id tells the sender nothing.
    if (!session) return { refused: 'unknown-session', detail: `no DM session ${ref.sessionId} for ${devId}` };
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
    const statuses = statusesOf(pkg);
    if (statuses.length !== delivered) {
      return {
        refused: 'status-count-mismatch',
        detail: `round ${session.round} sent ${delivered} command(s), this Package#3 has ${statuses.length} status(es)`,
      };
    }
    const limit = limitReached(session, options);
    return {
      kind: 'continue',
      sessionId: session.id,
      round: session.round,
      statuses,
      alerts: alertsOf(pkg),
      ...(limit ? endOf(limit) : nextPackage2(pending)),
    };
  });
}

async function step(
  store: DmStore,
  devId: string,
  sessionId: string | undefined,
  options: DmSessionOptions,
  check: Package2Check,
  decide: (view: DmSessionView) => DmStep | DmPackage3Refusal,
): Promise<DmSessionAnswer | DmPackage3Refusal> {
  let stale = '';
  for (let attempt = 0; attempt < MAX_STEP_ATTEMPTS; attempt++) {
    const decided = decide(
      await store.view(
        devId,
        sessionId,
        options.maxCommandsPerPackage ?? DEFAULT_DM_SESSION_LIMITS.maxCommandsPerPackage,
      ),
    );
    if ('refused' in decided) return decided;
    const package2 = { Cmd: decided.cmd };
    check(package2);
    const outcome = await store.apply(devId, decided);
    if (outcome.applied) {
      const { sessionId: id, round } = outcome;
      return { package2, sessionId: id, round, ...(decided.ended !== undefined && { ended: decided.ended }) };
    }
    stale = outcome.stale;
  }
  throw new OmaspecError(
    'STORE_UNAVAILABLE',
    `the DM state of ${devId} kept changing while this package was answered (${stale})`,
  );
}

type Package2Step = Pick<DmStep, 'take' | 'cmd' | 'ended'>;

function nextPackage2(pending: readonly QueuedDmCommand[]): Package2Step {
  const take = pending.map((c) => c.id);
  const commands = pending
    .map((c) => c.command)
    // CONT and END frame packages; the operator cannot queue them, but an old queue might hold one.
    .filter(([name]) => name !== END_COMMAND && name !== CONT_COMMAND);
  const [first, ...rest] = commands;
  if (!first) return { ...endOf('completed'), take };
  return { take, cmd: [first, ...rest, [CONT_COMMAND]] };
}

const endOf = (reason: string): Package2Step => ({ take: [], cmd: [[END_COMMAND]], ended: reason });

function limitReached(session: DmSessionRecord, options: DmSessionOptions): string | undefined {
  if (session.round >= (options.maxRounds ?? DEFAULT_DM_SESSION_LIMITS.maxRounds)) return 'round-limit';
  const elapsed = (options.now ?? (() => new Date()))().getTime() - Date.parse(session.startedAt);
  const maxSeconds = options.maxSessionSeconds ?? DEFAULT_DM_SESSION_LIMITS.maxSessionSeconds;
  if (elapsed > maxSeconds * 1000) return 'time-limit';
  return undefined;
}

/**
 * Whether the spec's Package#3 has the "Status" list this binding reads each command's result from. A CR that
 * defines Package#3 without it leaves the binding unable to settle a delivered command: `omaspec serve` warns.
 */
export const READS_PACKAGE3_STATUSES = 'Status' in fieldsOf(dmFields, 'dmPackage3');

/**
 * The statuses and alerts of a validated Package#3, read through dmFields: its shape is the extension's until a CR
 * defines Package#3, and one that defines it otherwise leaves this compiling; a package without such a list then
 * reads as none (refused as a status-count mismatch when commands were delivered).
 */
function statusesOf(pkg: object): DmStatus[] {
  const list = readValue(pkg, fieldsOf(dmFields, 'dmPackage3'), 'Status');
  return Array.isArray(list) ? (list as DmStatus[]) : [];
}

function alertsOf(pkg: object): DmAlertRecord[] {
  const alert = readValue(pkg, fieldsOf(dmFields, 'dmPackage3'), 'Alert') as { Items?: unknown } | undefined;
  return Array.isArray(alert?.Items) ? (alert.Items as DmAlertRecord[]) : [];
}
