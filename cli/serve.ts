import { EXIT_OK, UsageError, parseCommandLine, positiveIntegerOption, type Command } from './command.ts';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_HOST,
  DEFAULT_PORT,
  createServer,
  type OmaspecServer,
  type ServerOptions,
} from '../reference/server.ts';
import { notificationFlags, notificationOptions, notificationUsage } from './serve-notifications.ts';
import { readFileSync } from 'node:fs';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../reference/http/connection-limits.ts';
import { isLoopback, type TlsOptions } from '../reference/http/front.ts';
import { DEFAULT_JSON_LIMITS } from '../reference/limits/json-depth.ts';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from '../reference/ws/socket-endpoint.ts';
import { OmaspecError } from '../core/errors.ts';
import { storeLimitFlags, storeLimitOptions, storeLimitUsage, storeOption, storeUsage } from './serve-store.ts';
import { dmFlags, dmOptions, dmUsage } from './serve-dm.ts';

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
  --tls-cert FILE       serve https:// and wss:// on the port with this PEM certificate (chain)
  --tls-key FILE        and its PEM private key; without TLS, bind loopback only: clientIDs and keys
                        are bearer secrets
  --max-json-depth N    deepest nesting of any JSON document accepted (default ${DEFAULT_JSON_LIMITS.maxDepth})
  -h, --help            show this help

Connections (HTTP and WebSocket alike, checked before any authentication):
  --max-http-connections N         open TCP connections, HTTP and WebSocket (default ${DEFAULT_HTTP_LIMITS.maxConnections})
  --max-connections-per-address N  the same per client address, IPv6 per /64 (default ${DEFAULT_HTTP_LIMITS.maxConnectionsPerAddress})
  --request-timeout SECONDS        to receive a whole request, body included, else 408 (default ${DEFAULT_HTTP_LIMITS.requestTimeoutMs / 1000})
  --min-body-rate BYTES            slowest average body rate after ${DEFAULT_HTTP_LIMITS.bodyGraceMs / 1000} s, else 408 (default ${DEFAULT_HTTP_LIMITS.minBodyBytesPerSecond})

${notificationUsage}

${dmUsage}

${storeLimitUsage}

Stops cleanly on SIGINT or SIGTERM.`;

/** createServer, with a certificate or key OpenSSL cannot load reported as the usage error it is. */
function createServerOrExplain(tls: boolean, options: ServerOptions): OmaspecServer {
  try {
    return createServer(options);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (tls && typeof code === 'string' && code.startsWith('ERR_OSSL'))
      throw new UsageError(`--tls-cert/--tls-key: not a usable PEM certificate and key: ${(error as Error).message}`);
    throw error;
  }
}

function tlsOptions(cert: string | undefined, key: string | undefined): TlsOptions | undefined {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new UsageError('--tls-cert and --tls-key go together');
  const read = (flag: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new UsageError(`--${flag} ${path}: cannot read: ${(error as Error).message}`);
    }
  };
  return { cert: read('tls-cert', cert), key: read('tls-key', key) };
}

function httpLimitOptions(values: Record<string, unknown>): Partial<HttpLimits> {
  const limits: Partial<HttpLimits> = {};
  const option = (name: string) => positiveIntegerOption(name, values[name] as string | undefined);
  const maxConnections = option('max-http-connections');
  const maxConnectionsPerAddress = option('max-connections-per-address');
  const requestTimeout = option('request-timeout');
  const minBodyRate = option('min-body-rate');
  if (maxConnections) limits.maxConnections = maxConnections;
  if (maxConnectionsPerAddress) limits.maxConnectionsPerAddress = maxConnectionsPerAddress;
  if (requestTimeout) limits.requestTimeoutMs = requestTimeout * 1000;
  if (minBodyRate) limits.minBodyBytesPerSecond = minBodyRate;
  return limits;
}

export const serveCommand: Command = {
  name: 'serve',
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
      'max-json-depth': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'max-http-connections': { type: 'string' },
      'max-connections-per-address': { type: 'string' },
      'request-timeout': { type: 'string' },
      'min-body-rate': { type: 'string' },
      ...notificationFlags,
      ...dmFlags,
      ...storeLimitFlags,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0..65535, got '${values.port}'`);
    const { store, label } = storeOption(values.store);
    const storeLimits = storeLimitOptions(values, store);
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

    const maxDepth = positiveIntegerOption('max-json-depth', values['max-json-depth']);
    const httpLimits = httpLimitOptions(values);
    const tls = tlsOptions(values['tls-cert'], values['tls-key']);
    const notifications = notificationOptions(values);
    const dm = dmOptions(values);
    const server = createServerOrExplain(Boolean(tls), {
      host: values.host,
      port,
      dataDir: values.data,
      store,
      storeLimits,
      ...(maxDepth && { jsonLimits: { maxDepth } }),
      httpLimits,
      tls,
      aoi: { aoiServerUrl, socketLimits },
      notifications,
      dm,
    });
    let urls: Awaited<ReturnType<typeof server.listen>>;
    try {
      urls = await server.listen();
    } catch (error) {
      await server.close();
      if (error instanceof OmaspecError) throw error;
      const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      throw new OmaspecError(
        'IO_LISTEN',
        `cannot listen on ${values.host ?? DEFAULT_HOST}:${port}: ${(error as Error).message}`,
        {
          hint: taken ? 'another process holds the port: choose another with --port (0 picks a free one)' : undefined,
          cause: error,
        },
      );
    }
    const { aoiUrl, httpUrl } = urls;
    const host = values.host ?? DEFAULT_HOST;
    if (!tls && !isLoopback(host))
      process.stderr.write(
        `omaspec serve: warning: listening on ${host} without TLS: clientIDs and Server Application keys ` +
          'travel in clear and anyone who reads them can act for their owners; use --tls-cert and --tls-key\n',
      );
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
