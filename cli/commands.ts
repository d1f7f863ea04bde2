import type { Command } from './command.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [];
