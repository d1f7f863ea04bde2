import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.ts';
import { commands } from './commands.ts';

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
    'Run `omaspec <command> --help` for the options of one command.',
    'Exit codes: 0 ok, 1 findings or failure, 2 usage error.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview() + '\n');
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`omaspec: unknown command '${name}'\n\n${overview()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`omaspec ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    // Typed errors (OMASPEC_MANIFEST, OMASPEC_DECISION, …) and file system ones (ENOENT) are the user's to fix: one line, no stack.
    if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
      process.stderr.write(`omaspec ${command.name}: ${error.message}\n`);
      return EXIT_FINDINGS;
    }
    throw error;
  }
}
