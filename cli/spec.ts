import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDrifts, repairCommands, repairOptions } from '../core/drift.ts';
import { writeTree } from '../core/tree.ts';
import { buildSpec } from '../ingest/build.ts';
import { checkSpec, specTree } from '../ingest/check.ts';
import { MANIFEST_FILE, readManifest, type Manifest } from '../ingest/manifest.ts';
import { OmaspecError } from '../core/errors.ts';
import { EXIT_FINDINGS, EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';
import { notACr } from './cr-file.ts';
import { formatOpenErrors, openLintErrors } from './open-errors.ts';

const usage = `Usage: omaspec spec <add|remove|build> [options]

  omaspec spec add <cr-file>   copy a CR into spec/crs/ and append it to spec/manifest.json
                               (refuses files that are empty, binary or without numbered sections, and CRs
                               already in the manifest)
  omaspec spec remove <cr>     undo spec add: delete spec/crs/<cr> and its manifest entry
                               (<cr> as added, or its basename with or without .txt)
  omaspec spec build           derive spec/schemas/ and spec/examples/ from the CRs and decisions; the files
                               are written even while lint errors are open, but the exit code is then 1
  omaspec spec build --check   write nothing: list the files spec build would change, with a diff of each
                               (exit 1 when there are any, or while lint errors are open)

Exit codes: 0 ok, 1 open lint errors or drift (build), 2 usage error or a refused add/remove.

Options:
  --spec DIR   the spec directory (default: spec)
  --check      with build: compare instead of writing
  --json       machine-readable summary
  -h, --help   this help`;

export const specCommand: Command = {
  name: 'spec',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string' },
      json: { type: 'boolean' },
      check: { type: 'boolean' },
    });
    const specDir = values.spec ?? 'spec';
    const json = values.json === true;
    const [action, ...rest] = positionals;
    if (values.check && action !== 'build') throw new UsageError('--check goes with spec build only');
    if (action === 'add') {
      if (rest.length !== 1) throw new UsageError('spec add takes exactly one CR file');
      return add(specDir, rest[0]!, json);
    }
    if (action === 'remove') {
      if (rest.length !== 1) throw new UsageError('spec remove takes exactly one CR');
      return remove(specDir, rest[0]!, json);
    }
    if (action === 'build') {
      if (rest.length) throw new UsageError('spec build takes no file arguments');
      return values.check ? checkBuild(specDir, json) : build(specDir, json);
    }
    throw new UsageError(action ? `unknown action '${action}'` : 'missing action (add, remove or build)');
  },
};

async function build(specDir: string, json: boolean): Promise<number> {
  const built = await buildSpec(specDir);
  const result = await writeTree(specTree(specDir), built.files);
  const errors = await openLintErrors(specDir);
  const messages = built.applied.messages.length;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ messages, files: built.files.size, written: result.written.length, removed: result.removed.length, openErrors: errors.map((f) => ({ ...f, file: f.loc.file })) })}\n`,
    );
  } else {
    process.stdout.write(
      `spec build: ${messages} messages, ${built.files.size} files in ${specDir}/schemas and ${specDir}/examples (${result.written.length} written${result.removed.length ? `, ${result.removed.length} stale removed` : ''})\n`,
    );
    if (errors.length) process.stderr.write(formatOpenErrors(specDir, errors));
  }
  return errors.length ? EXIT_FINDINGS : EXIT_OK;
}

/** spec build --check: the drift of spec/schemas and spec/examples, nothing written. */
async function checkBuild(specDir: string, json: boolean): Promise<number> {
  const { drifts } = await checkSpec(specDir);
  const errors = await openLintErrors(specDir);
  const status = drifts.length || errors.length ? EXIT_FINDINGS : EXIT_OK;
  if (json) {
    const openErrors = errors.map((f) => ({ ...f, file: f.loc.file }));
    process.stdout.write(`${JSON.stringify({ ok: status === EXIT_OK, drifts, openErrors })}\n`);
    return status;
  }
  if (drifts.length === 0)
    process.stdout.write(`spec build --check: ${specDir}/schemas and ${specDir}/examples are up to date\n`);
  else
    process.stdout.write(
      `${formatDrifts(drifts)}\n${drifts.length} file(s) differ from what spec build writes: run ${repairCommands(
        drifts,
        repairOptions({ specDir }),
      )
        .map((c) => `\`${c}\``)
        .join(', then ')}\n`,
    );
  if (errors.length) process.stderr.write(formatOpenErrors(specDir, errors));
  return status;
}

async function writeManifest(specDir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(specDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A refusal (CLI_REFUSED, exit 2): nothing in spec/ was changed. */
function refuse(message: string): never {
  throw new OmaspecError('CLI_REFUSED', message);
}

async function add(specDir: string, file: string, json: boolean): Promise<number> {
  const manifest = await readManifest(specDir);
  const rel = `crs/${path.basename(file)}`;
  if (manifest.crs.includes(rel))
    return refuse(
      `add: ${rel} is already in ${MANIFEST_FILE} of ${specDir}/ (omaspec spec remove ${path.basename(file)} first to replace it); nothing changed`,
    );
  const bytes = await readFile(file); // a missing CR file is IO_NOT_FOUND, exit 2 like every missing input
  const problem = notACr(file, bytes);
  if (problem) return refuse(`add: ${problem}; ${specDir}/ is unchanged`);
  await writeFile(path.join(specDir, rel), bytes);
  manifest.crs.push(rel);
  await writeManifest(specDir, manifest);
  if (json) process.stdout.write(`${JSON.stringify({ added: rel, position: manifest.crs.length })}\n`);
  else
    process.stdout.write(
      `spec add: ${rel} is CR ${manifest.crs.length} of the manifest. Next: omaspec lint, record decisions in ${specDir}/decisions.yaml, omaspec spec build, omaspec generate\n`,
    );
  return EXIT_OK;
}

/** The manifest entry `wanted` names: the entry itself, the path as added, or the basename with or without .txt. */
export function manifestEntry(manifest: Manifest, wanted: string): string | undefined {
  const base = path.basename(wanted);
  const candidates = [wanted, `crs/${base}`, `crs/${base}.txt`];
  return (
    manifest.crs.find((c) => candidates.includes(c)) ??
    manifest.crs.find((c) => path.basename(c) === base || path.basename(c) === `${base}.txt`)
  );
}

async function remove(specDir: string, wanted: string, json: boolean): Promise<number> {
  const manifest = await readManifest(specDir);
  const entry = manifestEntry(manifest, wanted);
  if (!entry) {
    const known = manifest.crs.length ? manifest.crs.map((c) => `  ${path.basename(c)}`).join('\n') : '  (none)';
    return refuse(
      `remove: '${wanted}' is not a CR of ${path.join(specDir, MANIFEST_FILE)}. CRs in the manifest:\n${known}`,
    );
  }
  manifest.crs = manifest.crs.filter((c) => c !== entry);
  await writeManifest(specDir, manifest);
  await rm(path.join(specDir, entry), { force: true });
  if (json) process.stdout.write(`${JSON.stringify({ removed: entry, remaining: manifest.crs.length })}\n`);
  else
    process.stdout.write(
      `spec remove: ${entry} removed from ${path.join(specDir, MANIFEST_FILE)} and ${specDir}/crs. Next: omaspec spec build, omaspec generate\n`,
    );
  return EXIT_OK;
}
