// `node --import ./package-probe.mjs bin/omaspec.js …` writes `package-probe: <name>` to stderr for each npm package
// the process imports as an ES module (the first time), so that a test can see what a command loaded.
import { register } from 'node:module';

register('./package-probe-hooks.mjs', import.meta.url);
