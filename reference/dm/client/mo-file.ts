/**
 * The DM Client's local description of itself (`--mo-file`): the MOs it reports in Package#1 and
 * the leaves of its MO tree. Example:
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
import type { DmPackage1, DmValidators, ValidationIssue } from '../types.ts';

export interface DmClientDescription {
  devId?: string;
  package1: DmPackage1;
  tree: MoTree;
}

export type MoFileResult = { ok: true; description: DmClientDescription } | { ok: false; issues: ValidationIssue[] };

const KNOWN_KEYS = new Set(['DevID', 'MOS', 'Alert', 'Tree']);

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
    description: { ...(file.DevID === undefined ? {} : { devId: file.DevID }), package1: pkg1.value, tree: moTree },
  };
}

function issues(...list: ValidationIssue[]): MoFileResult {
  return { ok: false, issues: list };
}

function pointerEscape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
