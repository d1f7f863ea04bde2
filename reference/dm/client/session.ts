/**
 * One DM session from the client side: Package#1, then for every Package#2 carry out its
 * commands and, when it ends with CONT, answer with a Package#3 of their statuses, until END.
 * Every failure comes back as a typed error, never as an exception; on an HTTP 4xx/5xx the client
 * aborts the session (DM 2.0).
 */
import { rootCertificates } from 'node:tls';
import type { Agent } from 'undici';
import { readLimitedText } from './limited-text.ts';
import { applyDmCommands, statusOf, type DmCommandEnv, type DmCommandOutcome } from './apply.ts';
import type { MoTree } from './mo-tree.ts';
import { takeChangeAlerts, type DmAlertItem, type DmClientState } from './state.ts';
import { mediaTypeOf } from '../http-body.ts';
import {
  DM_DEVID_HEADER,
  DM_PACKAGE1_MEDIA_TYPE,
  DM_PACKAGE2_MEDIA_TYPE,
  DM_PACKAGE3_MEDIA_TYPE,
  DM_ROUND_HEADER,
  DM_SESSION_HEADER,
  type DmPackage1,
  type DmPackage2,
  type DmValidators,
  type ValidationIssue,
} from '../types.ts';

export interface DmSessionRequest {
  url: string;
  devId: string;
  /** The device's credential (omaspec dm device add), sent as a bearer token to the DM server's origin only. */
  credential?: string;
  package1: DmPackage1;
  tree: MoTree;
  state: DmClientState;
  validators: DmValidators;
  /** Largest Package#2 accepted, in bytes (default 1 MiB). */
  maxResponseBytes?: number;
  /** Most Package#2s the client takes in one session before it gives up (default 50). */
  maxRounds?: number;
  /** Accept the project's DM 1.x extensions ADD and REPLACE. */
  extensions?: boolean;
  /**
   * For https://: certificate authorities (PEM) to trust besides the system's, e.g. a self-signed server's; for the
   * DM server and every ServerURI alike (a ServerURI may be on a public host). The server's name is verified either way.
   */
  ca?: string | Buffer;
}

export type DmClientErrorCode =
  | 'invalidPackage1'
  | 'network'
  | 'httpStatus'
  | 'unexpectedMediaType'
  | 'responseTooLarge'
  | 'invalidJson'
  | 'schemaViolation'
  | 'tooManyRounds';

export interface DmClientError {
  code: DmClientErrorCode;
  message: string;
  status?: number;
  /** The server's problem+json body, when it sent one. */
  problem?: unknown;
  issues?: ValidationIssue[];
}

export interface DmRound {
  package2: DmPackage2;
  outcomes: DmCommandOutcome[];
}

export interface DmSessionResult {
  ok: boolean;
  /** Every Package#2 received, with what the client did with it (also when the session failed later). */
  rounds: DmRound[];
  /** Whether a command changed the MO tree. */
  changed: boolean;
  error?: DmClientError;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/** fetch, with the credential for the DM server's origin and the session's trusted certificate authorities. */
type Send = (uri: string, init: RequestInit) => Promise<Response>;

export async function runDmSession(request: DmSessionRequest): Promise<DmSessionResult> {
  // Global fetch takes its trust from the process; only an undici Agent of its own can trust more (Node 20).
  // Loaded only then: the client starts without it otherwise.
  const ca = request.ca === undefined ? undefined : [...rootCertificates, request.ca];
  const agent: Agent | undefined =
    ca === undefined ? undefined : new (await import('undici')).Agent({ connect: { ca } });
  const send: Send = (uri, init) =>
    fetch(uri, { ...withCredential(request, uri, init), ...(agent === undefined ? {} : { dispatcher: agent }) });
  try {
    return await runSession(request, send);
  } finally {
    await agent?.close();
  }
}

async function runSession(request: DmSessionRequest, send: Send): Promise<DmSessionResult> {
  const rounds: DmRound[] = [];
  const env: DmCommandEnv = {
    tree: request.tree,
    state: request.state,
    fetchServer: send,
    laterAlerts: [],
    changed: false,
    ...(request.extensions ? { extensions: true } : {}),
  };
  // Alerts owed from earlier sessions (EXEC results) and changes of subscribed nodes go in Package#1.
  const owed = [...request.state.pendingAlerts, ...takeChangeAlerts(request.tree, request.state)];
  const items = [...(request.package1.Alert?.Items ?? []), ...owed];
  const package1: DmPackage1 = { ...request.package1, ...(items.length > 0 ? { Alert: { Items: items } } : {}) };
  const own = request.validators.validateDmPackage1(package1);
  if (!own.ok) {
    const error = {
      code: 'invalidPackage1' as const,
      message: 'the local Package#1 violates its schema',
      issues: own.issues,
    };
    return { ok: false, rounds, changed: false, error };
  }
  request.state.pendingAlerts = [];

  let reply = await post(request, send, DM_PACKAGE1_MEDIA_TYPE, package1, {});
  // Alerts in the package last sent: if it is refused they were not recorded, and wait for the next session.
  let inFlight = owed;
  // EXEC results accepted in the round just run: they go in the package after the one carrying the 202.
  let carried: DmAlertItem[] = [];
  for (;;) {
    if (!reply.ok) return finish(request, env, rounds, [...inFlight, ...carried], reply.error);
    const outcomes = await applyDmCommands(env, reply.package2.Cmd);
    rounds.push({ package2: reply.package2, outcomes });
    const last = outcomes.findLast((o) => o.status !== 'skipped')?.command[0];
    if (last !== 'CONT') return finish(request, env, rounds, carried);
    if (rounds.length >= (request.maxRounds ?? 50)) {
      const message = `the server sent ${rounds.length} Package#2s without END; giving up`;
      return finish(request, env, rounds, carried, { code: 'tooManyRounds', message });
    }
    inFlight = carried;
    carried = env.laterAlerts.splice(0);
    const statuses = outcomes.filter((o) => o.status !== 'skipped').map(statusOf);
    const package3 = { Status: statuses, ...(inFlight.length > 0 ? { Alert: { Items: inFlight } } : {}) };
    reply = await post(request, send, DM_PACKAGE3_MEDIA_TYPE, package3, reply.session);
  }
}

/** Alerts not sent (or refused with their package) wait in the client state for the next session's Package#1. */
function finish(
  request: DmSessionRequest,
  env: DmCommandEnv,
  rounds: DmRound[],
  unsent: DmAlertItem[],
  error?: DmClientError,
): DmSessionResult {
  request.state.pendingAlerts = [...unsent, ...env.laterAlerts];
  return { ok: error === undefined, rounds, changed: env.changed, ...(error ? { error } : {}) };
}

type Reply = { ok: true; package2: DmPackage2; session: Record<string, string> } | { ok: false; error: DmClientError };

async function post(
  request: DmSessionRequest,
  send: Send,
  mediaType: string,
  body: unknown,
  session: Record<string, string>,
): Promise<Reply> {
  let response: Response;
  try {
    response = await send(request.url, {
      method: 'POST',
      headers: {
        [DM_DEVID_HEADER]: request.devId,
        'Content-Type': mediaType,
        Accept: DM_PACKAGE2_MEDIA_TYPE,
        ...session,
      },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return failure({ code: 'network', message: `cannot reach ${request.url}: ${describe(error)}` });
  }
  let text: Awaited<ReturnType<typeof readLimitedText>>;
  try {
    text = await readLimitedText(response, request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  } catch (error) {
    return failure({ code: 'network', message: `connection failed while reading the answer: ${describe(error)}` });
  }
  if (!text.ok) return failure({ code: 'responseTooLarge', message: text.message, status: response.status });
  if (response.status !== 200) {
    const message = `server answered ${response.status} ${response.statusText}; session aborted`;
    return failure({ code: 'httpStatus', message, status: response.status, ...problemOf(text.text) });
  }
  const { type } = mediaTypeOf(response.headers.get('content-type') ?? undefined);
  if (type !== DM_PACKAGE2_MEDIA_TYPE)
    return failure({
      code: 'unexpectedMediaType',
      message: `expected ${DM_PACKAGE2_MEDIA_TYPE}, got '${type}'`,
      status: 200,
    });
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    return failure({ code: 'invalidJson', message: `Package#2 is not JSON: ${describe(error)}`, status: 200 });
  }
  const pkg2 = request.validators.validateDmPackage2(json);
  if (!pkg2.ok)
    return failure({ code: 'schemaViolation', message: 'Package#2 violates its schema', issues: pkg2.issues });
  const next: Record<string, string> = {};
  for (const header of [DM_SESSION_HEADER, DM_ROUND_HEADER]) {
    const value = response.headers.get(header);
    if (value !== null) next[header] = value;
  }
  return { ok: true, package2: pkg2.value, session: next };
}

/** The credential goes only to the DM server's own origin: a ServerURI elsewhere must not learn it. */
function withCredential(request: DmSessionRequest, uri: string, init: RequestInit): RequestInit {
  if (request.credential === undefined || !sameOrigin(uri, request.url)) return init;
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${request.credential}` },
  };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function failure(error: DmClientError): Reply {
  return { ok: false, error };
}

function problemOf(text: string): { problem?: unknown } {
  try {
    return { problem: JSON.parse(text) as unknown };
  } catch {
    return {};
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  return cause ?? (error as Error).message ?? String(error);
}
