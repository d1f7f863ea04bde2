import path from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { compareTree, formatDrifts } from '../core/drift.ts';
import { writeTree } from '../core/tree.ts';
import { generatedTree, generatedDriftAttribution } from '../generator/check.ts';
import { generateReport } from '../generator/generate.ts';
import { DEFAULT_PACKAGE } from '../generator/names.ts';
import { problemError, type PlanProblem } from '../generator/plan.ts';
import { runtimeImportFrom } from '../generator/runtime-import.ts';
import { loadSpec } from '../generator/spec-loader.ts';
import { readStubLayout, CONFIG_FILE } from '../generator/stub-layout.ts';
import { planStubs, type StubPlan, type StubReport } from '../generator/stubs.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';
import { formatError } from './errors.ts';

const usage = `Usage: omaspec generate [--spec <dir>] [--out <dir>] [--reference <dir>] [--runtime-dir <dir>] [--skip-stubs] [--check] [--json]
       omaspec generate --package <dir> [--package-name <npm name>] [--package-version <semver>] [--spec <dir>] [--json]

Reads <spec>/schemas (index.json and the schemas it lists) and writes <out>: TypeScript types, ahead-of-time
compiled validators, handler interfaces and dispatchers. Then adds handler stubs for new request messages to
each interface's implementation in <reference> (never changing or deleting what is written there) and reports
handlers whose message has gone. Where an implementation lives is generator.implementations in
${CONFIG_FILE} beside <spec> (paths relative to <reference>); an interface it does not place gets
<reference>/<interface>/handlers.ts, with a note.
A message with a gap (e.g. a socket request without a response) is reported at its CR source and left out
of the handlers and dispatcher; everything else is still written, and the exit code is 1.

With --package, writes an npm package to <dir> instead of <out> (and adds no stubs): package.json, compiled .js
and .d.ts for every generated module, the compiled validators beside them; install it with npm i <dir>.

Options:
  --spec <dir>               spec directory (default: spec)
  --out <dir>                output directory, owned by the generator (default: generated)
  --reference <dir>          hand-written implementations to seed with stubs (default: reference)
  --runtime-dir <dir>        import the wire runtime (jsonrpc, validation, dispatch, requests .ts) from <dir>,
                             outside <out>, instead of writing a copy to <out>/common/ (default: the copy)
  --skip-stubs               do not touch <reference>
  --package <dir>            write an npm package there (an empty directory or one a previous --package wrote)
  --package-name <name>      package name (default: ${DEFAULT_PACKAGE.name}; the spec names none)
  --package-version <semver> package version (default: ${DEFAULT_PACKAGE.version})
  --check                    write nothing: list the files of <out> generate would change, with a diff of each,
                             and exit 1 when there are any (stubs are not checked)
  --json                     machine-readable report`;

function stubLines(report: StubReport): string[] {
  const lines: string[] = [];
  if (report.created) lines.push(`created ${report.file} with ${report.added.length} stub(s)`);
  else if (report.added.length > 0) lines.push(`${report.file}: added stubs ${report.added.join(', ')}`);
  if (report.orphaned.length > 0)
    lines.push(`${report.file}: handlers without a message (left in place): ${report.orphaned.join(', ')}`);
  if (report.problem) lines.push(`${report.file}: ${report.problem}`);
  if (report.note) lines.push(`${report.file}: ${report.note}`);
  return lines;
}

/** generate --check: the drift of <out>, nothing written; problems still make the exit code 1. */
async function reportCheck(
  out: string,
  files: ReadonlyMap<string, string>,
  problems: PlanProblem[],
  specDir: string,
  json: boolean,
): Promise<number> {
  const drifts = await compareTree('generate', generatedTree(out), files, generatedDriftAttribution);
  const status = drifts.length || problems.length ? EXIT_FINDINGS : EXIT_OK;
  if (json) {
    process.stdout.write(JSON.stringify({ ok: status === EXIT_OK, out, drifts, problems }, null, 2) + '\n');
    return status;
  }
  if (drifts.length === 0) process.stdout.write(paint(process.stdout, 32, `${out}/ is up to date`) + '\n');
  else
    process.stdout.write(
      `${formatDrifts(drifts)}\n${paint(process.stdout, 31, `${drifts.length} file(s) differ from what generate writes`)}: run \`omaspec generate\`\n`,
    );
  for (const p of problems) process.stderr.write(formatError(problemError(p, specDir), 'generate'));
  return status;
}

export const generateCommand: Command = {
  name: 'generate',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string', default: 'spec' },
      out: { type: 'string', default: 'generated' },
      reference: { type: 'string', default: 'reference' },
      'runtime-dir': { type: 'string' },
      'skip-stubs': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      package: { type: 'string' },
      'package-name': { type: 'string' },
      'package-version': { type: 'string' },
    });
    if (
      values.package === undefined &&
      (values['package-name'] !== undefined || values['package-version'] !== undefined)
    )
      throw new UsageError('--package-name and --package-version describe the package: give --package <dir> too');
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.check && values.package !== undefined)
      throw new UsageError('--check compares <out> with what generate writes; it does not check a --package');
    if (values['runtime-dir'] !== undefined && values.package !== undefined)
      throw new UsageError('--runtime-dir places the runtime of <out>; a --package always carries its own copy');
    // A spec that cannot be loaded or generated throws an OmaspecError (GEN_SPEC_MISSING, GEN_BAD_REF…) for main().
    const spec = await loadSpec(values.spec);
    const out = values.package ?? values.out;
    // Loaded only here: the TypeScript compiler would add seconds to every other command's start.
    const packaging = values.package === undefined ? undefined : await import('../generator/package.ts');
    if (packaging) await packaging.assertPackageDir(out);
    const runtimeDir = values['runtime-dir'];
    const runtimeImport = runtimeDir === undefined ? undefined : await runtimeImportFrom(values.out, runtimeDir);
    const { files, problems } = await generateReport(spec, { runtimeImport });
    if (values.check) return reportCheck(values.out, files, problems, values.spec, values.json);
    // The stub layout is read (and refused when malformed) before anything is written.
    let stubs: StubPlan = { writes: new Map<string, string>(), reports: [], notes: [] };
    if (!values['skip-stubs'] && !packaging) {
      const layout = await readStubLayout(values.spec);
      stubs = await planStubs(spec, { referenceDir: values.reference, generatedDir: values.out, layout });
    }
    const options = { name: values['package-name'], version: values['package-version'] };
    const written = packaging
      ? await packaging.writePackage(out, packaging.buildPackage(spec, files, options))
      : await writeTree(generatedTree(values.out), files);
    for (const [file, content] of stubs.writes) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    const status = problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    if (values.json) {
      process.stdout.write(
        JSON.stringify({ out, ...written, stubs: stubs.reports, stubNotes: stubs.notes, problems }, null, 2) + '\n',
      );
      return status;
    }
    const summary = `${out}/: ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} removed`;
    process.stdout.write(paint(process.stdout, 32, summary) + '\n');
    for (const file of written.written) process.stdout.write(`  wrote ${file}\n`);
    for (const file of written.removed) process.stdout.write(`  removed ${file}\n`);
    for (const line of [...stubs.reports.flatMap(stubLines), ...stubs.notes])
      process.stdout.write(paint(process.stdout, 33, line) + '\n');
    for (const p of problems) process.stderr.write(formatError(problemError(p, values.spec), 'generate'));
    if (problems.length > 0)
      process.stderr.write(
        paint(process.stderr, 31, `${problems.length} message(s) with gaps`) +
          `: fix the CR or record a decision in ${values.spec}/decisions.yaml, then omaspec spec build\n`,
      );
    return status;
  },
};
