/**
 * The DM commands this binding knows, with their parameters in order.
 *
 * Package#2 carries each command as an array of strings: the name, then its parameters
 * (CR 004, 7.3). The schema only says "strings"; the arity below is what the server checks
 * before queueing a command and what the client checks before applying one.
 *
 * Names and parameters follow OMA-TS-DM_Protocol-V2_0 section 6 as far as the seed CRs let us
 * check (HPOST and GET are in CR 004's example); ADD and REPLACE are DM 1.x operations kept as a
 * project extension so that an operator can set a value inline (DM 2.0 does that with HGET from a
 * ServerURI, which needs a data repository this reference does not have).
 */

export interface DmCommandSpec {
  name: string;
  /** Parameter names in order; a trailing '...' marks a repeatable last parameter. */
  params: string[];
  /** How many of `params` are required. */
  required: number;
  /** True when the last parameter repeats (HPOST ClientURI...). */
  variadic: boolean;
  summary: string;
}

function spec(name: string, signature: string, summary: string): DmCommandSpec {
  const words = signature === '' ? [] : signature.split(' ');
  const params = words.map((w) => w.replace(/^\[|\]$/g, ''));
  return {
    name,
    params,
    required: words.filter((w) => !w.startsWith('[')).length,
    variadic: words.at(-1)?.endsWith('...') ?? false,
    summary,
  };
}

export const DM_COMMANDS: readonly DmCommandSpec[] = [
  spec('GET', 'ClientURI', 'Client returns the value or child list of ClientURI.'),
  spec('HGET', 'ServerURI ClientURI', 'Client fetches ServerURI over HTTP GET into ClientURI.'),
  spec('HPUT', 'ServerURI ClientURI', 'Client sends ClientURI to ServerURI over HTTP PUT.'),
  spec('HPOST', 'ServerURI ClientURI...', 'Client sends one or more ClientURIs to ServerURI over HTTP POST.'),
  spec('ADD', 'ClientURI [Value]', 'Client creates ClientURI (extension: inline value).'),
  spec('REPLACE', 'ClientURI Value', 'Client sets the value of an existing ClientURI (extension).'),
  spec('DELETE', 'ClientURI', 'Client deletes ClientURI and its subtree.'),
  spec('EXEC', 'ClientURI [Correlator]', 'Client executes the node ClientURI.'),
  spec('SUB', 'ClientURI', 'Client subscribes the server to changes of ClientURI.'),
  spec('UNSUB', 'ClientURI', 'Client cancels the subscription to ClientURI.'),
  spec('END', '', 'Server ends the DM session; no further package is expected.'),
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
  | { code: 'wrongArity'; message: string };

/** Checks one command array against the table; undefined when it is acceptable. */
export function checkDmCommand(cmd: readonly string[]): DmCommandProblem | undefined {
  const [name, ...args] = cmd;
  if (name === undefined || name === '') return { code: 'empty', message: 'a command needs a name' };
  const command = findDmCommand(name);
  if (!command) return { code: 'unknownCommand', message: `unknown DM command '${name}'` };
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
