/**
 * How every command prints an error, and the one place an error's kind becomes an exit code:
 *
 *   spec/decisions.yaml:12:5: error INGEST_DECISION: decision D3: no message aoi1/fooRes
 *   hint: …
 *
 * (`omaspec <command>` stands in for the location when there is none), or with --json one line
 * `{"error":{"code","kind","message","file","line","col","hint"}}` on stdout, where the JSON answer would be.
 */
import { formatLocation, OmaspecError, type ErrorKind } from '../core/errors.ts';
import { EXIT_FINDINGS, EXIT_USAGE, paint } from './command.ts';

/** The exit code of each kind of error: nowhere else is an error turned into a number. */
export const EXIT_CODES: Record<ErrorKind, number> = {
  usage: EXIT_USAGE,
  'missing-input': EXIT_USAGE,
  invalid: EXIT_FINDINGS,
  failure: EXIT_FINDINGS,
};

/** File system errors (ENOENT, EACCES…) carry the path: they become IO_NOT_FOUND / IO_UNREADABLE there. */
export function asOmaspecError(error: unknown): OmaspecError | undefined {
  if (error instanceof OmaspecError) return error;
  const system = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof system.code !== 'string' || typeof system.path !== 'string') return undefined;
  if (system.code === 'ENOENT')
    return new OmaspecError('IO_NOT_FOUND', `no such file or directory`, {
      location: { file: system.path },
      cause: error,
    });
  return new OmaspecError('IO_UNREADABLE', `cannot read (${system.code})`, {
    location: { file: system.path },
    cause: error,
  });
}

export function formatError(error: OmaspecError, command: string, stream = process.stderr): string {
  const where = error.location ? formatLocation(error.location) : ['omaspec', command].filter(Boolean).join(' ');
  const hint = error.hint ?? (error.kind === 'usage' ? `see \`omaspec ${command} --help\`` : undefined);
  return `${where}: ${paint(stream, 31, 'error')} ${error.code}: ${error.message}\n${hint ? `hint: ${hint}\n` : ''}`;
}

/** The fields of the error, then what its class adds (AoiRequestError's `status`, DecisionError's `decision`…). */
export function errorJson(error: OmaspecError): { error: Record<string, unknown> } {
  const { code, kind, message, location, hint } = error;
  const extra = Object.entries(error).filter(
    ([key, value]) =>
      !['code', 'kind', 'location', 'hint', 'name'].includes(key) && value !== null && typeof value !== 'object',
  );
  return {
    error: { code, kind, message, ...location, ...(hint === undefined ? {} : { hint }), ...Object.fromEntries(extra) },
  };
}

/** Whether the command line asks for JSON output (`--json` or `--format json`). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) => arg === '--json' || arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'),
  );
}

/** Prints `error` the one way and returns its exit code; anything that is not an OmaspecError is a bug and is rethrown. */
export function reportError(error: unknown, command: string, json: boolean): number {
  const known = asOmaspecError(error);
  if (!known) throw error;
  if (json) process.stdout.write(`${JSON.stringify(errorJson(known))}\n`);
  else process.stderr.write(formatError(known, command));
  return EXIT_CODES[known.kind];
}
