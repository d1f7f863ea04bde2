/**
 * What the DM binding keeps, per device: what it reported in Package#1 (supported MOs, alerts), the
 * operator's command queue, its sessions, its credential and its data area. Promise-based, so that
 * SQLite (run by the store worker, never on the event loop) and Redis (shared by several nodes)
 * implement it alike; the contract tests in test/reference/dm/store-contract.ts hold for both.
 *
 * The session rules live once, in session.ts: each step reads a `DmSessionView`, decides the next
 * Package#2 in plain code, checks it against its schema, and hands the store a `DmStep` to apply
 * atomically. The store refuses a step whose view has gone stale (another package of the same
 * session, or another session taking the same commands, came first): the caller reads again.
 */
import { createHash } from 'node:crypto';
import { OmaspecError } from '../../core/errors.ts';

/** A supported MO as reported in Package#1 MOS (every member optional there, CR 004 7.2). */
export interface DmMoRecord {
  DDF?: string;
  MOID?: string;
  MIID?: string[];
}

/** A Client Initiated Alert item as reported in Package#1 (provisional shape, decision D8). */
export interface DmAlertRecord {
  AlertType?: string;
  MIMEType?: string;
  SourceURI?: string;
  Mark?: string;
  Data?: unknown;
}

export interface DmDeviceState {
  devId: string;
  firstSeen: string;
  lastSeen: string;
  sessions: number;
  mos: DmMoRecord[];
  alerts: (DmAlertRecord & { receivedAt: string })[];
}

/** A command in a device's queue; ids grow in queue order (per store, not per device). */
export interface QueuedDmCommand {
  id: number;
  command: string[];
  queuedAt: string;
}

export type DmSessionState = 'open' | 'ended';

export interface DmSessionRecord {
  id: string;
  devId: string;
  startedAt: string;
  updatedAt: string;
  /** The number of the last Package#2 sent (1 for the answer to Package#1). */
  round: number;
  state: DmSessionState;
  /** Why it ended: completed (END), round-limit, time-limit, superseded (a new Package#1 came first). */
  endedReason?: string;
}

/**
 * The status of one command as Package#3 reports it (spec/extensions/dm-package3.yaml), kept as the reference's own
 * record: a CR that redefines Package#3 changes what the generated validator accepts, not this type (see
 * reference/dm/session.ts statusesOf).
 */
export interface DmStatus {
  sc: number;
  URI?: string[];
  Data?: (string | string[])[];
}

export interface DmDeliveredCommand {
  sessionId: string;
  round: number;
  position: number;
  command: string[];
  /** Undefined until a Package#3 reports it. */
  status?: DmStatus;
  reportedAt?: string;
}

export type DmSessionHistory = DmSessionRecord & { commands: DmDeliveredCommand[] };

export interface DmDataResource {
  path: string;
  mediaType: string;
  body: Buffer;
  etag: string;
  updatedAt: string;
  /** 'device' (HPUT/HPOST) or 'operator'. */
  updatedBy: string;
}

/** What a session step decides from. */
export interface DmSessionView {
  /** The session asked for, only when it exists and belongs to the device asking. */
  session?: DmSessionRecord;
  /** How many commands the session's last Package#2 (round `session.round`) carried; 0 without a session. */
  delivered: number;
  /** The device's oldest undelivered commands, at most the `maxCommands` asked for, oldest first. */
  pending: QueuedDmCommand[];
}

/** What a step changes, all or nothing. */
export type DmStep = {
  /** Commands (by id) this Package#2 takes out of the queue, framing ones dropped from `cmd` included. */
  take: number[];
  /**
   * The Package#2's Cmd, as sent: queued commands then CONT, or END alone. Never empty, and typed so: it then also
   * fits a spec whose Package#2 says "at least one command" (a non-empty tuple type).
   */
  cmd: [string[], ...string[][]];
  /** Set when `cmd` is END: why the session ends. */
  ended?: string;
  alerts: DmAlertRecord[];
} & (
  | {
      /**
       * Package#1: records the device (first/last seen, session count; MOS when present replaces the
       * previous list) and opens a session as round 1; a session of the device still open ends 'superseded'.
       */
      kind: 'begin';
      mos: DmMoRecord[] | undefined;
    }
  | {
      /** Package#3: stores the n-th status against the n-th command of `round`, then sends round + 1. */
      kind: 'continue';
      sessionId: string;
      /** The round the Package#3 answers; the step is stale unless it is still the session's last, open. */
      round: number;
      statuses: DmStatus[];
    }
);

export type DmStepOutcome = { applied: true; sessionId: string; round: number } | { applied: false; stale: string };

export interface DmStore {
  /** The device's session `sessionId` (if any) and its oldest `maxCommands` undelivered commands. */
  view(devId: string, sessionId: string | undefined, maxCommands: number): Promise<DmSessionView>;
  /** Applies a step atomically; `{applied: false}` (nothing changed) when a `take`n command is gone or the round moved. */
  apply(devId: string, step: DmStep): Promise<DmStepOutcome>;

  /** Appends commands to the device's queue, all or none; rejects with DmQueueFullError when they do not all fit. */
  enqueueAll(devId: string, commands: string[][]): Promise<QueuedDmCommand[]>;
  /** Undelivered commands of a device, oldest first. */
  pending(devId: string): Promise<QueuedDmCommand[]>;
  device(devId: string): Promise<DmDeviceState | undefined>;
  /** The device's most recent sessions, newest first, each with every command it delivered. */
  history(devId: string, limit?: number): Promise<DmSessionHistory[]>;

  /** A new credential for the device, replacing any previous one; returned once, only its digest is kept. */
  issueCredential(devId: string): Promise<string>;
  /** True when `authorization` is `Bearer <the device's credential>` (compared in constant time). */
  verifyCredential(devId: string, authorization: string | undefined): Promise<boolean>;
  credentialIssuedAt(devId: string): Promise<string | undefined>;

  /** Creates or replaces a data resource; rejects with DmDataAreaFullError at the per-device limit. */
  putData(devId: string, path: string, body: Buffer, mediaType: string, updatedBy: string): Promise<DmDataResource>;
  getData(devId: string, path: string): Promise<DmDataResource | undefined>;
  listData(devId: string): Promise<DmDataResource[]>;

  close(): Promise<void>;
}

export interface DmStoreLimits {
  /** Most undelivered commands one device may have queued (default 1000). */
  maxQueuedPerDevice: number;
  /** Most resources one device's data area may hold (default 1000). */
  maxDataResourcesPerDevice: number;
  /** Sessions kept per device for `history` (default 100); a Package#1 drops the oldest beyond it. */
  maxSessionsPerDevice: number;
}

export const DEFAULT_DM_STORE_LIMITS: DmStoreLimits = {
  maxQueuedPerDevice: 1000,
  maxDataResourcesPerDevice: 1000,
  maxSessionsPerDevice: 100,
};

export class DmQueueFullError extends OmaspecError {
  constructor(message: string) {
    super('DM_QUEUE_FULL', message);
  }
}

export class DmDataAreaFullError extends OmaspecError {
  constructor(message: string) {
    super('DM_DATA_AREA_FULL', message);
  }
}

/** The etag of a data resource body (quoted, as HTTP sends it): the same body gives the same etag in every store. */
export function dataEtag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}
