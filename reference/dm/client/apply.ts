/**
 * Applies the commands of a Package#2 to the client's MO tree, in order, and says what happened
 * to each. Nothing here throws: a command the client cannot or will not run is reported with a
 * status, and processing goes on with the next one (until END).
 */
import { checkDmCommand } from '../command-table.ts';
import type { MoTree, MoWriteResult } from './mo-tree.ts';

export type DmCommandStatus = 'ok' | 'failed' | 'unsupported' | 'invalid' | 'skipped';

export interface DmCommandOutcome {
  command: string[];
  status: DmCommandStatus;
  detail: string;
  /** GET only: the leaf value, or the child names of an interior node. */
  value?: string | string[];
}

export function applyDmCommands(tree: MoTree, commands: readonly string[][]): DmCommandOutcome[] {
  const outcomes: DmCommandOutcome[] = [];
  let ended = false;
  for (const command of commands) {
    if (ended) {
      outcomes.push({ command, status: 'skipped', detail: 'after END' });
      continue;
    }
    outcomes.push(applyOne(tree, command));
    ended = command[0] === 'END';
  }
  return outcomes;
}

function applyOne(tree: MoTree, command: string[]): DmCommandOutcome {
  const problem = checkDmCommand(command);
  if (problem) {
    return { command, status: problem.code === 'unknownCommand' ? 'unsupported' : 'invalid', detail: problem.message };
  }
  const [name, uri = '', value = ''] = command;
  switch (name) {
    case 'GET': {
      const read = tree.get(uri);
      if (!read.ok) return { command, status: 'failed', detail: read.error.message };
      return 'value' in read
        ? { command, status: 'ok', detail: `${uri} = ${read.value}`, value: read.value }
        : { command, status: 'ok', detail: `${uri} has children [${read.children.join(', ')}]`, value: read.children };
    }
    case 'ADD':
      return written(command, tree.add(uri, command.length > 2 ? value : undefined), `added ${uri}`);
    case 'REPLACE':
      return written(command, tree.replace(uri, value), `replaced ${uri}`);
    case 'DELETE':
      return written(command, tree.delete(uri), `deleted ${uri}`);
    case 'END':
      return { command, status: 'ok', detail: 'session ended by the server' };
    default:
      // HGET, HPUT, HPOST, EXEC, SUB, UNSUB need a data repository or execution this client lacks.
      return { command, status: 'unsupported', detail: `${name} is not supported by this client` };
  }
}

function written(command: string[], result: MoWriteResult, done: string): DmCommandOutcome {
  return result.ok
    ? { command, status: 'ok', detail: done }
    : { command, status: 'failed', detail: result.error.message };
}
