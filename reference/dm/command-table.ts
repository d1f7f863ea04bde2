/**
 * The DM commands this binding knows, with their parameters in order.
 *
 * Package#2 carries each command as an array of strings: the name, then its parameters
 * (CR 004, 7.3). The schema only says "strings"; the arity below is what the server checks
 * before queueing a command and what the client checks before applying one.
 *
 * The set is OMA DM 2.0's as described by secondary sources of OMA-TS-DM_Protocol-V2_0 (HPOST and
 * GET are in CR 004's example; the rest is the project's provisional reading): HGET, HPUT, HPOST,
 * DELETE, EXEC, CONT and END both sides MUST support; GET, SHOW and DEFAULT the server MUST and the
 * client SHOULD; SUB and UNSUB are SHOULD. DM 2.0 has no ADD or REPLACE (data moves with HGET/HPUT
 * between the device and HTTP resources): they are DM 1.x operations, kept as a project extension
 * that is refused unless asked for (`extensions: true`, `--extensions`).
 */

export type Support = 'must' | 'should';

export interface DmCommandSpec {
  name: string;
  /** Parameter names in order; a trailing '...' marks a repeatable last parameter. */
  params: string[];
  /** How many of `params` are required. */
  required: number;
  /** True when the last parameter repeats (HPOST ClientURI...). */
  variadic: boolean;
  /** What DM 2.0 asks of each side; undefined for the project's DM 1.x extensions. */
  server?: Support;
  client?: Support;
  /** A project extension, not a DM 2.0 command: accepted only with `extensions: true`. */
  extension: boolean;
  /** CONT and END frame a Package#2: the server adds them, an operator cannot queue them. */
  framing: boolean;
  summary: string;
}

interface Row {
  signature: string;
  support?: [server: Support, client: Support];
  extension?: true;
  framing?: true;
  summary: string;
}

function spec(name: string, row: Row): DmCommandSpec {
  const words = row.signature === '' ? [] : row.signature.split(' ');
  return {
    name,
    params: words.map((w) => w.replace(/^\[|\]$/g, '')),
    required: words.filter((w) => !w.startsWith('[')).length,
    variadic: words.at(-1)?.endsWith('...') ?? false,
    ...(row.support ? { server: row.support[0], client: row.support[1] } : {}),
    extension: row.extension ?? false,
    framing: row.framing ?? false,
    summary: row.summary,
  };
}

const MUST: [Support, Support] = ['must', 'must'];

export const DM_COMMANDS: readonly DmCommandSpec[] = [
  spec('HGET', {
    signature: 'ServerURI ClientURI',
    support: MUST,
    summary: 'Client fetches ServerURI (HTTP GET) into ClientURI.',
  }),
  spec('HPUT', {
    signature: 'ServerURI ClientURI',
    support: MUST,
    summary: 'Client sends the value of ClientURI to ServerURI (HTTP PUT).',
  }),
  spec('HPOST', {
    signature: 'ServerURI ClientURI...',
    support: MUST,
    summary: 'Client sends one or more ClientURIs to ServerURI (HTTP POST).',
  }),
  spec('DELETE', { signature: 'ClientURI', support: MUST, summary: 'Client deletes ClientURI and its subtree.' }),
  spec('EXEC', {
    signature: 'ClientURI [Correlator]',
    support: MUST,
    summary: 'Client executes ClientURI; 202 now, the result later as a generic alert.',
  }),
  spec('GET', {
    signature: 'ClientURI',
    support: ['must', 'should'],
    summary: 'Client returns the value or child list of ClientURI in Package#3.',
  }),
  spec('SHOW', {
    signature: 'ClientURI',
    support: ['must', 'should'],
    summary: 'Client shows the value of ClientURI to its user (its default when it has none).',
  }),
  spec('DEFAULT', {
    signature: 'ClientURI Value',
    support: ['must', 'should'],
    summary: 'Client keeps Value as the default SHOW offers for ClientURI.',
  }),
  spec('SUB', {
    signature: 'ClientURI',
    support: ['should', 'should'],
    summary: 'Client reports changes of ClientURI in the alerts of its next Package#1.',
  }),
  spec('UNSUB', {
    signature: 'ClientURI',
    support: ['should', 'should'],
    summary: 'Client stops reporting changes of ClientURI.',
  }),
  spec('CONT', {
    signature: '',
    support: MUST,
    framing: true,
    summary: 'Ends a Package#2 that has a successor: the client answers with Package#3.',
  }),
  spec('END', {
    signature: '',
    support: MUST,
    framing: true,
    summary: 'Ends the DM session; the client sends no Package#3.',
  }),
  spec('ADD', {
    signature: 'ClientURI [Value]',
    extension: true,
    summary: 'DM 1.x, extension: client creates ClientURI with an inline value.',
  }),
  spec('REPLACE', {
    signature: 'ClientURI Value',
    extension: true,
    summary: 'DM 1.x, extension: client sets the value of an existing ClientURI.',
  }),
];

const byName = new Map(DM_COMMANDS.map((c) => [c.name, c]));

export function findDmCommand(name: string): DmCommandSpec | undefined {
  return byName.get(name);
}

/** `HPOST ServerURI ClientURI...`: the usage line of one command. */
export function dmCommandUsage(command: DmCommandSpec): string {
  const params = command.params.map((p, i) => (i < command.required ? p : `[${p}]`));
  return [command.name, ...params].join(' ');
}

export type DmCommandProblem =
  | { code: 'empty'; message: string }
  | { code: 'unknownCommand'; message: string }
  | { code: 'extensionCommand'; message: string }
  | { code: 'wrongArity'; message: string };

export interface DmCommandCheckOptions {
  /** Accept the project's DM 1.x extensions (ADD, REPLACE). */
  extensions?: boolean;
}

/** Checks one command array against the table; undefined when it is acceptable. */
export function checkDmCommand(
  cmd: readonly string[],
  options: DmCommandCheckOptions = {},
): DmCommandProblem | undefined {
  const [name, ...args] = cmd;
  if (name === undefined || name === '') return { code: 'empty', message: 'a command needs a name' };
  const command = findDmCommand(name);
  if (!command) return { code: 'unknownCommand', message: `unknown DM command '${name}'` };
  if (command.extension && !options.extensions) {
    return {
      code: 'extensionCommand',
      message: `${name} is a DM 1.x command, not DM 2.0 (a project extension, accepted only with --extensions); DM 2.0 sets a value with HGET`,
    };
  }
  const max = command.variadic ? Infinity : command.params.length;
  if (args.length < command.required || args.length > max) {
    return {
      code: 'wrongArity',
      message: `${name} takes ${describeArity(command.required, max)}, got ${args.length}: ${dmCommandUsage(command)}`,
    };
  }
  return undefined;
}

function describeArity(min: number, max: number): string {
  if (max === Infinity) return `at least ${min} parameter${min === 1 ? '' : 's'}`;
  if (min === max) return `${min} parameter${min === 1 ? '' : 's'}`;
  return `${min} to ${max} parameters`;
}
