#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so that `npx omaspec` works
// in a fresh clone right after `npm ci`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
// `omaspec lint | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
