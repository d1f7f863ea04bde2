import { readFile } from 'node:fs/promises';
import { OmaspecError, parseJsonText } from '../core/errors.ts';
import type { DmCommandOutcome } from '../reference/dm/client/apply.ts';
import { parseMoFile, type DmClientDescription } from '../reference/dm/client/mo-file.ts';
import { MoTree } from '../reference/dm/client/mo-tree.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, runDmSession } from '../reference/dm/client/session.ts';
import { dmValidators } from '../reference/dm/validators.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../reference/server.ts';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  paint,
  parseCommandLine,
  UsageError,
  positiveIntegerOption,
  type Command,
} from './command.ts';

const usage = `Usage: omaspec dm-client --url <url> [--dev-id <id>] [--mo-file <file.json>] [options]

Runs one OMA DM 2.0 session as a DM Client: sends Package#1 (its supported MOs and alerts from
--mo-file), validates the server's Package#2 and applies GET/ADD/REPLACE/DELETE to an in-memory
MO tree, printing what it did with every command.

Options:
  --url <url>                 where to POST Package#1, e.g. http://${DEFAULT_HOST}:${DEFAULT_PORT}/dm
  --dev-id <id>               OMADM-DevID header value (default: DevID of the MO file)
  --mo-file <file.json>       {"DevID"?, "MOS"?, "Alert"?, "Tree"?: {ClientURI: value}}
  --max-response-bytes <n>    largest Package#2 accepted (default ${DEFAULT_MAX_RESPONSE_BYTES})
  --json                      print {package1, package2, outcomes, tree} as JSON
  -h, --help                  this help

Exit codes: 0 every command done, 1 session failed or some command failed/unsupported, 2 usage.`;

const options = {
  url: { type: 'string' },
  'dev-id': { type: 'string' },
  'mo-file': { type: 'string' },
  'max-response-bytes': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const MARKS: Record<DmCommandOutcome['status'], [number, string]> = {
  ok: [32, 'ok         '],
  failed: [31, 'failed     '],
  invalid: [31, 'invalid    '],
  unsupported: [33, 'unsupported'],
  skipped: [33, 'skipped    '],
};

export const dmClientCommand: Command = {
  name: 'dm-client',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.url) throw new UsageError('--url is required');
    const maxResponseBytes =
      positiveIntegerOption('max-response-bytes', values['max-response-bytes']) ?? DEFAULT_MAX_RESPONSE_BYTES;
    const description = values['mo-file'] ? await loadMoFile(values['mo-file']) : { package1: {}, tree: new MoTree() };
    const devId = values['dev-id'] ?? description.devId;
    if (!devId) throw new UsageError('--dev-id is required when the MO file has no DevID');

    const result = await runDmSession({
      url: values.url,
      devId,
      maxResponseBytes,
      validators: dmValidators,
      ...description,
    });
    if (values.json) {
      const report = result.ok ? { package2: result.package2, outcomes: result.outcomes } : { error: result.error };
      process.stdout.write(
        JSON.stringify({ package1: description.package1, ...report, tree: description.tree.leaves() }, null, 2) + '\n',
      );
    } else if (!result.ok) {
      process.stderr.write(`omaspec dm-client: ${result.error.code}: ${result.error.message}\n`);
      for (const issue of result.error.issues ?? [])
        process.stderr.write(`  ${issue.path || '/'} ${issue.rule}: ${issue.message}\n`);
      if (result.error.problem !== undefined) process.stderr.write(`  ${JSON.stringify(result.error.problem)}\n`);
    } else {
      process.stdout.write(`DM session with ${values.url} as ${devId}: ${result.outcomes.length} command(s)\n`);
      for (const o of result.outcomes) {
        const [colour, label] = MARKS[o.status];
        process.stdout.write(`  ${paint(process.stdout, colour, label)}  ${o.command.join(' ')}  — ${o.detail}\n`);
      }
    }
    return result.ok && result.outcomes.every((o) => o.status === 'ok' || o.status === 'skipped')
      ? EXIT_OK
      : EXIT_FINDINGS;
  },
};

/** The parsed MO file; a missing file is IO_NOT_FOUND, one that is not JSON or not an MO description an OmaspecError. */
async function loadMoFile(path: string): Promise<DmClientDescription> {
  const parsed = parseMoFile(parseJsonText(await readFile(path, 'utf8'), path), dmValidators);
  if (parsed.ok) return parsed.description;
  const issues = parsed.issues.map((issue) => `${issue.path || '/'} ${issue.rule}: ${issue.message}`);
  throw new OmaspecError('CLI_INVALID_INPUT', `not an MO description: ${issues.join('; ')}`, {
    location: { file: path },
    hint: 'see `omaspec dm-client --help` for the shape of --mo-file',
  });
}
