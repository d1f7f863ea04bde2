import path from 'node:path';
import { publish } from '../publish/publication.ts';
import { assertSiteDir, MARKDOWN_DIR, renderSite, writeSite } from '../publish/site/site.ts';
import { EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec docs --out DIR [--spec DIR]

Writes the message reference of the published spec (spec/schemas, spec/examples, decisions.yaml) as a static
site: DIR/index.html, one page per interface (with a sequence diagram of its procedures), per message (fields
with type, presence, constraints, description and CR source; golden examples; open findings and decisions;
history by CR) and per CR (its compatibility verdict), with a search that works offline. The same pages are
written as Markdown under DIR/${MARKDOWN_DIR}/. The pages load nothing from the network; open DIR/index.html.

DIR must be new, empty, or written by an earlier omaspec docs (whose files it replaces).

Options:
  --out DIR     the site directory (required)
  --spec DIR    the spec folder (default: spec)
  -h, --help    this help

Exit codes: 0 written, 1 the spec cannot be read or DIR is someone else's, 2 usage error.`;

export const docsCommand: Command = {
  name: 'docs',
  summary: 'write the message reference as a static HTML site (offline search) and as Markdown',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, { out: { type: 'string' }, spec: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.out) throw new UsageError('--out DIR is required: the directory to write the site to');
    assertSiteDir(values.out);
    const files = renderSite(await publish(values.spec ?? 'spec'));
    writeSite(values.out, files);
    const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
    process.stdout.write(
      `wrote ${pages} pages to ${values.out} (HTML) and ${path.join(values.out, MARKDOWN_DIR)} (Markdown); open ${path.join(values.out, 'index.html')}\n`,
    );
    return EXIT_OK;
  },
};
