import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue, type ValidationIssue } from '../generator/runtime/validation.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, paint, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec validate <message> [file|-] [--generated <dir>] [--json]

Validates a JSON document (a file, or stdin when the file is '-' or absent) against one message with the
generated validators. <message> is a message id (e.g. aoiClientRegistrationReq, aoi1.clientAppRegistrationReq),
<interface>.<name> (always accepted, e.g. aoi1.aoiClientRegistrationReq) or a name that is unique across interfaces.
Exit codes: 0 valid, 1 invalid (or unreadable), 2 unknown message name.

Options:
  --generated <dir>  generated code directory (default: generated)
  --json             machine-readable result`;

interface Entry {
  interface: string;
  name: string;
  validator: { validate(value: unknown): { ok: true } | { ok: false; issues: ValidationIssue[] } };
}

/** Resolves an id, an `<interface>.<name>` or an unambiguous name; otherwise a message listing the candidates. */
export function resolveMessage(
  wanted: string,
  registry: Record<string, Pick<Entry, 'interface' | 'name'>>,
): { id: string } | { error: string } {
  if (Object.hasOwn(registry, wanted)) return { id: wanted };
  const qualified = Object.keys(registry).find((id) => `${registry[id]?.interface}.${registry[id]?.name}` === wanted);
  if (qualified !== undefined) return { id: qualified };
  const byName = Object.keys(registry).filter((id) => registry[id]?.name === wanted);
  if (byName.length === 1 && byName[0]) return { id: byName[0] };
  if (byName.length > 1)
    return {
      error: `'${wanted}' is ambiguous; use one of: ${byName.map((id) => `${registry[id]!.interface}.${registry[id]!.name}`).join(', ')}`,
    };
  return { error: `unknown message '${wanted}'. Known messages:\n  ${Object.keys(registry).sort().join('\n  ')}` };
}

async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The registry is loaded at run time; its issues have the shape of the runtime the generator copies. */
const issueLine = (issue: ValidationIssue) => `  ${formatIssue(issue)}`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate a JSON document against one message with the generated validators',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      generated: { type: 'string', default: 'generated' },
      json: { type: 'boolean', default: false },
    });
    const [wanted, file, extra] = positionals;
    if (wanted === undefined) throw new UsageError('missing <message>');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    const registryFile = path.resolve(values.generated, 'registry.ts');
    let registry: Record<string, Entry>;
    try {
      registry = ((await import(pathToFileURL(registryFile).href)) as { messages: Record<string, Entry> }).messages;
    } catch (error) {
      process.stderr.write(
        `omaspec validate: cannot load ${registryFile} (run \`npx omaspec generate\`): ${(error as Error).message}\n`,
      );
      return EXIT_FINDINGS;
    }
    const resolved = resolveMessage(wanted, registry);
    if ('error' in resolved) {
      process.stderr.write(`omaspec validate: ${resolved.error}\n`);
      return EXIT_USAGE;
    }
    let document: unknown;
    try {
      document = JSON.parse(await readInput(file));
    } catch (error) {
      const why = (error as Error).message;
      if (values.json) process.stdout.write(JSON.stringify({ message: resolved.id, valid: false, error: why }) + '\n');
      else process.stderr.write(`omaspec validate: ${file ?? 'stdin'}: ${why}\n`);
      return EXIT_FINDINGS;
    }
    const result = registry[resolved.id]!.validator.validate(document);
    const issues = result.ok ? [] : result.issues;
    if (values.json) {
      process.stdout.write(JSON.stringify({ message: resolved.id, valid: result.ok, issues }, null, 2) + '\n');
    } else if (result.ok) {
      process.stdout.write(`${paint(process.stdout, 32, 'valid')} ${resolved.id}\n`);
    } else {
      process.stdout.write(
        `${paint(process.stdout, 31, 'invalid')} ${resolved.id}\n${issues.map(issueLine).join('\n')}\n`,
      );
    }
    return result.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
