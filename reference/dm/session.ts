/**
 * The transport-agnostic core of the DM server: one validated Package#1 in, one Package#2 out.
 *
 * Session end: the seed CRs define no Package#3 (the client's results), and this reference does
 * not accept one, so every Package#2 ends with END (OMA DM 2.0: the DM Client closes the session
 * after END). An empty queue therefore yields `{"Cmd": [["END"]]}` — a well-formed "nothing to
 * do" rather than an empty array the client would have to interpret. Commands left over beyond
 * `maxCommandsPerPackage` stay queued for the device's next session.
 */
import type { DmStore } from './store.ts';
import type { DmPackage1, DmPackage2 } from './types.ts';

export const END_COMMAND = 'END';

export interface DmSessionOptions {
  /** Most queued commands delivered in one Package#2 (default 100). */
  maxCommandsPerPackage?: number;
}

export function answerPackage1(
  store: DmStore,
  devId: string,
  pkg: DmPackage1,
  options: DmSessionOptions = {},
): DmPackage2 {
  store.recordSession(devId, pkg.MOS, pkg.Alert?.Items ?? []);
  const commands = store.takePending(devId, options.maxCommandsPerPackage ?? 100).map((c) => c.command);
  const last = commands.at(-1);
  // Never empty (END closes every package), written as a non-empty tuple so it fits a spec that says "at least one command".
  const [first = [END_COMMAND], ...rest] = last?.[0] === END_COMMAND ? commands : [...commands, [END_COMMAND]];
  return { Cmd: [first, ...rest] };
}
