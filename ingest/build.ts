/**
 * buildSpec: spec/ (manifest, CRs, decisions) → everything the spec stage derives: the current message
 * definitions, the findings met on the way, and the files of spec/schemas/ and spec/examples/.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyChain, type CrDefinitions } from './chain.ts';
import {
  applyDecisions,
  readDecisions,
  type Applied,
  type Decision,
  type DecisionsFile,
  type LocateDecision,
} from './decisions.ts';
import type { MessageDef } from './definitions.ts';
import { emitSchemas, messageIds, previousNames, type PreviousNames } from './emit.ts';
import { reviewExamples, type ReviewedExample } from './examples.ts';
import { extractMessages, type LineUse } from './extract.ts';
import { mergeExtensions, readExtension } from './extensions.ts';
import { readManifest, type Manifest } from './manifest.ts';
import type { CrDocument, Finding } from './model.ts';
import type { JsonNode } from './json-reader.ts';
import { parseCr } from './parser.ts';
import { finding } from './rules.ts';
import { strictSchemaFindings } from './strict-schemas.ts';

export const DECISIONS_FILE = 'decisions.yaml';

export interface SpecBuild {
  manifest: Manifest;
  docs: CrDocument[];
  /** Definitions after the CR chain, before decisions. */
  chained: MessageDef[];
  /** What each CR line became, for `lint --trace`. */
  uses: LineUse[];
  applied: Applied;
  decisions: Decision[];
  /** Where each decision is written in decisions.yaml. */
  locateDecision: LocateDecision;
  findings: Finding[];
  examples: ReviewedExample[];
  /** Paths relative to spec/: schemas/… and examples/… */
  files: Map<string, string>;
}

const NO_DECISIONS: DecisionsFile = { decisions: [], text: '', locate: () => undefined };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Which parts of spec/ a build takes: the spec as it stood after some CRs, or without extensions or decisions. */
export interface BuildParts {
  /** The manifest's first N CRs only (what one CR changed is judged against the build before it). */
  crCount?: number;
  /** false: without the manifest's extensions. */
  extensions?: boolean;
  /** false: without decisions.yaml. */
  decisions?: boolean;
}

/** Build from the manifest's CRs plus `extraCrs` (paths) appended, as `lint` does for files outside it. */
export async function buildSpec(
  specDir: string,
  extraCrs: string[] = [],
  options: BuildParts = {},
): Promise<SpecBuild> {
  const manifest = await readManifest(specDir);
  const crFiles = [
    ...manifest.crs.slice(0, options.crCount).map((c) => path.join(specDir, c)),
    ...extraCrs.filter((c) => !manifest.crs.some((m) => path.resolve(specDir, m) === path.resolve(c))),
  ];
  const texts = await Promise.all(crFiles.map((f) => readFile(f, 'utf8')));
  const docs = crFiles.map((f, i) => parseCr(path.basename(f), texts[i]!));
  const fragments = new Map<string, JsonNode>();
  const extractions = docs.map((doc) => extractMessages(doc, manifest, fragments));
  const findings: Finding[] = extractions.flatMap((e) => e.findings);
  const perCr: CrDefinitions[] = extractions.map((e, i) => ({
    file: docs[i]!.file,
    messages: e.messages,
    edits: e.edits,
  }));
  const extensionFiles = options.extensions === false ? [] : (manifest.extensions ?? []);
  const extensions = await Promise.all(extensionFiles.map((rel) => readExtension(specDir, rel)));
  const chain = applyChain(perCr);
  findings.push(...chain.findings);
  const merged = mergeExtensions(chain.messages, extensions);
  findings.push(...merged.findings);
  const chained = merged.messages;
  const decisionsPath = path.join(specDir, DECISIONS_FILE);
  const {
    decisions,
    text: decisionsText,
    locate,
  } = options.decisions === false ? NO_DECISIONS : await readDecisions(decisionsPath);
  const applied = applyDecisions(chained, decisions, chain.retired, locate, options.crCount !== undefined);
  findings.push(...decisionsOverChanges(applied.overridden));
  // Ids and type names already published in spec/schemas/index.json are kept (see messageNames).
  const previous = await readPreviousNames(specDir);
  const ids = messageIds(applied.messages, previous);
  const provisional = new Set(
    [...applied.provisional, ...merged.provisional].map((ref) => ids.get(ref)!).filter(Boolean),
  );
  const interfaces = [
    ...manifest.interfaces,
    ...extensions.flatMap((e) => e.interfaces).filter((i) => !manifest.interfaces.some((m) => m.id === i.id)),
  ];
  const schemaFiles = emitSchemas({
    messages: applied.messages,
    interfaces,
    crs: docs.map((d, i) => ({ file: d.file, sha256: sha256(texts[i]!) })),
    extensions: extensions.map((e) => ({ file: e.file, sha256: sha256(e.text) })),
    decisions: { file: DECISIONS_FILE, sha256: sha256(decisionsText) },
    provisional,
    previous,
  });
  findings.push(...strictSchemaFindings(applied.messages, schemaFiles));
  const review = reviewExamples(chained, applied, ids);
  findings.push(...review.findings);
  // A decision on an example that a later CR's amendment left invalid has nothing left to act on: it is stale.
  for (const d of review.dropped) {
    const verdict = applied.verdicts.get(d.key);
    if (verdict)
      applied.skipped.push({ decision: verdict.decision, message: `${d.message} example at line ${d.line}` });
  }
  const files = new Map<string, string>();
  for (const [p, content] of schemaFiles) files.set(`schemas/${p}`, content);
  for (const example of review.examples)
    files.set(`examples/${example.path}`, `${JSON.stringify(example.golden, null, 2)}\n`);
  return {
    manifest,
    docs,
    chained,
    uses: extractions.flatMap((e) => e.uses),
    applied,
    decisions,
    locateDecision: locate,
    findings,
    examples: review.examples,
    files,
  };
}

/** The names recorded by the last build, or none when there is no (readable) index yet: a first build. */
async function readPreviousNames(specDir: string): Promise<PreviousNames> {
  let text: string;
  try {
    text = await readFile(path.join(specDir, 'schemas', 'index.json'), 'utf8');
  } catch {
    return new Map();
  }
  try {
    return previousNames(JSON.parse(text));
  } catch {
    // A damaged index is rewritten by this build; its names cannot be kept.
    return new Map();
  }
}

/** One finding per amended property, at the amendment, naming every decision that changes the property after it. */
function decisionsOverChanges(overridden: Applied['overridden']): Finding[] {
  const byChange = new Map<string, { o: Applied['overridden'][number]; decisions: Set<string> }>();
  for (const o of overridden) {
    const key = `${o.message}:${o.property}:${o.amendedAt.file}:${o.amendedAt.line}`;
    const entry = byChange.get(key) ?? { o, decisions: new Set<string>() };
    entry.decisions.add(o.decision);
    byChange.set(key, entry);
  }
  return [...byChange.values()].map(({ o, decisions }) =>
    finding(
      'decision-over-change',
      o.amendedAt,
      `${decisions.size > 1 ? 'decisions' : 'decision'} ${[...decisions].join(', ')} also ${decisions.size > 1 ? 'set' : 'sets'} "${o.property}" of ${o.message}, which this change amends; the decision holds: revise it in spec/decisions.yaml if the change should`,
      `${o.message}:${o.property}`,
    ),
  );
}
