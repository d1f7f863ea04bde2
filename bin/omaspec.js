#!/usr/bin/env node
// `npm ci` (the prepare script) and `npm test` compile the CLI into dist/, and it runs from there while no source
// changed since that build. Otherwise (a .ts file edited since, a checkout never built) tsx compiles the sources on
// the fly: slower to start, but an edit is never shadowed by stale JavaScript.
import { buildIsFresh } from '../scripts/dist.js';

// `omaspec lint | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
let cli;
if (buildIsFresh()) cli = await import('../dist/cli/main.js');
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
