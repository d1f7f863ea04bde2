#!/usr/bin/env node
// Compiles the CLI's sources into dist/ (see scripts/dist.js), so that `omaspec` starts without compiling
// TypeScript at run time. `npm ci` runs it through `prepare`, emitting without a type check; `npm test` runs it
// with --typecheck, which type-checks everything tsconfig.json covers (tests too) and emits in the same pass.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, builtPath, sourceModules, writeManifest } from './dist.js';

const DIST = path.join(ROOT, 'dist');
const typecheck = process.argv.includes('--typecheck');
// An install without devDependencies (npm ci --omit=dev) has no compiler; the CLI then runs through tsx. A type
// check without a compiler is a failure, though.
const ts = await import('typescript').then(
  (module) => module.default,
  () => {
    process.stderr.write('omaspec build: no typescript package; the CLI will compile its sources at run time (tsx)\n');
    process.exit(typecheck ? 1 : 0);
  },
);

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(ROOT, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => report([diagnostic]),
  },
);
if (!config) process.exit(1);
// Before reading any source: an edit made while the build runs leaves it stale.
const builtAt = Date.now();
const modules = sourceModules(ROOT);
// The benchmarks too, so that `npm run bench` measures the JavaScript the CLI runs; the CLI never imports them, so
// they are not in the manifest bin/omaspec.js checks (`npm run bench` builds before every run instead).
const benchmarks = sourceModules(ROOT, ['bench']);
const compiled = new Set([...modules, ...benchmarks].filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, f)));
const program = ts.createProgram({
  rootNames: typecheck ? config.fileNames : [...compiled],
  options: {
    ...config.options,
    noEmit: false,
    outDir: DIST,
    rootDir: ROOT,
    rewriteRelativeImportExtensions: true,
    noCheck: !typecheck,
  },
});

// A file deleted from the sources must not live on in dist/.
rmSync(DIST, { recursive: true, force: true });
const diagnostics = typecheck ? [...ts.getPreEmitDiagnostics(program)] : [];
for (const source of program.getSourceFiles())
  if (compiled.has(path.normalize(source.fileName))) diagnostics.push(...program.emit(source).diagnostics);
for (const file of modules.filter((f) => f.endsWith('.js'))) {
  mkdirSync(path.dirname(builtPath(ROOT, file)), { recursive: true });
  copyFileSync(path.join(ROOT, file), builtPath(ROOT, file));
}
report(diagnostics);
writeManifest(ROOT, modules, builtAt);

function report(found) {
  if (found.length === 0) return;
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(found, host));
  if (found.some((d) => d.category === ts.DiagnosticCategory.Error)) process.exitCode = 1;
}
