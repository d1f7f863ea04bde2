import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue, type ValidationIssue } from '../generator/runtime/validation.ts';
import { OmaspecError, parseJsonText } from '../core/errors.ts';
import { isRecord } from '../core/guards.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';
import { importTypeScript } from './import-typescript.ts';

const usage = `Usage: omaspec validate <message> [file|-] [--generated <dir>] [--json]

Validates a JSON document (a file, or stdin when the file is '-' or absent) against one message with the
generated validators. <message> is a message id (e.g. aoiClientRegistrationReq, aoi1.clientAppRegistrationReq),
<interface>.<name> (always accepted, e.g. aoi1.aoiClientRegistrationReq) or a name (in any case when no message
is written so). A name two interfaces share is settled by the document's envelope ("jsonrpc" or "messageType"), and
a JSON-RPC request named for a reply (a "result" or "error" and no "method") means its response; the message used is
printed.
Exit codes: 0 valid, 1 invalid (or not JSON), 2 unknown message name or missing file.

Options:
  --generated <dir>  generated code directory (default: generated)
  --json             machine-readable result`;

interface Entry {
  interface: string;
  name: string;
  envelope: string;
  kind: string;
  response?: string;
  validator: { validate(value: unknown): { ok: true } | { ok: false; issues: ValidationIssue[] } };
}

type Registry = Record<string, Pick<Entry, 'interface' | 'name' | 'envelope' | 'kind' | 'response'>>;

/**
 * The ids `wanted` can mean: an id, an `<interface>.<name>`, the name of one or more messages, or (when no name is
 * written so) the same name in another case.
 */
export function candidateMessages(wanted: string, registry: Registry): string[] {
  if (Object.hasOwn(registry, wanted)) return [wanted];
  const ids = Object.keys(registry);
  const qualified = ids.find((id) => `${registry[id]!.interface}.${registry[id]!.name}` === wanted);
  if (qualified !== undefined) return [qualified];
  const byName = ids.filter((id) => registry[id]!.name === wanted);
  return byName.length > 0 ? byName : ids.filter((id) => registry[id]!.name.toLowerCase() === wanted.toLowerCase());
}

/** The envelope a document is written in, by the member that marks it. */
function envelopeOf(document: unknown): string | undefined {
  if (!isRecord(document)) return undefined;
  if ('jsonrpc' in document || 'method' in document) return 'jsonrpc';
  return 'messageType' in document ? 'messageType' : undefined;
}

const isJsonRpcReply = (document: unknown) =>
  isRecord(document) && !('method' in document) && ('result' in document || 'error' in document);

const unknownText = (wanted: string, registry: Registry) =>
  `unknown message '${wanted}'. Known messages:\n  ${Object.keys(registry).sort().join('\n  ')}`;

/**
 * The message to validate `document` against, among the candidates: a name two interfaces share is settled by the
 * document's envelope, and a JSON-RPC request named for a document that is a reply (a `result` or `error`, no
 * `method`) means its response. `because` says why when the message is not the one named.
 */
export function resolveMessage(
  wanted: string,
  registry: Registry,
  document: unknown,
): { id: string; because?: string } | { error: string } {
  let ids = candidateMessages(wanted, registry);
  if (ids.length === 0) return { error: unknownText(wanted, registry) };
  let because: string | undefined;
  if (ids.length > 1) {
    const envelope = envelopeOf(document);
    const fitting = ids.filter((id) => registry[id]!.envelope === envelope);
    if (fitting.length !== 1)
      return {
        error: `'${wanted}' is ambiguous; use one of: ${ids.map((id) => `${registry[id]!.interface}.${registry[id]!.name}`).join(', ')}`,
      };
    [ids, because] = [fitting, `the ${envelope} message named '${wanted}'`];
  }
  const entry = registry[ids[0]!]!;
  if (entry.envelope === 'jsonrpc' && entry.kind === 'request' && entry.response && isJsonRpcReply(document))
    return { id: entry.response, because: `the response to ${ids[0]}: the document has no "method" but a reply` };
  return { id: ids[0]!, ...(because ? { because } : {}) };
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
    // An unknown name is a usage error before any input is read.
    if (candidateMessages(wanted, registry).length === 0)
      throw new OmaspecError('CLI_UNKNOWN_MESSAGE', unknownText(wanted, registry));
    // A missing file is IO_NOT_FOUND (exit 2); text that is not JSON is CLI_NOT_JSON at its line:column (exit 1).
    const document = parseJsonText(await readInput(file), file === undefined || file === '-' ? 'stdin' : file);
    const resolved = resolveMessage(wanted, registry, document);
    if ('error' in resolved) throw new OmaspecError('CLI_UNKNOWN_MESSAGE', resolved.error);
    const named = resolved.because ? `${resolved.id} (${resolved.because})` : resolved.id;
    const result = registry[resolved.id]!.validator.validate(document);
    const issues = result.ok ? [] : result.issues;
    if (values.json) {
      const report = { message: resolved.id, ...(resolved.because ? { chosen: resolved.because } : {}) };
      process.stdout.write(JSON.stringify({ ...report, valid: result.ok, issues }, null, 2) + '\n');
    } else if (result.ok) {
      process.stdout.write(`${paint(process.stdout, 32, 'valid')} ${named}\n`);
    } else {
      process.stdout.write(`${paint(process.stdout, 31, 'invalid')} ${named}\n${issues.map(issueLine).join('\n')}\n`);
    }
    return result.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
