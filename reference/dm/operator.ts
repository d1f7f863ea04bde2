/**
 * What an operator may do to the server side, whatever the front end (CLI or admin endpoint):
 * queue commands for a device after checking them against the command table.
 */
import { checkDmCommand, findDmCommand, type DmCommandProblem } from './command-table.ts';
import { devIdProblem } from './dev-id.ts';
import { DmQueueFullError, type DmStore, type QueuedDmCommand } from './store.ts';

export interface QueueOptions {
  /** Accept names missing from the command table (to exercise a client's handling of them). */
  allowUnknown?: boolean;
  /** Accept the project's DM 1.x extensions ADD and REPLACE. */
  extensions?: boolean;
}

export type QueueError =
  | { code: 'invalidDevId'; message: string }
  | { code: 'framingCommand'; message: string; index: number }
  | (DmCommandProblem & { index: number })
  | { code: 'queueFull'; message: string };

export type QueueResult =
  { ok: true; queued: QueuedDmCommand[]; pending: number } | { ok: false; errors: QueueError[] };

/** Queues all commands or none; every command problem is reported with its index. */
export async function queueDmCommands(
  store: DmStore,
  devId: string,
  commands: string[][],
  options: QueueOptions = {},
): Promise<QueueResult> {
  const invalid = devId === '' ? 'a device id is required' : devIdProblem(devId);
  if (invalid) return { ok: false, errors: [{ code: 'invalidDevId', message: invalid }] };
  const errors = commands.flatMap((command, index): QueueError[] => {
    if (findDmCommand(command[0] ?? '')?.framing) {
      const message = `${command[0]} frames a Package#2 and is added by the server; it cannot be queued`;
      return [{ code: 'framingCommand', message, index }];
    }
    const problem = checkDmCommand(command, options);
    if (!problem || (problem.code === 'unknownCommand' && options.allowUnknown)) return [];
    return [{ ...problem, index }];
  });
  if (errors.length > 0) return { ok: false, errors };
  try {
    const queued = await store.enqueueAll(devId, commands);
    return { ok: true, queued, pending: (await store.pending(devId)).length };
  } catch (error) {
    if (error instanceof DmQueueFullError)
      return { ok: false, errors: [{ code: 'queueFull', message: error.message }] };
    throw error;
  }
}
