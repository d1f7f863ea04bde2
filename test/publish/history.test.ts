/**
 * The history the docs show: one step per CR of the manifest in its order, then the extensions, then the
 * decisions, chained from an empty spec to the published one, so every published message is added exactly once
 * on the way (net of removals) and no other message survives. Derived from spec/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotFromFolder, type SpecSnapshot } from '../../compat/snapshot.ts';
import { specHistory, type HistoryStep } from '../../publish/history.ts';
import { REPO_ROOT } from '../cli/run.ts';

const SPEC = path.join(REPO_ROOT, 'spec');
const manifest = JSON.parse(readFileSync(path.join(SPEC, 'manifest.json'), 'utf8')) as {
  crs: string[];
  extensions?: string[];
};

describe('specHistory', () => {
  let published: SpecSnapshot;
  let steps: HistoryStep[];

  beforeAll(async () => {
    published = await snapshotFromFolder(SPEC);
    steps = await specHistory(SPEC, published);
  }, 60_000);

  it('has a step per CR of the manifest, in its order, then the extensions and the decisions', () => {
    expect(steps.map((s) => [s.kind, s.label])).toEqual([
      ...manifest.crs.map((cr) => ['cr', path.basename(cr)]),
      ...(manifest.extensions?.length ? [['extensions', manifest.extensions.join(', ')]] : []),
      ['decisions', 'decisions.yaml'],
    ]);
  });

  it('adds every published message exactly once, net of removals, and nothing else survives', () => {
    const net = new Map<string, number>();
    for (const f of steps.flatMap((s) => s.findings)) {
      const delta = f.rule === 'message-added' ? 1 : f.rule === 'message-removed' ? -1 : 0;
      net.set(f.message, (net.get(f.message) ?? 0) + delta);
    }
    const publishedKeys = published.index.messages
      .map((m) => `${m.interface}.${m.name}`)
      .sort((a, b) => a.localeCompare(b));
    const surviving = [...net].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b));
    expect(surviving).toEqual(publishedKeys.map((k) => [k, 1]));
  });
});
