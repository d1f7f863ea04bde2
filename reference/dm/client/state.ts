/**
 * What the DM Client keeps between commands and sessions besides its MO tree: permanent nodes
 * (405 on change), SHOW defaults, subscriptions with the value last reported, alerts waiting for
 * the next package (EXEC results), and the ETags of fetched ServerURIs (for 304). The CLI keeps
 * them in the MO file, so they survive from one session to the next.
 */
import type { DmPackage1 } from '../types.ts';
import type { MoTree } from './mo-tree.ts';

export type DmAlertItem = NonNullable<DmPackage1['Alert']>['Items'][number];

export interface DmClientState {
  permanent: string[];
  defaults: Record<string, string>;
  /** ClientURI → its value when last reported (null: absent). */
  subscriptions: Record<string, string | null>;
  pendingAlerts: DmAlertItem[];
  /** ServerURI → ETag of the value HGET last stored from it. */
  etags: Record<string, string>;
}

/** Provisional alert types (the project's, until a CR names them). */
export const EXEC_RESULT_ALERT = 'urn:oma:at:dm:2.0:ExecResult';
export const NODE_CHANGED_ALERT = 'urn:oma:at:dm:2.0:NodeChanged';

export function emptyClientState(): DmClientState {
  return { permanent: [], defaults: {}, subscriptions: {}, pendingAlerts: [], etags: {} };
}

/** The value of a node for change reporting: a leaf's value, an interior node's child list, null when absent. */
export function nodeValue(tree: MoTree, uri: string): string | null {
  const read = tree.get(uri);
  if (!read.ok) return null;
  return 'value' in read ? read.value : JSON.stringify(read.children);
}

/** One NodeChanged alert per subscribed node whose value moved since it was last reported; marks them reported. */
export function takeChangeAlerts(tree: MoTree, state: DmClientState): DmAlertItem[] {
  const alerts: DmAlertItem[] = [];
  for (const [uri, reported] of Object.entries(state.subscriptions)) {
    const now = nodeValue(tree, uri);
    if (now === reported) continue;
    alerts.push({ AlertType: NODE_CHANGED_ALERT, SourceURI: uri, Data: { value: now } });
    state.subscriptions[uri] = now;
  }
  return alerts;
}
