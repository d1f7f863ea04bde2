import type { Command } from './command.ts';
import { checkCommand } from './check.ts';
import { generateCommand } from './generate.ts';
import { validateCommand } from './validate.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [generateCommand, checkCommand, validateCommand];
