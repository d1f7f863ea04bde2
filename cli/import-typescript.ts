import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../core/package-root.ts';

const FROM_SOURCES = import.meta.url.endsWith('.ts');
let tsxRegistered = false;

/**
 * Imports a TypeScript module named on the command line (`validate --generated DIR` loads DIR/registry.ts). Run
 * from the sources (tsx, vitest), Node already compiles TypeScript. Run from the precompiled build, omaspec's own
 * generated/ has a compiled twin in dist/ (as fresh as the running CLI: bin/omaspec.js checked all of them), and any
 * other file is compiled by tsx, registered on first need so that commands that import no such file never pay for it.
 */
export async function importTypeScript(file: string): Promise<unknown> {
  if (FROM_SOURCES) return import(pathToFileURL(file).href);
  const own = path.relative(PACKAGE_ROOT, file);
  if (own.startsWith(`generated${path.sep}`))
    return import(pathToFileURL(path.join(PACKAGE_ROOT, 'dist', own.replace(/\.ts$/, '.js'))).href);
  if (!tsxRegistered) {
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  return import(pathToFileURL(file).href);
}
