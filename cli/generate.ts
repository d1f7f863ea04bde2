import path from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { generateReport } from '../generator/generate.ts';
import { writeOutput } from '../generator/output-dir.ts';
import { formatProblem, type PlanProblem } from '../generator/plan.ts';
import { loadSpec } from '../generator/spec-loader.ts';
import { readStubLayout, CONFIG_FILE } from '../generator/stub-layout.ts';
import { planStubs, type StubPlan, type StubReport } from '../generator/stubs.ts';
import { EXIT_FINDINGS, EXIT_OK, paint, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec generate [--spec <dir>] [--out <dir>] [--reference <dir>] [--skip-stubs] [--json]

Reads <spec>/schemas (index.json and the schemas it lists) and writes <out>: TypeScript types, ahead-of-time
compiled validators, handler interfaces and dispatchers. Then adds handler stubs for new request messages to
each interface's implementation in <reference> (never changing or deleting what is written there) and reports
handlers whose message has gone. Where an implementation lives is generator.implementations in
${CONFIG_FILE} beside <spec> (paths relative to <reference>); an interface it does not place gets
<reference>/<interface>/handlers.ts, with a note.
A message with a gap (e.g. a socket request without a response) is reported at its CR source and left out
of the handlers and dispatcher; everything else is still written, and the exit code is 1.

Options:
  --spec <dir>       spec directory (default: spec)
  --out <dir>        output directory, owned by the generator (default: generated)
  --reference <dir>  hand-written implementations to seed with stubs (default: reference)
  --skip-stubs       do not touch <reference>
  --json             machine-readable report`;

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

export const generateCommand: Command = {
  name: 'generate',
  summary: 'write generated/ (types, validators, handlers, dispatchers) from spec/schemas',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      spec: { type: 'string', default: 'spec' },
      out: { type: 'string', default: 'generated' },
      reference: { type: 'string', default: 'reference' },
      'skip-stubs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    let spec;
    try {
      spec = await loadSpec(values.spec);
    } catch (error) {
      process.stderr.write(`omaspec generate: ${(error as Error).message}\n`);
      return EXIT_FINDINGS;
    }
    let files;
    let problems: PlanProblem[];
    try {
      ({ files, problems } = await generateReport(spec));
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'GEN_FAILED';
      process.stderr.write(`omaspec generate: ${code}: ${(error as Error).message}\n`);
      return EXIT_FINDINGS;
    }
    let stubs: StubPlan = { writes: new Map<string, string>(), reports: [], notes: [] };
    if (!values['skip-stubs']) {
      try {
        const layout = await readStubLayout(values.spec);
        stubs = await planStubs(spec, { referenceDir: values.reference, generatedDir: values.out, layout });
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'GEN_STUBS_FAILED';
        process.stderr.write(`omaspec generate: ${code}: ${(error as Error).message}\n`);
        return EXIT_FINDINGS;
      }
    }
    const written = await writeOutput(values.out, files);
    for (const [file, content] of stubs.writes) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    const status = problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    if (values.json) {
      process.stdout.write(
        JSON.stringify(
          { out: values.out, ...written, stubs: stubs.reports, stubNotes: stubs.notes, problems },
          null,
          2,
        ) + '\n',
      );
      return status;
    }
    const summary = `${values.out}/: ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} removed`;
    process.stdout.write(paint(process.stdout, 32, summary) + '\n');
    for (const file of written.written) process.stdout.write(`  wrote ${file}\n`);
    for (const file of written.removed) process.stdout.write(`  removed ${file}\n`);
    for (const line of [...stubs.reports.flatMap(stubLines), ...stubs.notes])
      process.stdout.write(paint(process.stdout, 33, line) + '\n');
    for (const p of problems) process.stderr.write(`${formatProblem(p, values.spec)}\n`);
    if (problems.length > 0)
      process.stderr.write(
        paint(process.stderr, 31, `${problems.length} message(s) with gaps`) +
          `: fix the CR or record a decision in ${values.spec}/decisions.yaml, then omaspec spec build\n`,
      );
    return status;
  },
};
