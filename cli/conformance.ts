import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  positiveIntegerOption,
  paint,
  parseCommandLine,
  type Command,
} from './command.ts';
import { runConformance, type CheckResult } from '../reference/conformance/runner.ts';
import { connectionOptions } from './client-connection.ts';

const usage = `Usage: omaspec conformance <ws-url> [--ca FILE] [--timeout MS] [--json]

Runs the AOI-1 conformance suite against any AOI Server: each MUST of the CRs (procedures 8.2.x,
bindings 10.1.x) and of JSON-RPC 2.0, tested over the WebSocket, printed as a PASS/FAIL line.
Answers are judged against spec/schemas. The suite registers test clients on the server.

Options:
  --ca FILE     for wss://: trust the certificate authorities in FILE (PEM), e.g. a self-signed
                server's certificate
  --timeout MS  how long to wait for each answer (default 5000)
  --json        print the results as a JSON array
  -h, --help    show this help

Exit codes: 0 all passed, 1 any failure, 2 usage error.`;

export const conformanceCommand: Command = {
  name: 'conformance',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      ca: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [given, ...extra] = positionals;
    if (given === undefined) throw new UsageError('missing <ws-url>');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const { url, ca } = connectionOptions({ url: given, ca: values.ca }, given, '<ws-url>');
    const timeoutMs = positiveIntegerOption('timeout', values.timeout) ?? 5000;

    const out = process.stdout;
    const results = await runConformance(url, {
      timeoutMs,
      ca,
      onResult: values.json ? undefined : (r) => out.write(line(r)),
    });
    const failed = results.filter((r) => !r.passed).length;
    if (values.json) out.write(`${JSON.stringify(results, null, 2)}\n`);
    else out.write(`\n${results.length - failed} passed, ${failed} failed\n`);
    return failed === 0 ? EXIT_OK : EXIT_FINDINGS;
  },
};

function line(r: CheckResult): string {
  const status = r.passed ? paint(process.stdout, 32, 'PASS') : paint(process.stdout, 31, 'FAIL');
  const head = `${status}  ${r.id.padEnd(38)} ${r.requirement} [${r.source}]\n`;
  return r.passed ? head : `${head}      ${r.detail}\n`;
}
