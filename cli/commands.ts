import { checkCommand } from './check.ts';
import { clientCommand } from './client.ts';
import type { Command } from './command.ts';
import { conformanceCommand } from './conformance.ts';
import { dmClientCommand } from './dm-client.ts';
import { diffCommand } from './diff.ts';
import { docsCommand } from './docs.ts';
import { dmCommand } from './dm.ts';
import { exportCommand } from './export.ts';
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
  docsCommand,
  exportCommand,
  validateCommand,
  serveCommand,
  clientCommand,
  conformanceCommand,
  dmCommand,
  dmClientCommand,
];
