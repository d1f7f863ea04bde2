import type { Command } from './command.ts';
import { dmClientCommand } from './dm-client.ts';
import { dmCommand } from './dm.ts';
import { lintCommand } from './lint.ts';
import { specCommand } from './spec.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [lintCommand, specCommand, dmCommand, dmClientCommand];
