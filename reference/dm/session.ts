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
import type { DmAlertItem, DmPackage1, DmPackage2 } from './types.ts';

export const END_COMMAND = 'END';

export interface DmSessionOptions {
  /** Most queued commands delivered in one Package#2 (default 100). */
  maxCommandsPerPackage?: number;
}

export function answerPackage1(store: DmStore, devId: string, pkg: DmPackage1, options: DmSessionOptions = {}): DmPackage2 {
  store.recordSession(devId, pkg.MOS, alertItemsOf(pkg.Alert));
  const commands = store.takePending(devId, options.maxCommandsPerPackage ?? 100).map((c) => c.command);
  const last = commands.at(-1);
  return { Cmd: last?.[0] === END_COMMAND ? commands : [...commands, [END_COMMAND]] };
}

const ALERT_TEXT_FIELDS = ['AlertType', 'MIMEType', 'SourceURI', 'Mark'] as const;

/**
 * The alert items worth recording. Alert is provisional in the spec (the CR's schema says
 * "$ref": "tbd"), so the validator may let other shapes through; those are not stored rather
 * than trusted: only object items of an `Items` array, only string values in the text fields.
 */
function alertItemsOf(alert: unknown): DmAlertItem[] {
  const items = (alert as { Items?: unknown } | undefined)?.Items;
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item))
    .map((item) => {
      const out: DmAlertItem = {};
      for (const field of ALERT_TEXT_FIELDS) if (typeof item[field] === 'string') out[field] = item[field];
      if (item.Data !== undefined) out.Data = item.Data;
      return out;
    });
}
