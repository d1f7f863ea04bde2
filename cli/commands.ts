import { clientCommand } from './client.ts';
import type { Command } from './command.ts';
import { conformanceCommand } from './conformance.ts';
import { lintCommand } from './lint.ts';
import { serveCommand } from './serve.ts';
import { specCommand } from './spec.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [lintCommand, specCommand, serveCommand, clientCommand, conformanceCommand];
