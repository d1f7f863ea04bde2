import type { Command } from './command.ts';
import { dmClientCommand } from './dm-client.ts';
import { dmCommand } from './dm.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [dmCommand, dmClientCommand];
