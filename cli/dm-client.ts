import { readFile, rename, writeFile } from 'node:fs/promises';
import { OmaspecError, parseJsonText } from '../core/errors.ts';
import type { DmCommandOutcome } from '../reference/dm/client/apply.ts';
import { parseMoFile, serializeMoFile, type DmClientDescription } from '../reference/dm/client/mo-file.ts';
import { MoTree } from '../reference/dm/client/mo-tree.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, runDmSession } from '../reference/dm/client/session.ts';
import { emptyClientState } from '../reference/dm/client/state.ts';
import { dmValidators } from '../reference/dm/validators.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../reference/defaults.ts';
import { readCaFile } from './client-connection.ts';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  paint,
  parseCommandLine,
  UsageError,
  positiveIntegerOption,
  type Command,
} from './command.ts';

const usage = `Usage: omaspec dm-client --url <url> --credential <secret> [--dev-id <id>] [--mo-file <file.json>] [options]

Runs one OMA DM 2.0 session as a DM Client: sends Package#1 (its supported MOs and alerts from
--mo-file), carries out every Package#2 (HGET/HPUT/HPOST against the server's URIs, GET, SHOW,
DEFAULT, DELETE, EXEC, SUB, UNSUB) and answers each one that ends with CONT with a Package#3 of
statuses, until END. A session that changed the tree or the client state writes --mo-file back.

Options:
  --url <url>                 where to POST the packages, e.g. http://${DEFAULT_HOST}:${DEFAULT_PORT}/dm
  --ca <file>                 for https:// (the DM server and ServerURIs): also trust the certificate
                              authorities in <file> (PEM), e.g. a self-signed server's certificate
  --credential <secret>       the device's credential (omaspec dm device add); sent as a bearer token,
                              to the DM server's own origin only (default: $OMASPEC_DM_CREDENTIAL)
  --dev-id <id>               OMADM-DevID header value (default: DevID of the MO file)
  --mo-file <file.json>       {"DevID"?, "MOS"?, "Alert"?, "Tree"?: {ClientURI: value}, "Permanent"?: [...], ...}
  --extensions                also carry out the DM 1.x extensions ADD and REPLACE
  --max-response-bytes <n>    largest Package#2 accepted (default ${DEFAULT_MAX_RESPONSE_BYTES})
  --json                      print {package1, rounds, error?, tree} as JSON
  -h, --help                  this help

Exit codes: 0 every command done, 1 session failed or some command failed/unsupported, 2 usage.`;

const options = {
  url: { type: 'string' },
  ca: { type: 'string' },
  credential: { type: 'string' },
  'dev-id': { type: 'string' },
  'mo-file': { type: 'string' },
  extensions: { type: 'boolean' },
  'max-response-bytes': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const MARKS: Record<DmCommandOutcome['status'], [number, string]> = {
  ok: [32, 'ok         '],
  accepted: [32, 'accepted   '],
  notModified: [32, 'unchanged  '],
  failed: [31, 'failed     '],
  invalid: [31, 'invalid    '],
  unsupported: [33, 'unsupported'],
  skipped: [33, 'skipped    '],
};

const DONE = new Set<DmCommandOutcome['status']>(['ok', 'accepted', 'notModified', 'skipped']);

export const dmClientCommand: Command = {
  name: 'dm-client',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.url) throw new UsageError('--url is required');
    const ca = values.ca === undefined ? undefined : readCaFile(values.ca);
    const maxResponseBytes =
      positiveIntegerOption('max-response-bytes', values['max-response-bytes']) ?? DEFAULT_MAX_RESPONSE_BYTES;
    const moFile = values['mo-file'];
    const loaded = moFile ? await loadMoFile(moFile) : undefined;
    const description = loaded?.description ?? { package1: {}, tree: new MoTree(), state: emptyClientState() };
    const credential = values.credential ?? process.env.OMASPEC_DM_CREDENTIAL;
    if (!credential)
      throw new UsageError('--credential is required', 'the operator prints it once: omaspec dm device add <devId>');
    const devId = values['dev-id'] ?? description.devId;
    if (!devId) throw new UsageError('--dev-id is required when the MO file has no DevID');

    const before = loaded && serializeMoFile(loaded.json, description);
    const result = await runDmSession({
      url: values.url,
      devId,
      credential,
      maxResponseBytes,
      validators: dmValidators,
      ...(values.extensions ? { extensions: true } : {}),
      ...(ca === undefined ? {} : { ca }),
      ...description,
    });
    // The state changes even without a tree change (subscriptions, alerts owed): write it whenever it differs.
    if (moFile && loaded) {
      const after = serializeMoFile(loaded.json, description);
      if (after !== before) await writeAtomically(moFile, after);
    }
    if (values.json) {
      const report = { rounds: result.rounds, ...(result.error ? { error: result.error } : {}) };
      const tree = description.tree.leaves();
      process.stdout.write(JSON.stringify({ package1: description.package1, ...report, tree }, null, 2) + '\n');
    } else printSession(values.url, devId, result);
    const allDone = result.rounds.every((r) => r.outcomes.every((o) => DONE.has(o.status)));
    return result.ok && allDone ? EXIT_OK : EXIT_FINDINGS;
  },
};

function printSession(url: string, devId: string, result: Awaited<ReturnType<typeof runDmSession>>): void {
  const count = result.rounds.reduce((n, r) => n + r.outcomes.length, 0);
  process.stdout.write(`DM session with ${url} as ${devId}: ${result.rounds.length} Package#2, ${count} command(s)\n`);
  result.rounds.forEach((round, i) => {
    process.stdout.write(` Package#2 ${i + 1}\n`);
    for (const o of round.outcomes) {
      const [colour, label] = MARKS[o.status];
      const sc = o.sc === undefined ? '   ' : String(o.sc);
      process.stdout.write(`  ${paint(process.stdout, colour, label)} ${sc}  ${o.command.join(' ')}  — ${o.detail}\n`);
    }
  });
  const { error } = result;
  if (!error) return;
  process.stderr.write(`omaspec dm-client: ${error.code}: ${error.message}\n`);
  for (const issue of error.issues ?? [])
    process.stderr.write(`  ${issue.path || '/'} ${issue.rule}: ${issue.message}\n`);
  if (error.problem !== undefined) process.stderr.write(`  ${JSON.stringify(error.problem)}\n`);
}

/** The parsed MO file; a missing file is IO_NOT_FOUND, one that is not JSON or not an MO description an OmaspecError. */
async function loadMoFile(path: string): Promise<{ description: DmClientDescription; json: Record<string, unknown> }> {
  const text = await readFile(path, 'utf8');
  const json = parseJsonText(text, path);
  const parsed = parseMoFile(json, dmValidators);
  if (parsed.ok) return { description: parsed.description, json: json as Record<string, unknown> };
  const issues = parsed.issues.map((issue) => `${issue.path || '/'} ${issue.rule}: ${issue.message}`);
  throw new OmaspecError('CLI_INVALID_INPUT', `not an MO description: ${issues.join('; ')}`, {
    location: { file: path },
    hint: 'see `omaspec dm-client --help` for the shape of --mo-file',
  });
}

/** Write then rename, so a crash mid-write leaves the old MO file rather than half a new one. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
