import { connectionOptions } from './client-connection.ts';
import { reportError } from './errors.ts';
import { EXIT_OK, UsageError, positiveIntegerOption, parseCommandLine } from './command.ts';
import { AoiClient, AoiRequestError } from '../reference/client/aoi-client.ts';
import { DeviceNotifications } from '../reference/client/device-notifications.ts';
import { MemoryDeviceState } from '../reference/client/device-state.ts';

export const listenUsage = `  listen          --client-id ID --token-seed S [--token T] [--count N]
                  binds the client, then prints each delivered notification as a JSON line
                  (--token-seed repeatable: registers the seeded application, again after each
                  reconnect; --token: also accept this token; --count: exit after N notifications)`;

const APPLICATION = 'listen';

/**
 * `omaspec client listen`: an AOI Client that stays connected and forwards each delivery to one
 * "application" that prints it. AOI-1 has no message that only re-attaches a connection (10.1.3 is
 * empty), so the client binds by repeating its seeded registrations, which are idempotent.
 */
export async function listen(argv: string[], defaultUrl: string): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    url: { type: 'string' },
    ca: { type: 'string' },
    'client-id': { type: 'string' },
    'token-seed': { type: 'string', multiple: true },
    token: { type: 'string', multiple: true },
    count: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const { url, ca } = connectionOptions(values, defaultUrl);
  const clientID = values['client-id'];
  if (clientID === undefined) throw new UsageError('listen needs --client-id');
  const seeds = values['token-seed'] ?? [];
  if (seeds.length === 0)
    throw new UsageError('listen needs --token-seed: the seeded registration is what binds this connection');
  const count = positiveIntegerOption('count', values.count) ?? Infinity;

  const state = new MemoryDeviceState();
  const notifications = new DeviceNotifications(state);
  let printed = 0;
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  notifications.subscribe(APPLICATION, ({ notificationId, clientAppToken, priority, payload }) => {
    process.stdout.write(`${JSON.stringify({ notificationId, clientAppToken, priority, payload })}\n`);
    printed++;
  });
  const client = await AoiClient.connect(url, {
    reconnect: true,
    ca,
    onNotification: async (request) => {
      const outcome = await notifications.handle(request);
      // Exit only after this acknowledgement has been written (it follows in microtasks).
      if (printed >= count) setImmediate(() => finish(EXIT_OK));
      return outcome;
    },
  }).catch((error: unknown) => error as AoiRequestError);
  if (client instanceof AoiRequestError) return fail(client);

  const bind = async () => {
    const tokens = new Set(values.token ?? []);
    for (const seed of seeds) tokens.add((await client.registerApplication(clientID, seed)).clientAppToken);
    await state.save({
      clientID,
      applications: [...tokens].map((clientAppToken) => ({ applicationName: APPLICATION, clientAppToken })),
    });
    return tokens;
  };
  client.onReconnect(
    () =>
      void bind().catch((error: unknown) =>
        process.stderr.write(`omaspec client listen: rebind failed: ${(error as Error).message}\n`),
      ),
  );
  try {
    const tokens = await bind();
    process.stderr.write(`omaspec client listen: bound; waiting for notifications to ${[...tokens].join(', ')}\n`);
  } catch (error) {
    client.close();
    if (error instanceof AoiRequestError) return fail(error);
    throw error;
  }
  const stop = () => finish(EXIT_OK);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // While the server is away the only pending work is AoiClient's (unref'ed) reconnect timer: keep the process up.
  const keepAlive = setInterval(() => {}, 60_000);
  const code = await finished;
  clearInterval(keepAlive);
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  client.close();
  return code;
}

function fail(error: AoiRequestError): number {
  return reportError(error, 'client listen', false);
}
