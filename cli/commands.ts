import type { Command } from './command.ts';
import { serveCommand } from './serve.ts';

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: Command[] = [serveCommand];
