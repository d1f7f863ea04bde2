import { parseArgs, type ParseArgsConfig } from 'node:util';
import { OmaspecError } from '../core/errors.ts';

/** Exit codes shared by every subcommand: 0 ok, 1 findings/failure, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A subcommand's implementation; its one-line summary lives in the command table (cli/commands.ts). */
export interface Command {
  name: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Raised for bad command lines; main() prints it in one line, points at `--help` and exits 2. */
export class UsageError extends OmaspecError {
  constructor(message: string, hint?: string) {
    super('CLI_USAGE', message, { hint });
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with `--help` built in and unknown options turned into UsageError. An option that takes a
 * value takes the next argument whatever it starts with, as getopt does: secrets and tokens are base64url and may
 * begin with `-` (parseArgs alone refuses `--token -x…` as ambiguous).
 */
export function parseCommandLine<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: joinOptionValues(argv, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function joinOptionValues(argv: string[], options: Options): string[] {
  const takesValue = (arg: string): boolean => arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...joined, ...argv.slice(i)];
    const value = argv[i + 1];
    if (takesValue(arg) && value !== undefined && value.startsWith('-') && value !== '--') {
      joined.push(`${arg}=${value}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** A `--name N` option that must be a positive safe integer; `undefined` when not given. */
export function positiveIntegerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, got '${value}'`);
  return n;
}

/** Colour only when writing to a terminal and NO_COLOR is unset. */
export function paint(stream: NodeJS.WriteStream, code: number, text: string): string {
  return stream.isTTY && !process.env.NO_COLOR ? `\u001b[${code}m${text}\u001b[0m` : text;
}
