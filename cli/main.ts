import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { EXIT_OK, EXIT_USAGE, UsageError } from './command.ts';
import { commands } from './commands.ts';
import { reportError, wantsJson } from './errors.ts';

/** The version users install, read from omaspec's own package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'omaspec — OMA change requests to JSON Schemas, TypeScript and a reference implementation',
    '',
    'Usage: omaspec <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `omaspec <command> --help` for the options of one command, `omaspec --version` for the version.',
    'Exit codes: 0 ok, 1 findings, invalid input or failure, 2 usage error or missing input file.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview() + '\n');
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`omaspec ${version()}\n`);
    return EXIT_OK;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const error = new UsageError(`unknown command '${name}'`, 'see `omaspec --help` for the commands');
    return reportError(error, '', wantsJson(rest));
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // OmaspecErrors and file system errors are the user's to fix: printed one way, no stack. Others are bugs.
    return reportError(error, command.name, wantsJson(rest));
  }
}
