/**
 * Where generated code finds the wire runtime (generator/runtime/*.ts).
 *
 * By default `generate` copies the runtime into its output at common/ (generated/common/), so the output stands
 * alone, which is what an implementer ships. With `runtimeImport` the output imports the runtime from that
 * folder and holds no copy: the generator's fixture imports generator/runtime/, the code the generator's tests
 * exercise, instead of committing a second copy that is only as fresh as its last regeneration.
 *
 * Templates import the runtime where the default output places it (`../common/dispatch.js`); relocating
 * rewrites exactly the specifiers that resolve there, so no template or emitter needs to know where it lives.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { OmaspecError } from '../core/errors.ts';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { files } from './names.ts';

/** The runtime's files in the default output; each is a copy of `generator/runtime/<same name>`. */
export const RUNTIME_FILES: readonly string[] = [files.jsonrpc, files.validation, files.dispatch, files.requests];

/** The source of a runtime file, relative to the package root (also what its banner names). */
export const runtimeSource = (file: string) => `generator/runtime/${path.posix.basename(file)}`;

export const readRuntimeSource = (file: string) => readFile(path.join(PACKAGE_ROOT, runtimeSource(file)), 'utf8');

// Import and export declarations only (each starts a line; prettier may have wrapped the braces, never `from`):
// doc comments and string contents are never rewritten.
const IMPORT_FROM = /^((?:import|export)\b[^;]*?\bfrom ')(\.\.?\/[^']*)'/gm;

/**
 * `code` (of the generated `file`) with every import of the runtime's default copy pointed at `runtimeImport`,
 * a folder given relative to the output root (`../generator/runtime`).
 */
export function relocateRuntime(file: string, code: string, runtimeImport: string): string {
  const dir = path.posix.dirname(file);
  const toRoot = dir === '.' ? '' : '../'.repeat(dir.split('/').length);
  return code.replace(IMPORT_FROM, (declaration, head: string, specifier: string) => {
    const target = path.posix.join(dir, specifier).replace(/\.js$/, '.ts');
    if (!RUNTIME_FILES.includes(target)) return declaration;
    const relocated = path.posix.normalize(`${toRoot}${runtimeImport}/${path.posix.basename(specifier)}`);
    return `${head}${relocated.startsWith('../') ? relocated : `./${relocated}`}'`;
  });
}

/**
 * `runtimeDir` (a directory holding the runtime's `.ts` files, such as generator/runtime) as code generated
 * into `outDir` imports it. A runtime file it lacks is the file system's ENOENT, which the CLI reports as
 * IO_NOT_FOUND at that path. It must lie outside `outDir`: generate owns that tree and would delete it.
 */
export async function runtimeImportFrom(outDir: string, runtimeDir: string): Promise<string> {
  const relative = path.relative(outDir, runtimeDir);
  if (!path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..')
    throw new OmaspecError('CLI_USAGE', `the runtime directory ${runtimeDir} is inside the output ${outDir}`, {
      hint: 'generate owns the output and would delete it: give a directory outside, or no --runtime-dir',
    });
  // One at a time, so a directory lacking several names the same one every time.
  for (const file of RUNTIME_FILES) await access(path.join(runtimeDir, path.posix.basename(file)));
  return relative.split(path.sep).join('/');
}
