/**
 * Carries out the commands of a Package#2 on the client's MO tree and the server's HTTP
 * resources, in order, and says what happened to each with a DM status code (what Package#3
 * reports). Nothing here throws: a command the client cannot or will not run gets a status, and
 * processing goes on with the next one, until CONT or END.
 */
import { checkDmCommand } from '../command-table.ts';
import type { DmStatus } from '../store.ts';
import type { MoTree, MoTreeError } from './mo-tree.ts';
import { readLimitedText } from './limited-text.ts';
import { EXEC_RESULT_ALERT, nodeValue, type DmAlertItem, type DmClientState } from './state.ts';

export type DmCommandStatus = 'ok' | 'accepted' | 'notModified' | 'failed' | 'unsupported' | 'invalid' | 'skipped';

export interface DmCommandOutcome {
  command: string[];
  status: DmCommandStatus;
  /** The DM status code Package#3 carries (skipped commands have none: they are not reported). */
  sc?: number;
  detail: string;
  /** The ClientURIs concerned. */
  uris?: string[];
  /** GET and SHOW: the leaf value, or the child names of an interior node. */
  value?: string | string[];
}

export interface DmCommandEnv {
  tree: MoTree;
  state: DmClientState;
  /** fetch, with the device's credential added for the DM server's own origin, trusting the session's `ca`. */
  fetchServer(uri: string, init: RequestInit): Promise<Response>;
  /** Alerts to send in a later package (EXEC results). */
  laterAlerts: DmAlertItem[];
  /** Set when a command changed the tree (the MO file is then written back). */
  changed: boolean;
  /** Accept the project's DM 1.x extensions ADD and REPLACE. */
  extensions?: boolean;
}

/** A ServerURI that answers slower or larger than this fails its command (500) instead of stalling the session. */
const SERVER_URI_TIMEOUT_MS = 30_000;
const MAX_SERVER_URI_BYTES = 1024 * 1024;

/** Runs the commands up to and including the first CONT or END; the rest are skipped. */
export async function applyDmCommands(env: DmCommandEnv, commands: readonly string[][]): Promise<DmCommandOutcome[]> {
  const outcomes: DmCommandOutcome[] = [];
  let ended = false;
  for (const command of commands) {
    if (ended) outcomes.push({ command, status: 'skipped', detail: 'after CONT/END' });
    else outcomes.push(await applyOne(env, command));
    ended ||= command[0] === 'END' || command[0] === 'CONT';
  }
  return outcomes;
}

/** The Package#3 status of an outcome. */
export function statusOf(o: DmCommandOutcome): DmStatus {
  return {
    sc: o.sc ?? 500,
    ...(o.uris ? { URI: o.uris } : {}),
    ...(o.value === undefined ? {} : { Data: [o.value] }),
  };
}

async function applyOne(env: DmCommandEnv, command: string[]): Promise<DmCommandOutcome> {
  const problem = checkDmCommand(command, { extensions: env.extensions ?? false });
  if (problem) {
    const unsupported = problem.code === 'unknownCommand' || problem.code === 'extensionCommand';
    return unsupported
      ? { command, status: 'unsupported', sc: 406, detail: problem.message }
      : { command, status: 'invalid', sc: 400, detail: problem.message };
  }
  const [name = '', first = '', second = ''] = command;
  const { tree, state } = env;
  switch (name) {
    case 'GET':
    case 'SHOW': {
      const read = tree.get(first);
      const fallback = state.defaults[first];
      if (!read.ok && !(name === 'SHOW' && fallback !== undefined)) return treeFailure(command, read.error, [first]);
      const value = read.ok ? ('value' in read ? read.value : read.children) : (fallback as string);
      const shown = name === 'SHOW' ? 'shown to the user: ' : '';
      const described = Array.isArray(value) ? `${first} has children [${value.join(', ')}]` : `${first} = ${value}`;
      return { command, status: 'ok', sc: 200, uris: [first], value, detail: shown + described };
    }
    case 'DEFAULT':
      state.defaults[first] = second;
      return ok(command, [first], `default of ${first} is ${second}`);
    case 'DELETE': {
      if (isPermanent(state, first)) return permanent(command, first);
      const deleted = tree.delete(first);
      if (!deleted.ok) return treeFailure(command, deleted.error, [first]);
      env.changed = true;
      return ok(command, [first], `deleted ${first}`);
    }
    case 'HGET':
      return hget(env, command, first, second);
    case 'HPUT':
    case 'HPOST':
      return send(env, command, name, first, command.slice(2));
    case 'EXEC': {
      if (!tree.get(first).ok)
        return treeFailure(command, { code: 'notFound', message: `${first} does not exist` }, [first]);
      env.laterAlerts.push({
        AlertType: EXEC_RESULT_ALERT,
        SourceURI: first,
        Data: { sc: 200, ...(command.length > 2 ? { Correlator: second } : {}) },
      });
      return {
        command,
        status: 'accepted',
        sc: 202,
        uris: [first],
        detail: `executing ${first}; the result follows as an alert`,
      };
    }
    case 'SUB':
      state.subscriptions[first] = nodeValue(tree, first);
      return ok(command, [first], `changes of ${first} will be reported`);
    case 'UNSUB':
      delete state.subscriptions[first];
      return ok(command, [first], `changes of ${first} are no longer reported`);
    case 'ADD':
    case 'REPLACE': {
      if (isPermanent(state, first)) return permanent(command, first);
      const written =
        name === 'ADD' ? tree.add(first, command.length > 2 ? second : undefined) : tree.replace(first, second);
      if (!written.ok) return treeFailure(command, written.error, [first]);
      env.changed = true;
      return ok(command, [first], `${name === 'ADD' ? 'added' : 'replaced'} ${first} (DM 1.x extension)`);
    }
    case 'CONT':
      return ok(command, undefined, 'the server continues: Package#3 follows');
    case 'END':
      return ok(command, undefined, 'session ended by the server');
    default:
      return { command, status: 'unsupported', sc: 406, detail: `${name} is not supported by this client` };
  }
}

/** HGET ServerURI ClientURI: the server's resource becomes the node's value (304 when its ETag is unchanged). */
async function hget(env: DmCommandEnv, command: string[], serverUri: string, uri: string): Promise<DmCommandOutcome> {
  if (isPermanent(env.state, uri)) return permanent(command, uri);
  const etag = env.state.etags[serverUri];
  const answer = await exchange(env, serverUri, { method: 'GET', headers: etag ? { 'If-None-Match': etag } : {} });
  if ('failure' in answer) return { command, status: 'failed', sc: 500, uris: [uri], detail: answer.failure };
  const { response, text } = answer;
  if (response.status === 304 && env.tree.get(uri).ok)
    return { command, status: 'notModified', sc: 304, uris: [uri], detail: `${uri} is up to date with ${serverUri}` };
  if (response.status !== 200) return httpFailure(command, [uri], serverUri, response.status);
  const type = response.headers.get('content-type') ?? '';
  if (!/^(text\/|application\/json)/i.test(type))
    return {
      command,
      status: 'failed',
      sc: 415,
      uris: [uri],
      detail: `${serverUri} is '${type}', not text a leaf can hold`,
    };
  const written = env.tree.get(uri).ok ? env.tree.replace(uri, text) : env.tree.add(uri, text);
  if (!written.ok) return treeFailure(command, written.error, [uri]);
  const newTag = response.headers.get('etag');
  if (newTag) env.state.etags[serverUri] = newTag;
  env.changed = true;
  return ok(command, [uri], `${uri} = ${text} (from ${serverUri})`);
}

/** HPUT ServerURI ClientURI (text/plain) and HPOST ServerURI ClientURI... (JSON object of URI → value). */
async function send(
  env: DmCommandEnv,
  command: string[],
  name: string,
  serverUri: string,
  uris: string[],
): Promise<DmCommandOutcome> {
  const values: Record<string, string | string[]> = {};
  for (const uri of uris) {
    const read = env.tree.get(uri);
    if (!read.ok) return treeFailure(command, read.error, uris);
    values[uri] = 'value' in read ? read.value : read.children;
  }
  const [only] = uris;
  const body = name === 'HPUT' ? String(values[only as string]) : JSON.stringify(values);
  const contentType = name === 'HPUT' ? 'text/plain; charset=utf-8' : 'application/json';
  const answer = await exchange(env, serverUri, {
    method: name === 'HPUT' ? 'PUT' : 'POST',
    headers: { 'Content-Type': contentType },
    body,
  });
  if ('failure' in answer) return { command, status: 'failed', sc: 500, uris, detail: answer.failure };
  if (answer.response.status < 200 || answer.response.status > 299)
    return httpFailure(command, uris, serverUri, answer.response.status);
  return ok(command, uris, `sent ${uris.join(', ')} to ${serverUri}`);
}

async function exchange(
  env: DmCommandEnv,
  uri: string,
  init: RequestInit,
): Promise<{ response: Response; text: string } | { failure: string }> {
  try {
    const response = await env.fetchServer(uri, { ...init, signal: AbortSignal.timeout(SERVER_URI_TIMEOUT_MS) });
    const text = await readLimitedText(response, MAX_SERVER_URI_BYTES);
    return text.ok ? { response, text: text.text } : { failure: `${uri}: ${text.message}` };
  } catch (error) {
    return { failure: `${uri}: ${(error as { cause?: Error }).cause?.message ?? (error as Error).message}` };
  }
}

function isPermanent(state: DmClientState, uri: string): boolean {
  const path = uri.replace(/^\.\//, '').replace(/\/+$/, '');
  return state.permanent.some((p) => p === path || p.startsWith(`${path}/`));
}

function permanent(command: string[], uri: string): DmCommandOutcome {
  return { command, status: 'failed', sc: 405, uris: [uri], detail: `${uri} is a permanent node` };
}

function ok(command: string[], uris: string[] | undefined, detail: string): DmCommandOutcome {
  return { command, status: 'ok', sc: 200, ...(uris ? { uris } : {}), detail };
}

function treeFailure(command: string[], error: MoTreeError, uris: string[]): DmCommandOutcome {
  const sc = error.code === 'notFound' ? 404 : error.code === 'badUri' ? 400 : 405;
  return { command, status: 'failed', sc, uris, detail: error.message };
}

function httpFailure(command: string[], uris: string[], serverUri: string, status: number): DmCommandOutcome {
  return {
    command,
    status: 'failed',
    sc: status === 404 ? 404 : 500,
    uris,
    detail: `${serverUri} answered HTTP ${status}`,
  };
}
