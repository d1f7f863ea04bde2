/**
 * The DM Client's local description of itself (`--mo-file`): the MOs it reports in Package#1, the
 * leaves of its MO tree and the client state that outlives a session (state.ts: `Permanent`
 * nodes, SHOW `Defaults`, `Subscriptions`, `PendingAlerts`, `ETags`). The CLI writes it back
 * after a session that changed any of them. Example:
 *
 *   {
 *     "DevID": "IMEI:490154203237518",
 *     "MOS": [{ "DDF": "http://www.vendor.com/DDF/devinfo1.0.ddf", "MOID": "oma:mo:oma-dm-devinfo:1.0", "MIID": ["DevInfo1"] }],
 *     "Tree": { "oma:mo:oma-dm-devinfo:1.0/DevInfo1/DevID": "IMEI:490154203237518" }
 *   }
 *
 * `MOS` and `Alert` go into Package#1 as they are (and are checked by the Package#1 validator);
 * `DevID` is the default for the OMADM-DevID header.
 */
import { MoTree } from './mo-tree.ts';
import { emptyClientState, type DmClientState } from './state.ts';
import type { DmPackage1, DmValidators, ValidationIssue } from '../types.ts';

export interface DmClientDescription {
  devId?: string;
  package1: DmPackage1;
  tree: MoTree;
  state: DmClientState;
}

export type MoFileResult = { ok: true; description: DmClientDescription } | { ok: false; issues: ValidationIssue[] };

const STATE_KEYS = {
  Permanent: 'permanent',
  Defaults: 'defaults',
  Subscriptions: 'subscriptions',
  PendingAlerts: 'pendingAlerts',
  ETags: 'etags',
} as const satisfies Record<string, keyof DmClientState>;
const KNOWN_KEYS = new Set(['DevID', 'MOS', 'Alert', 'Tree', ...Object.keys(STATE_KEYS)]);

export function parseMoFile(json: unknown, validators: DmValidators): MoFileResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return issues({ path: '', rule: 'type', message: 'the MO file must hold a JSON object' });
  }
  const file = json as Record<string, unknown>;
  const unknown = Object.keys(file).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) {
    return issues(
      ...unknown.map((k) => ({ path: `/${k}`, rule: 'additionalProperties', message: `unknown key '${k}'` })),
    );
  }
  if (file.DevID !== undefined && typeof file.DevID !== 'string') {
    return issues({ path: '/DevID', rule: 'type', message: 'DevID must be a string' });
  }
  const tree = file.Tree ?? {};
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    return issues({ path: '/Tree', rule: 'type', message: 'Tree must map ClientURIs to string values' });
  }
  const badLeaf = Object.entries(tree).find(([, v]) => typeof v !== 'string');
  if (badLeaf)
    return issues({ path: `/Tree/${pointerEscape(badLeaf[0])}`, rule: 'type', message: 'leaf values are strings' });

  const state = stateOf(file);
  if ('issue' in state) return issues(state.issue);
  const pkg1 = validators.validateDmPackage1({
    ...(file.MOS === undefined ? {} : { MOS: file.MOS }),
    ...(file.Alert === undefined ? {} : { Alert: file.Alert }),
  });
  if (!pkg1.ok) return { ok: false, issues: pkg1.issues };
  let moTree: MoTree;
  try {
    moTree = MoTree.fromLeaves(tree as Record<string, string>);
  } catch (error) {
    return issues({ path: '/Tree', rule: 'tree', message: (error as Error).message });
  }
  return {
    ok: true,
    description: {
      ...(file.DevID === undefined ? {} : { devId: file.DevID }),
      package1: pkg1.value,
      tree: moTree,
      state: state.state,
    },
  };
}

/** The file again, with the tree and state as they are now (what the CLI writes back). */
export function serializeMoFile(original: Record<string, unknown>, description: DmClientDescription): string {
  const file: Record<string, unknown> = { ...original, Tree: description.tree.leaves() };
  for (const [key, field] of Object.entries(STATE_KEYS)) {
    const value = description.state[field];
    const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
    if (empty) delete file[key];
    else file[key] = value;
  }
  return JSON.stringify(file, null, 2) + '\n';
}

function stateOf(file: Record<string, unknown>): { state: DmClientState } | { issue: ValidationIssue } {
  const state = emptyClientState();
  const { Permanent, Defaults, Subscriptions, PendingAlerts, ETags } = file;
  const bad = (key: string, message: string) => ({ issue: { path: `/${key}`, rule: 'type', message } });
  if (Permanent !== undefined) {
    if (!Array.isArray(Permanent) || !Permanent.every((p) => typeof p === 'string'))
      return bad('Permanent', 'Permanent lists ClientURIs');
    state.permanent = Permanent;
  }
  for (const [key, value, nullable] of [
    ['Defaults', Defaults, false],
    ['Subscriptions', Subscriptions, true],
    ['ETags', ETags, false],
  ] as const) {
    if (value === undefined) continue;
    const ok =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => typeof v === 'string' || (nullable && v === null));
    if (!ok) return bad(key, `${key} maps strings to strings`);
    Object.assign(state[STATE_KEYS[key]], value);
  }
  if (PendingAlerts !== undefined) {
    if (!Array.isArray(PendingAlerts)) return bad('PendingAlerts', 'PendingAlerts lists alert items');
    state.pendingAlerts = PendingAlerts as DmClientState['pendingAlerts'];
  }
  return { state };
}

function issues(...list: ValidationIssue[]): MoFileResult {
  return { ok: false, issues: list };
}

function pointerEscape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
