/**
 * verifyDraft: reads a draft back with the CR reader, alone in a scratch spec (a restated section states its
 * messages whole), and names every restated message that does not come back as the current spec has it and no
 * warning of the draft already explains — so a gap in the writer shows as a warning, never as a silent change.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSpec } from '../../ingest/build.ts';
import type { InterfaceConfig } from '../../ingest/manifest.ts';
import { snapshotFromBuild, type SpecSnapshot } from '../snapshot.ts';
import { messages, statedForm } from './blocks.ts';
import type { CrDraft } from './index.ts';

const DRAFT_FILE = 'drafted.txt';

export async function verifyDraft(
  draft: CrDraft,
  current: SpecSnapshot,
  interfaces: InterfaceConfig[],
): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'omaspec-draft-check-'));
  try {
    await mkdir(path.join(dir, 'crs'));
    await writeFile(path.join(dir, 'crs', DRAFT_FILE), draft.text);
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ crs: [`crs/${DRAFT_FILE}`], interfaces }));
    const build = await buildSpec(dir);
    const read = messages(await snapshotFromBuild('draft', build.files));
    const wanted = messages(current);
    const explained = (name: string) => draft.warnings.some((w) => w.startsWith(name));
    const out = build.findings
      .filter((f) => f.severity === 'error' && f.loc.file === DRAFT_FILE)
      .map((f) => `draft line ${f.loc.line}: the reader reports ${f.rule}: ${f.message}`);
    for (const name of draft.restated) {
      if (explained(name)) continue;
      const got = read.get(name);
      if (!got) {
        out.push(`${name}: the reader finds no such message in the draft`);
        continue;
      }
      const [first] = differences(statedForm(wanted.get(name)!), statedForm(got), '');
      if (first)
        out.push(
          `${name}: reads back otherwise at ${first.at} (${JSON.stringify(first.got)}, not ${JSON.stringify(first.expected)})`,
        );
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where two JSON values differ, as JSON-pointer-like paths; the order of members counts, as a CR states it. */
export function differences(a: unknown, b: unknown, at: string): { at: string; expected: unknown; got: unknown }[] {
  const objects = a && b && typeof a === 'object' && typeof b === 'object';
  if (!objects || Array.isArray(a) !== Array.isArray(b))
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ at: at || '/', expected: a, got: b }];
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  if (at.endsWith('/properties') && Object.keys(x).join() !== Object.keys(y).join())
    return [{ at, expected: Object.keys(x), got: Object.keys(y) }];
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys.flatMap((k) => differences(x[k], y[k], `${at}/${k}`));
}
