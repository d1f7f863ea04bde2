import { readFileSync } from 'node:fs';
import { DM_COMMANDS, dmCommandUsage } from '../reference/dm/command-table.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../reference/dm/http-handler.ts';
import { startDmServer } from '../reference/dm/server.ts';
import { queueDmCommands } from '../reference/dm/operator.ts';
import { dmStoreModule, inProcessDmStore, SqliteDmStore } from '../reference/dm/sqlite-store.ts';
import { DEFAULT_DM_STORE_LIMITS, DmQueueFullError, type DmStore, type DmStoreLimits } from '../reference/dm/store.ts';
import { DM_STORE_LIMIT_FLAGS } from './serve-dm.ts';
import { limitFlags, limitOptions } from './serve-limits.ts';
import { describeDevice } from '../reference/dm/describe.ts';
import { devIdProblem } from '../reference/dm/dev-id.ts';
import { dmValidators } from '../reference/dm/validators.ts';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT } from '../reference/server.ts';
import { openDatabase } from '../reference/store/database.ts';
import type { RedisLocation } from '../reference/store/redis.ts';
import { OmaspecError } from '../core/errors.ts';
import { storeOption } from './serve-store.ts';
import { StoreWorker } from '../reference/store/store-worker.ts';
import { EXIT_FINDINGS, EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec dm <subcommand> [options]

Operate the OMA DM 2.0 server side: queue commands for a device, look at what it reported,
or run a stand-alone DM server. All subcommands use <dir>/omaspec.db, the file of 'omaspec serve'; with
--store redis://… the others use the Redis that several 'omaspec serve' nodes share.

Subcommands:
  device add <devId>               provision the device: prints its credential once (a new one
                                   replaces the old); packages without it are refused with 401
  queue <devId> <CMD> [param...]   queue a command for the device's next Package#2
  data put <devId> <path> <value>  put a value in the device's data area (/dm/data/<devId>/<path>), for HGET
  data get <devId> <path>          print what the device sent there with HPUT/HPOST
  show <devId>                     reported MOs, alerts, sessions with each command's status, queue, data area
  commands                         the DM commands known to the server, with their parameters
  serve                            answer Package#1/#3 at POST /dm until interrupted

Options:
  --data <dir>            directory of omaspec.db (default ${DEFAULT_DATA_DIR})
  --store <kind>          sqlite (default: omaspec.db in --data) or redis://HOST:PORT[/DB], the Redis that
                          'omaspec serve --store' nodes share; default $OMASPEC_STORE if set (not for serve)
  --allow-unknown         queue: accept a command name missing from the table (for testing clients)
  --extensions            queue: accept the DM 1.x extensions ADD and REPLACE (not DM 2.0)
  --host <host>           serve: interface to listen on (default ${DEFAULT_HOST})
  --port <n>              serve: port (default ${DEFAULT_PORT}, as 'omaspec serve'; 0 picks a free one)
  --max-body-bytes <n>    serve: largest package accepted (default ${DEFAULT_MAX_BODY_BYTES})
  --max-rounds <n>        serve: most Package#2s with commands per session (default 20), then END
  --max-session-seconds <n>  serve: longest session (default 600), then END
  --admin                 serve: also answer the operator endpoint under /dm/admin
  --admin-key-file <f>    serve: the operator's bearer key (first line of the file; or $OMASPEC_DM_ADMIN_KEY);
                          without one --admin is open and allowed only on a loopback --host
  --dm-max-queued-per-device N, --dm-max-data-resources-per-device N, --dm-max-sessions-per-device N
                          the store's per-device bounds, as given to 'omaspec serve' (defaults ${DEFAULT_DM_STORE_LIMITS.maxQueuedPerDevice}, ${DEFAULT_DM_STORE_LIMITS.maxDataResourcesPerDevice}, ${DEFAULT_DM_STORE_LIMITS.maxSessionsPerDevice})
  --json                  machine-readable output
  -h, --help              this help

Put '--' before command parameters that start with '-'.
Example: omaspec dm queue IMEI:490154203237518 GET ./DevInfo/Mod`;

const options = {
  data: { type: 'string' },
  store: { type: 'string' },
  'allow-unknown': { type: 'boolean' },
  extensions: { type: 'boolean' },
  host: { type: 'string' },
  port: { type: 'string' },
  'max-body-bytes': { type: 'string' },
  'max-rounds': { type: 'string' },
  'max-session-seconds': { type: 'string' },
  admin: { type: 'boolean' },
  'admin-key-file': { type: 'string' },
  json: { type: 'boolean' },
  ...limitFlags(DM_STORE_LIMIT_FLAGS),
} as const;

/** The per-device bounds the store enforces: those of the 'omaspec serve' that shares it, when given alike. */
const storeLimits = (values: Values): Partial<DmStoreLimits> => limitOptions(DM_STORE_LIMIT_FLAGS, values);

type Values = ReturnType<typeof parseCommandLine<typeof options>>['values'];

export const dmCommand: Command = {
  name: 'dm',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, options);
    const [sub, ...args] = positionals;
    switch (sub) {
      case 'device':
        return device(args, values);
      case 'data':
        return data(args, values);
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

/**
 * The store 'omaspec serve' uses with the same --store (or $OMASPEC_STORE) and --data: in process on its SQLite file
 * (a running server sees the change at its next read), or the Redis its nodes share.
 */
async function withStore<T>(values: Values, use: (store: DmStore) => Promise<T>): Promise<T> {
  const { store } = storeOption(values.store);
  if (store === 'memory') throw new UsageError('--store memory keeps nothing between commands: use sqlite or redis://');
  const limits = storeLimits(values);
  if (store !== 'sqlite') return withRedisStore(store.location, limits, use);
  const db = openDatabase(values.data ?? DEFAULT_DATA_DIR);
  try {
    return await use(inProcessDmStore(db, { limits }));
  } finally {
    db.close();
  }
}

/** Loaded only here: ioredis and the Redis store are not needed by the SQLite commands. */
async function withRedisStore<T>(
  location: RedisLocation,
  limits: Partial<DmStoreLimits>,
  use: (store: DmStore) => Promise<T>,
): Promise<T> {
  const [
    { connectRedis, DEFAULT_KEY_PREFIX, describeLocation, waitUntilReady },
    { RedisDmStore },
    { DEFAULT_CONNECT_TIMEOUT_MS },
  ] = await Promise.all([
    import('../reference/store/redis.ts'),
    import('../reference/dm/redis-store.ts'),
    import('../reference/cluster/redis-backend.ts'),
  ]);
  const redis = connectRedis(location);
  try {
    await waitUntilReady(redis, DEFAULT_CONNECT_TIMEOUT_MS).catch((error: unknown) => {
      const where = describeLocation(location);
      throw new OmaspecError('STORE_UNREACHABLE', `Redis at ${where} is unreachable: ${(error as Error).message}`);
    });
    return await use(new RedisDmStore(redis, DEFAULT_KEY_PREFIX, { limits }));
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

function queue(args: string[], values: Values): Promise<number> {
  const [devId = '', ...command] = args;
  if (command.length === 0)
    throw new UsageError('queue needs a device id and a command, e.g. queue <devId> GET <ClientURI>');
  return withStore(values, async (store) => {
    const result = await queueDmCommands(store, devId, [command], {
      allowUnknown: values['allow-unknown'] ?? false,
      extensions: values.extensions ?? false,
    });
    if (!result.ok) {
      const [error] = result.errors;
      if (error?.code === 'queueFull') throw new DmQueueFullError(error.message);
      const hint =
        error?.code === 'unknownCommand'
          ? 'see `omaspec dm commands`, or pass --allow-unknown'
          : error?.code === 'extensionCommand'
            ? 'pass --extensions to queue it anyway'
            : undefined;
      throw new UsageError(String(error?.message), hint);
    }
    const [queued] = result.queued;
    if (values.json) print({ devId, ...queued, pending: result.pending });
    else process.stdout.write(`queued #${queued?.id} for ${devId}: ${command.join(' ')} (${result.pending} pending)\n`);
    return EXIT_OK;
  });
}

function show(args: string[], values: Values): Promise<number> {
  const [devId] = args;
  if (!devId) throw new UsageError('show needs a device id');
  return withStore(values, async (store) => {
    const [issued, device, sessions, pending, data] = await Promise.all([
      store.credentialIssuedAt(devId),
      store.device(devId),
      store.history(devId),
      store.pending(devId),
      store.listData(devId),
    ]);
    const view = {
      devId,
      ...(issued ? { provisioned: issued } : {}),
      ...(device ? { device } : {}),
      sessions,
      pending,
      data,
    };
    if (values.json)
      print({
        ...view,
        device: device ?? null,
        data: view.data.map(({ body, ...r }) => ({ ...r, bytes: body.length })),
      });
    else process.stdout.write(describeDevice(view));
    return device || issued || view.pending.length > 0 ? EXIT_OK : EXIT_FINDINGS;
  });
}

function device(args: string[], values: Values): Promise<number> {
  const [action, devId = '', ...rest] = args;
  if (action !== 'add' || rest.length > 0) throw new UsageError('usage: dm device add <devId>');
  const invalid = devIdProblem(devId);
  if (invalid) throw new UsageError(devId === '' ? 'device add needs a device id' : invalid);
  return withStore(values, async (store) => {
    const credential = await store.issueCredential(devId);
    if (values.json) print({ devId, credential });
    else
      process.stdout.write(
        `credential for ${devId} (shown once; the server keeps only its hash):\n${credential}\n` +
          `omaspec dm-client --credential ${credential} ...\n`,
      );
    return EXIT_OK;
  });
}

function data(args: string[], values: Values): Promise<number> {
  const [action, devId = '', path = '', ...rest] = args;
  const put = action === 'put' && rest.length === 1;
  if ((!put && !(action === 'get' && rest.length === 0)) || path === '')
    throw new UsageError('usage: dm data put <devId> <path> <value> | dm data get <devId> <path>');
  const invalid = devIdProblem(devId);
  if (invalid) throw new UsageError(invalid);
  return withStore(values, async (store) => {
    if (put) {
      const value = Buffer.from(rest[0] as string);
      const stored = await store.putData(devId, path, value, 'text/plain; charset=utf-8', 'operator');
      if (values.json) print({ devId, path, etag: stored.etag });
      else
        process.stdout.write(
          `stored ${path} for ${devId}: HGET it from /dm/data/${encodeURIComponent(devId)}/${path}\n`,
        );
      return EXIT_OK;
    }
    const resource = await store.getData(devId, path);
    if (!resource) {
      process.stderr.write(`omaspec dm: nothing at ${path} in the data area of ${devId}\n`);
      return EXIT_FINDINGS;
    }
    if (values.json) print({ devId, ...resource, body: resource.body.toString('utf8') });
    else process.stdout.write(`${resource.body.toString('utf8')}\n`);
    return EXIT_OK;
  });
}

function listCommands(values: Values): number {
  if (values.json) print(DM_COMMANDS);
  else process.stdout.write(DM_COMMANDS.map((c) => `${dmCommandUsage(c).padEnd(34)} ${c.summary}`).join('\n') + '\n');
  return EXIT_OK;
}

async function serve(values: Values): Promise<number> {
  if (values.store !== undefined)
    throw new UsageError("dm serve keeps its state in --data; run 'omaspec serve --store' for Redis");
  const port = integer(values.port ?? String(DEFAULT_PORT), '--port');
  const maxBodyBytes = integer(values['max-body-bytes'] ?? String(DEFAULT_MAX_BODY_BYTES), '--max-body-bytes');
  const maxRounds = integer(values['max-rounds'] ?? '20', '--max-rounds');
  const maxSessionSeconds = integer(values['max-session-seconds'] ?? '600', '--max-session-seconds');
  const adminKey = readAdminKey(values['admin-key-file']);
  const db = openDatabase(values.data ?? DEFAULT_DATA_DIR);
  const worker = StoreWorker.start(db, [dmStoreModule]);
  const stop = async () => {
    await worker.close();
    db.close();
  };
  const server = await worker.ready
    .then(() =>
      startDmServer({
        store: new SqliteDmStore(worker, { limits: storeLimits(values) }),
        validators: dmValidators,
        host: values.host ?? DEFAULT_HOST,
        port,
        maxBodyBytes,
        maxRounds,
        maxSessionSeconds,
        admin: values.admin ?? false,
        ...(adminKey === undefined ? {} : { adminKey }),
        onError: (error) => process.stderr.write(`omaspec dm serve: ${(error as Error).message}\n`),
      }),
    )
    .catch(async (error: unknown) => {
      await stop();
      throw error;
    });
  if (values.json) print({ url: server.url });
  else {
    process.stdout.write(`DM server listening on ${server.url} (Ctrl-C to stop)\n`);
    if (values.admin) {
      const access = adminKey === undefined ? 'open: no admin key' : 'admin key required';
      process.stdout.write(`operator endpoint: ${server.url}/admin/devices/<devId>[/queue] (${access})\n`);
    }
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await stop();
  return EXIT_OK;
}

/** The admin key: first line of --admin-key-file, else $OMASPEC_DM_ADMIN_KEY; at least 16 characters. */
function readAdminKey(file: string | undefined): string | undefined {
  const key = file === undefined ? process.env.OMASPEC_DM_ADMIN_KEY : firstLine(file);
  if (key === undefined || key === '') return undefined;
  if (key.length < MIN_ADMIN_KEY_LENGTH)
    throw new UsageError(
      `the admin key is shorter than ${MIN_ADMIN_KEY_LENGTH} characters: a bearer secret must not be guessable`,
    );
  return key;
}

const MIN_ADMIN_KEY_LENGTH = 16;

function firstLine(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0]?.trim();
  } catch (error) {
    throw new UsageError(`cannot read --admin-key-file ${file}: ${(error as Error).message}`);
  }
}

function integer(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a non-negative integer, got '${text}'`);
  return n;
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
