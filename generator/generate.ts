import { emitDispatcher, emitHandlers, hasDispatcher } from './emit-handlers.ts';
import { emitIndex, emitRegistry } from './emit-index.ts';
import { emitTypes } from './emit-types.ts';
import { emitCompiledDeclarations, emitCompiledValidators, emitValidators } from './emit-validators.ts';
import { banner, formatCode } from './format.ts';
import { files } from './names.ts';
import { planSpec, type PlanProblem } from './plan.ts';
import { readRuntimeSource, relocateRuntime, RUNTIME_FILES, runtimeSource } from './runtime-import.ts';
import { loadSpec, type LoadedSpec } from './spec-loader.ts';

/** Relative path inside generated/ → file content. Sorted by path, so iteration order is stable too. */
export type GeneratedFiles = Map<string, string>;

export interface GenerateOptions {
  /**
   * The folder generated code imports the wire runtime from, relative to the output root (posix separators,
   * e.g. `../../../../generator/runtime`); the output then holds no copy of it. Without it the runtime is
   * written into the output at common/, as generated/ has it.
   */
  runtimeImport?: string | undefined;
}

const specSources = (sources: readonly string[]) => sources.map((s) => `spec/schemas/${s}`);

/**
 * The generator stage: spec/schemas (loaded) → every file of generated/. Pure apart from reading its own
 * runtime sources: it writes nothing, does not modify `spec`, and returns the same bytes for the same spec.
 */
export async function generate(spec: LoadedSpec, options: GenerateOptions = {}): Promise<GeneratedFiles> {
  return (await generateReport(spec, options)).files;
}

/** `generate`, plus the problems of messages it had to leave out of part of the output (see planSpec). */
export async function generateReport(
  spec: LoadedSpec,
  { runtimeImport }: GenerateOptions = {},
): Promise<{ files: GeneratedFiles; problems: PlanProblem[] }> {
  const { plans, problems } = planSpec(spec);
  const pending: [string, string[], string | Promise<string>][] = [];
  if (runtimeImport === undefined)
    for (const file of RUNTIME_FILES) pending.push([file, [runtimeSource(file)], readRuntimeSource(file)]);
  for (const plan of plans) {
    const iface = plan.meta.id;
    const sources = specSources(plan.sources);
    pending.push([files.types(iface), sources, emitTypes(plan)]);
    pending.push([files.compiled(iface), sources, emitCompiledValidators(plan, 'all')]);
    pending.push([files.compiledTypes(iface), sources, emitCompiledDeclarations(plan, 'all')]);
    pending.push([files.compiledFailFast(iface), sources, emitCompiledValidators(plan, 'failFast')]);
    pending.push([files.compiledFailFastTypes(iface), sources, emitCompiledDeclarations(plan, 'failFast')]);
    pending.push([files.validators(iface), sources, emitValidators(plan)]);
    pending.push([files.handlers(iface), sources, emitHandlers(plan)]);
    if (hasDispatcher(plan)) pending.push([files.dispatcher(iface), sources, emitDispatcher(plan)]);
  }
  pending.push([files.registry, specSources(spec.sources), emitRegistry(plans)]);
  pending.push([files.index, ['spec/schemas/index.json'], emitIndex(plans)]);
  const place = (file: string, code: string) =>
    runtimeImport === undefined ? code : relocateRuntime(file, code, runtimeImport);
  const output = await Promise.all(
    pending.map(
      async ([file, sources, code]) =>
        [file, await formatCode(file, banner(sources) + place(file, await code))] as const,
    ),
  );
  return { files: new Map(output.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), problems };
}

/** Convenience: load spec/ and generate. */
export async function generateFromSpec(specDir: string, options: GenerateOptions = {}): Promise<GeneratedFiles> {
  return generate(await loadSpec(specDir), options);
}
