import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue, type ValidationIssue } from '../generator/runtime/validation.ts';
import { OmaspecError, parseJsonText } from '../core/errors.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';
import { importTypeScript } from './import-typescript.ts';

const usage = `Usage: omaspec validate <message> [file|-] [--generated <dir>] [--json]

Validates a JSON document (a file, or stdin when the file is '-' or absent) against one message with the
generated validators. <message> is a message id (e.g. aoiClientRegistrationReq, aoi1.clientAppRegistrationReq),
<interface>.<name> (always accepted, e.g. aoi1.aoiClientRegistrationReq) or a name that is unique across interfaces.
Exit codes: 0 valid, 1 invalid (or not JSON), 2 unknown message name or missing file.

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
    if (!existsSync(registryFile))
      throw new OmaspecError('CLI_NO_GENERATED', 'no generated validators here', {
        location: { file: registryFile },
        hint: 'run `omaspec generate`, or pass the generated directory with --generated',
      });
    const registry = ((await importTypeScript(registryFile)) as { messages: Record<string, Entry> }).messages;
    const resolved = resolveMessage(wanted, registry);
    if ('error' in resolved) throw new OmaspecError('CLI_UNKNOWN_MESSAGE', resolved.error);
    // A missing file is IO_NOT_FOUND (exit 2); text that is not JSON is CLI_NOT_JSON at its line:column (exit 1).
    const document = parseJsonText(await readInput(file), file === undefined || file === '-' ? 'stdin' : file);
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
