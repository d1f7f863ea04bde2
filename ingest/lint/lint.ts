/**
 * lint: every defect of the CRs, each marked open or resolved (by which decision), plus the
 * decisions whose findings no longer exist (stale).
 */
import path from 'node:path';
import { compareSpecs, type CompatFinding } from '../../compat/compare.ts';
import { snapshotFromBuild, snapshotFromFolder, SnapshotError, type SpecSnapshot } from '../../compat/snapshot.ts';
import { buildSpec, type SpecBuild } from '../build.ts';
import type { Decision } from '../decisions.ts';
import type { MessageDef } from '../definitions.ts';
import { toValue } from '../json-reader.ts';
import type { Finding } from '../model.ts';
import type { LintContext } from './rule.ts';
import { REGISTRY } from './rules/index.ts';
import { resolveInterface } from '../manifest.ts';
import { finding } from '../rules.ts';
import { traceCr, type TraceLine } from '../trace.ts';

/** A line the reader could not place becomes a finding, so that no line of a CR goes unreported. */
function unreadLines(file: string, lines: TraceLine[]): Finding[] {
  return lines
    .filter((l) => l.kind === 'unread')
    .map((l) => {
      const text = l.text.trim();
      return finding(
        'unread-line',
        { file, line: l.line, col: l.text.indexOf(text) + 1 },
        `"${text.slice(0, 100)}" ${l.detail}`,
        `line:${text.slice(0, 60)}`,
      );
    });
}

export interface LintedFinding extends Finding {
  status: 'open' | 'resolved';
  decision?: string;
}

export interface LintReport {
  findings: LintedFinding[];
  /** Decisions resolving nothing any more, each where decisions.yaml states it. */
  stale: { decision: string; keys: string[]; loc?: { line: number; col: number } }[];
  /** CR files linted (basenames), in order. */
  files: string[];
  /** Every line of each CR's change proposal and what became of it (`omaspec lint --trace`). */
  traces?: Map<string, TraceLine[]>;
}

export async function lint(specDir: string, extraFiles: string[] = []): Promise<LintReport> {
  const build = await buildSpec(specDir, extraFiles);
  const { docs, chained } = build;
  const ctx: LintContext = {
    docs,
    chained,
    exampleTypes: exampleTypes(chained),
    compat: await compatOf(specDir, build),
  };
  const read: Finding[] = [...build.findings, ...runChecks(ctx)];
  const isMapped = (section: string) => resolveInterface(build.manifest, section) !== undefined;
  const traces = new Map(docs.map((d) => [d.file, traceCr(d, build.uses, read, isMapped)]));
  const findings: Finding[] = [...read, ...[...traces.entries()].flatMap(([file, lines]) => unreadLines(file, lines))];
  const unique = new Map<string, Finding>();
  for (const f of findings) if (!unique.has(f.key)) unique.set(f.key, f);
  const resolvedBy = new Map<string, string>();
  for (const d of build.decisions) for (const key of d.resolves) resolvedBy.set(key, d.id);
  const linted: LintedFinding[] = [...unique.values()]
    .map((f) =>
      resolvedBy.has(f.key)
        ? { ...f, status: 'resolved' as const, decision: resolvedBy.get(f.key)! }
        : { ...f, status: 'open' as const },
    )
    .sort(
      (a, b) =>
        a.loc.file.localeCompare(b.loc.file) ||
        a.loc.line - b.loc.line ||
        a.loc.col - b.loc.col ||
        a.rule.localeCompare(b.rule),
    );
  const stale = staleDecisions(build.decisions, new Set(unique.keys()));
  for (const s of build.applied.skipped) {
    const entry =
      stale.find((e) => e.decision === s.decision) ?? (stale.push({ decision: s.decision, keys: [] }), stale.at(-1)!);
    entry.keys.push(`(action on ${s.message}, which the spec no longer has: a later CR deleted or changed it)`);
  }
  for (const entry of stale) {
    const at = build.locateDecision(entry.decision);
    if (at?.line !== undefined) entry.loc = { line: at.line, col: at.col ?? 1 };
  }
  return { findings: linted, stale, files: docs.map((d) => d.file), traces };
}

/**
 * What each CR not yet in spec/schemas breaks, for compat-understated; undefined when nothing is published.
 * Each is judged against the spec just before it, so that one CR is never blamed for another's change.
 */
async function compatOf(specDir: string, build: SpecBuild): Promise<LintContext['compat']> {
  let published: SpecSnapshot;
  try {
    published = await snapshotFromFolder(specDir);
  } catch (error) {
    if (error instanceof SnapshotError) return undefined;
    throw error;
  }
  const current = await snapshotFromBuild('this build', build.files);
  const crs = build.manifest.crs.map((c) => path.basename(c));
  const breaking = new Map<string, CompatFinding[]>();
  let before = published;
  for (const cr of current.index.crs) {
    if (published.index.crs.some((p) => p.file === cr.file && p.sha256 === cr.sha256)) continue;
    const count = crs.indexOf(cr.file) + 1;
    const after =
      count === 0 || count === crs.length
        ? current
        : await snapshotFromBuild(
            `the spec up to ${cr.file}`,
            (await buildSpec(specDir, [], { crCount: count })).files,
          );
    breaking.set(
      cr.file,
      compareSpecs(before, after).filter((f) => f.level === 'breaking'),
    );
    before = after;
  }
  return { breaking };
}

/** The findings of every rule module with a check, in registry order. */
export function runChecks(ctx: LintContext): Finding[] {
  return REGISTRY.flatMap((r) => ('check' in r ? r.check(ctx) : []));
}

function staleDecisions(decisions: Decision[], keys: Set<string>): LintReport['stale'] {
  return decisions.flatMap((d) => {
    const gone = d.resolves.filter((k) => !keys.has(k));
    return gone.length ? [{ decision: d.id, keys: gone }] : [];
  });
}

/** The JSON type each parameter name has in the CR examples, where they agree. */
function exampleTypes(messages: MessageDef[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      const t =
        typeof v === 'number'
          ? Number.isInteger(v)
            ? 'integer'
            : 'number'
          : Array.isArray(v)
            ? 'array'
            : v === null
              ? 'null'
              : typeof v;
      seen.set(k, (seen.get(k) ?? new Set()).add(t));
      visit(v);
    }
  };
  for (const m of messages) for (const e of m.examples) visit(toValue(e.node));
  return new Map([...seen].filter(([, types]) => types.size === 1).map(([k, types]) => [k, [...types][0]!]));
}
