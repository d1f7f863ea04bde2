import { writeFile } from 'node:fs/promises';
import YAML from 'yaml';
import { toAsyncApi } from '../publish/export/asyncapi.ts';
import { toOpenRpc } from '../publish/export/openrpc.ts';
import { readPublishedSpec, type PublishedSpec } from '../publish/published-spec.ts';
import { EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec export openrpc|asyncapi [--spec DIR] [--out FILE] [--format json|yaml]

Writes the published spec (spec/schemas, spec/examples) in another ecosystem's format, to stdout or FILE:
  openrpc    OpenRPC 1.3: every JSON-RPC method with its params, result, error codes and examples
  asyncapi   AsyncAPI 3.0, from the server side: the AOI-1 WebSocket channel (both envelopes, both
             directions) and the HTTP interfaces (notification submission, DM 2.0) as POST operations

Options:
  --spec DIR     the spec folder (default: spec)
  --out FILE     write the document to FILE instead of stdout
  --format F     json (default) or yaml
  -h, --help     this help

Exit codes: 0 written, 1 the spec cannot be read, 2 usage error.`;

const FORMATS: Record<string, (spec: PublishedSpec) => Record<string, unknown>> = {
  openrpc: toOpenRpc,
  asyncapi: toAsyncApi,
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the spec as an OpenRPC 1.3 or AsyncAPI 3.0 document',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
    });
    const [kind, ...extra] = positionals;
    const convert = kind === undefined ? undefined : FORMATS[kind];
    if (!convert)
      throw new UsageError(
        kind ? `unknown export '${kind}' (openrpc or asyncapi)` : 'name the export: openrpc or asyncapi',
      );
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'yaml') throw new UsageError(`unknown format '${format}' (json or yaml)`);
    const document = convert(await readPublishedSpec(values.spec ?? 'spec'));
    const text = format === 'yaml' ? YAML.stringify(document) : `${JSON.stringify(document, null, 2)}\n`;
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
    return EXIT_OK;
  },
};
