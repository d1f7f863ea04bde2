import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  parseCommandLine,
  positiveIntegerOption,
  type Command,
} from './command.ts';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT, createServer } from '../reference/server.ts';
import { notificationFlags, notificationOptions, notificationUsage } from './serve-notifications.ts';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from '../reference/ws/socket-endpoint.ts';
import { OmaspecError } from '../core/errors.ts';
import { storeOption, storeUsage } from './serve-store.ts';

const usage = `Usage: omaspec serve [--host H] [--port P] [--data DIR] [--store sqlite|memory|redis://HOST:PORT] [--aoi-server-url URL] [limits]

Runs the reference AOI Server: WebSocket AOI-1 endpoint at /aoi, OMA DM 2.0 Package#1 at
POST /dm (see 'omaspec dm'), POST /notifications and GET /healthz, on one port.

Options:
  --host H              address to bind (default ${DEFAULT_HOST}, loopback only)
  --port P              port to listen on, 0 for any free port (default ${DEFAULT_PORT})
  --data DIR            directory of omaspec.db (default ${DEFAULT_DATA_DIR})
${storeUsage}
  --aoi-server-url URL  aoiServerUrl returned in Client Application registration responses
                        (default: this server's http://HOST:PORT/notifications)
  --max-connections N   concurrent WebSocket connections (default ${DEFAULT_SOCKET_LIMITS.maxConnections})
  --max-payload BYTES   largest accepted message, else close 1009 (default ${DEFAULT_SOCKET_LIMITS.maxPayloadBytes})
  --rate N              messages per second per connection, else close 1008 (default ${DEFAULT_SOCKET_LIMITS.messagesPerSecond},
                        burst twice that)
  -h, --help            show this help

${notificationUsage}

Stops cleanly on SIGINT or SIGTERM.`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the reference AOI Server (AOI-1 over WebSocket)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      store: { type: 'string' },
      'aoi-server-url': { type: 'string' },
      'max-connections': { type: 'string' },
      'max-payload': { type: 'string' },
      rate: { type: 'string' },
      ...notificationFlags,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0..65535, got '${values.port}'`);
    const { store, label } = storeOption(values.store);
    const aoiServerUrl = values['aoi-server-url'];
    if (aoiServerUrl !== undefined && !URL.canParse(aoiServerUrl))
      throw new UsageError(`--aoi-server-url is not a URL: '${aoiServerUrl}'`);

    const socketLimits: Partial<SocketLimits> = {};
    const maxConnections = positiveIntegerOption('max-connections', values['max-connections']);
    const maxPayloadBytes = positiveIntegerOption('max-payload', values['max-payload']);
    const rate = positiveIntegerOption('rate', values.rate);
    if (maxConnections) socketLimits.maxConnections = maxConnections;
    if (maxPayloadBytes) socketLimits.maxPayloadBytes = maxPayloadBytes;
    if (rate) Object.assign(socketLimits, { messagesPerSecond: rate, messageBurst: 2 * rate });

    const notifications = notificationOptions(values);
    const server = createServer({
      host: values.host,
      port,
      dataDir: values.data,
      store,
      aoi: { aoiServerUrl, socketLimits },
      notifications,
    });
    let urls: Awaited<ReturnType<typeof server.listen>>;
    try {
      urls = await server.listen();
    } catch (error) {
      await server.close();
      if (error instanceof OmaspecError) throw error;
      process.stderr.write(
        `omaspec serve: cannot listen on ${values.host ?? DEFAULT_HOST}:${port}: ${(error as Error).message}\n`,
      );
      return EXIT_FINDINGS;
    }
    const { aoiUrl, httpUrl } = urls;
    process.stdout.write(`omaspec listening on ${aoiUrl}\n`);
    process.stdout.write(`health: ${httpUrl}/healthz (store: ${label})\n`);
    process.stdout.write(
      `notifications: POST ${httpUrl}/notifications (${notifications.serverAppKeys?.size ?? 0} Server Application keys)\n`,
    );
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    process.stdout.write(`omaspec: ${signal}, shutting down\n`);
    await server.close();
    return EXIT_OK;
  },
};
