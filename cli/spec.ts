import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSpec } from '../ingest/build.ts';
import { SPEC_OUTPUT_FOLDERS } from '../ingest/check.ts';
import { writeTree } from '../ingest/files.ts';
import { MANIFEST_FILE, readManifest } from '../ingest/manifest.ts';
import { EXIT_FINDINGS, EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec spec <add|build> [options]

  omaspec spec add <cr-file>   copy a CR into spec/crs/ and append it to spec/manifest.json
  omaspec spec build           derive spec/schemas/ and spec/examples/ from the CRs and decisions

Options:
  --spec DIR   the spec directory (default: spec)
  --json       machine-readable summary
  -h, --help   this help`;

export const specCommand: Command = {
  name: 'spec',
  summary: 'add a CR to the manifest; build the normalised JSON Schemas',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, { spec: { type: 'string' }, json: { type: 'boolean' } });
    const specDir = values.spec ?? 'spec';
    const [action, ...rest] = positionals;
    if (action === 'add') {
      if (rest.length !== 1) throw new UsageError('spec add takes exactly one CR file');
      return add(specDir, rest[0]!, values.json === true);
    }
    if (action === 'build') {
      if (rest.length) throw new UsageError('spec build takes no file arguments');
      const build = await buildSpec(specDir);
      const result = await writeTree(specDir, build.files, SPEC_OUTPUT_FOLDERS);
      const messages = build.applied.messages.length;
      if (values.json) process.stdout.write(`${JSON.stringify({ messages, files: result.written, removed: result.removed })}\n`);
      else process.stdout.write(`spec build: ${messages} messages, ${result.written} files written to ${specDir}/schemas and ${specDir}/examples${result.removed ? `, ${result.removed} stale removed` : ''}\n`);
      return EXIT_OK;
    }
    throw new UsageError(action ? `unknown action '${action}'` : 'missing action (add or build)');
  },
};

async function add(specDir: string, file: string, json: boolean): Promise<number> {
  const manifest = await readManifest(specDir);
  const rel = `crs/${path.basename(file)}`;
  if (manifest.crs.includes(rel)) {
    process.stderr.write(`spec add: ${rel} is already in ${MANIFEST_FILE}\n`);
    return EXIT_FINDINGS;
  }
  await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  await copyFile(file, path.join(specDir, rel));
  manifest.crs.push(rel);
  await writeFile(path.join(specDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ added: rel, position: manifest.crs.length })}\n`);
  else process.stdout.write(`spec add: ${rel} is CR ${manifest.crs.length} of the manifest. Next: omaspec lint, record decisions in ${specDir}/decisions.yaml, omaspec spec build, omaspec generate\n`);
  return EXIT_OK;
}
