import { checkCommand } from './check.ts';
import { clientCommand } from './client.ts';
import type { Command } from './command.ts';
import { conformanceCommand } from './conformance.ts';
import { crCommand } from './cr.ts';
import { dmClientCommand } from './dm-client.ts';
import { diffCommand } from './diff.ts';
import { dmCommand } from './dm.ts';
import { generateCommand } from './generate.ts';
import { lintCommand } from './lint.ts';
import { serveCommand } from './serve.ts';
import { specCommand } from './spec.ts';
import { validateCommand } from './validate.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [
  lintCommand,
  specCommand,
  generateCommand,
  checkCommand,
  diffCommand,
  crCommand,
  validateCommand,
  serveCommand,
  clientCommand,
  conformanceCommand,
  dmCommand,
  dmClientCommand,
];
