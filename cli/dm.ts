import { DM_COMMANDS, dmCommandUsage } from '../reference/dm/command-table.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../reference/dm/http-handler.ts';
import { startDmServer } from '../reference/dm/server.ts';
import { queueDmCommands } from '../reference/dm/operator.ts';
import { DmQueueFullError, DmStore, type DmDeviceState, type QueuedDmCommand } from '../reference/dm/store.ts';
import { dmValidators } from '../reference/dm/validators.ts';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT } from '../reference/server.ts';
import { openDatabase } from '../reference/store/database.ts';
import { EXIT_FINDINGS, EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec dm <subcommand> [options]

Operate the OMA DM 2.0 server side: queue commands for a device, look at what it reported,
or run a stand-alone DM server. All subcommands use <dir>/omaspec.db, the file of 'omaspec serve'.

Subcommands:
  queue <devId> <CMD> [param...]   queue a command for the device's next Package#2
  show <devId>                     reported MOs/MIIDs, alerts and pending commands of a device
  commands                         the DM commands known to the server, with their parameters
  serve                            answer Package#1 at POST /dm until interrupted

Options:
  --data <dir>            directory of omaspec.db (default ${DEFAULT_DATA_DIR})
  --allow-unknown         queue: accept a command name missing from the table (for testing clients)
  --host <host>           serve: interface to listen on (default ${DEFAULT_HOST})
  --port <n>              serve: port (default ${DEFAULT_PORT}, as 'omaspec serve'; 0 picks a free one)
  --max-body-bytes <n>    serve: largest Package#1 accepted (default ${DEFAULT_MAX_BODY_BYTES})
  --admin                 serve: also answer the operator endpoint under /dm/admin (no
                          authentication: keep --host on loopback)
  --json                  machine-readable output
  -h, --help              this help

Put '--' before command parameters that start with '-'.
Example: omaspec dm queue IMEI:490154203237518 GET ./DevInfo/Mod`;

const options = {
  data: { type: 'string' },
  'allow-unknown': { type: 'boolean' },
  host: { type: 'string' },
  port: { type: 'string' },
  'max-body-bytes': { type: 'string' },
  admin: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseCommandLine<typeof options>>['values'];

export const dmCommand: Command = {
  name: 'dm',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, options);
    const [sub, ...args] = positionals;
    switch (sub) {
      case 'queue':
        return queue(args, values);
      case 'show':
        return show(args, values);
      case 'commands':
        return listCommands(values);
      case 'serve':
        return serve(values);
      default:
        throw new UsageError(sub === undefined ? 'missing subcommand' : `unknown subcommand '${sub}'`);
    }
  },
};

function withStore<T>(values: Values, use: (store: DmStore) => T): T {
  const db = openDatabase(values.data ?? DEFAULT_DATA_DIR);
  try {
    return use(new DmStore(db));
  } finally {
    db.close();
  }
}

function queue(args: string[], values: Values): number {
  const [devId = '', ...command] = args;
  if (command.length === 0)
    throw new UsageError('queue needs a device id and a command, e.g. queue <devId> GET <ClientURI>');
  return withStore(values, (store) => {
    const result = queueDmCommands(store, devId, [command], { allowUnknown: values['allow-unknown'] });
    if (!result.ok) {
      const [error] = result.errors;
      if (error?.code === 'queueFull') throw new DmQueueFullError(error.message);
      const hint = error?.code === 'unknownCommand' ? 'see `omaspec dm commands`, or pass --allow-unknown' : undefined;
      throw new UsageError(String(error?.message), hint);
    }
    const [queued] = result.queued;
    if (values.json) print({ devId, ...queued, pending: result.pending });
    else process.stdout.write(`queued #${queued?.id} for ${devId}: ${command.join(' ')} (${result.pending} pending)\n`);
    return EXIT_OK;
  });
}

function show(args: string[], values: Values): number {
  const [devId] = args;
  if (!devId) throw new UsageError('show needs a device id');
  return withStore(values, (store) => {
    const device = store.device(devId);
    const pending = store.pending(devId);
    if (values.json) print({ devId, device: device ?? null, pending });
    else process.stdout.write(describeDevice(devId, device, pending));
    return device || pending.length > 0 ? EXIT_OK : EXIT_FINDINGS;
  });
}

function describeDevice(devId: string, device: DmDeviceState | undefined, pending: QueuedDmCommand[]): string {
  const lines = [`device ${devId}`];
  if (!device) lines.push('  never sent Package#1');
  else {
    lines.push(`  sessions: ${device.sessions} (first ${device.firstSeen}, last ${device.lastSeen})`);
    lines.push(`  MOs (${device.mos.length}):`);
    for (const mo of device.mos)
      lines.push(`    ${mo.MOID ?? '(no MOID)'}  MIID [${(mo.MIID ?? []).join(', ')}]  DDF ${mo.DDF ?? '-'}`);
    lines.push(`  alerts (${device.alerts.length}):`);
    for (const a of device.alerts)
      lines.push(`    ${a.receivedAt}  ${a.AlertType ?? '?'}  ${a.Mark ?? ''}  ${a.SourceURI ?? ''}`.trimEnd());
  }
  lines.push(`  pending commands (${pending.length}):`);
  for (const c of pending) lines.push(`    #${c.id}  ${c.command.join(' ')}`);
  return lines.join('\n') + '\n';
}

function listCommands(values: Values): number {
  if (values.json) print(DM_COMMANDS);
  else process.stdout.write(DM_COMMANDS.map((c) => `${dmCommandUsage(c).padEnd(34)} ${c.summary}`).join('\n') + '\n');
  return EXIT_OK;
}

async function serve(values: Values): Promise<number> {
  const port = integer(values.port ?? String(DEFAULT_PORT), '--port');
  const maxBodyBytes = integer(values['max-body-bytes'] ?? String(DEFAULT_MAX_BODY_BYTES), '--max-body-bytes');
  const db = openDatabase(values.data ?? DEFAULT_DATA_DIR);
  const server = await startDmServer({
    store: new DmStore(db),
    validators: dmValidators,
    host: values.host ?? DEFAULT_HOST,
    port,
    maxBodyBytes,
    admin: values.admin ?? false,
    onError: (error) => process.stderr.write(`omaspec dm serve: ${(error as Error).message}\n`),
  });
  if (values.json) print({ url: server.url });
  else {
    process.stdout.write(`DM server listening on ${server.url} (Ctrl-C to stop)\n`);
    if (values.admin) process.stdout.write(`operator endpoint: ${server.url}/admin/devices/<devId>[/queue]\n`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  db.close();
  return EXIT_OK;
}

function integer(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a non-negative integer, got '${text}'`);
  return n;
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
