import { EXIT_OK, UsageError, positiveIntegerOption, parseCommandLine, type Command } from './command.ts';
import { AoiClient } from '../reference/client/aoi-client.ts';
import { reportError } from './errors.ts';
import { connectionOptions, connectionUsage } from './client-connection.ts';
import { listen, listenUsage } from './client-listen.ts';
import { AOI_PATH, DEFAULT_HOST, DEFAULT_PORT } from '../reference/defaults.ts';

const DEFAULT_URL = `ws://${DEFAULT_HOST}:${DEFAULT_PORT}${AOI_PATH}`;

const usage = `Usage: omaspec client <action> [--url ws://HOST:PORT/aoi] [options]

Sends one AOI-1 request to an AOI Server and prints the result.

Actions:
  register        --device-number N                 AOI Client registration → clientID
  deregister      --client-id ID                    AOI Client deregistration
  app-register    --client-id ID [--token-seed S]   Client Application registration → clientAppToken
  app-deregister  --client-id ID --token T          Client Application deregistration
${listenUsage}

Options:
${connectionUsage(DEFAULT_URL)}
  --timeout MS    give up waiting for the answer after MS milliseconds (default 10000)
  --json          print the result as JSON
  -h, --help      show this help

Exit codes: 0 code 200, 1 any other answer or no answer, 2 usage error.`;

export const clientCommand: Command = {
  name: 'client',
  usage,
  async run(argv) {
    if (argv[0] === 'listen') return listen(argv.slice(1), DEFAULT_URL);
    const { values, positionals } = parseCommandLine(argv, {
      url: { type: 'string' },
      ca: { type: 'string' },
      'device-number': { type: 'string' },
      'client-id': { type: 'string' },
      'token-seed': { type: 'string' },
      token: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const required = (name: 'device-number' | 'client-id' | 'token'): string => {
      const value = values[name];
      if (value === undefined) throw new UsageError(`${action} needs --${name}`);
      return value;
    };
    const timeout = positiveIntegerOption('timeout', values.timeout) ?? 10_000;
    const { url, ca } = connectionOptions(values, DEFAULT_URL);

    let request: (client: AoiClient) => Promise<Record<string, unknown>>;
    switch (action) {
      case 'register': {
        const deviceNumber = required('device-number');
        request = async (c) => ({ clientID: await c.registerClient(deviceNumber) });
        break;
      }
      case 'deregister': {
        const clientID = required('client-id');
        request = async (c) => (await c.deregisterClient(clientID), {});
        break;
      }
      case 'app-register': {
        const clientID = required('client-id');
        request = (c) => c.registerApplication(clientID, values['token-seed']);
        break;
      }
      case 'app-deregister': {
        const [clientID, token] = [required('client-id'), required('token')];
        request = async (c) => (await c.deregisterApplication(clientID, token), {});
        break;
      }
      default:
        throw new UsageError(action === undefined ? 'missing action' : `unknown action '${action}'`);
    }

    let client: AoiClient | undefined;
    try {
      client = await AoiClient.connect(url, { requestTimeoutMs: timeout, reconnect: false, ca });
      const result = { code: 200, ...(await request(client)) };
      print(values.json, result);
      return EXIT_OK;
    } catch (error) {
      return reportError(error, 'client', values.json === true); // AoiRequestError: AOI_REJECTED (status 401…), AOI_TIMEOUT…
    } finally {
      client?.close();
    }
  },
};

function print(json: boolean | undefined, result: Record<string, unknown>): void {
  const text = json
    ? JSON.stringify(result)
    : Object.entries(result)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n');
  process.stdout.write(`${text}\n`);
}
