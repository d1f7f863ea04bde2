/**
 * publish: spec/ → everything the docs site and the exports show, gathered once: the published messages
 * (spec/schemas, refs inlined) with their fields, golden examples, the lint findings and decisions that touch
 * them, and their history by CR from the diff engine.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { variantsOf, type FieldFacts } from '../compat/fields.ts';
import { snapshotFromFolder } from '../compat/snapshot.ts';
import type { ExampleCase } from '../core/golden-case.ts';
import type { MessageMeta, SpecIndex } from '../core/spec-format.ts';
import { readDecisions } from '../ingest/decisions.ts';
import { lint, type LintedFinding } from '../ingest/lint/lint.ts';
import { specHistory, type HistoryStep } from './history.ts';
import { inlineRefs, readSharedSchemas, type Schema } from './schemas.ts';

export interface Variant {
  /** `message` for a single-variant message, else `success`, `error`, … (as the diff engine names them). */
  name: string;
  closed: boolean;
  fields: FieldFacts[];
}

export interface DecisionSummary {
  id: string;
  title: string;
  rationale: string;
  /** Finding keys it resolves. */
  resolves: string[];
  /** Messages (`<interface>/<name>`) its actions change. */
  targets: string[];
  /** Finding keys of `omaspec diff` it accepts as breaks. */
  accepts: string[];
}

export interface PublishedMessage {
  /** `<interface>.<name>`, as the diff engine names messages. */
  key: string;
  meta: MessageMeta & { schema: string };
  /** The message schema with every `$ref` inlined. */
  schema: Schema;
  variants: Variant[];
  examples: ExampleCase[];
  /** Lint findings still open at a CR section that defines the message or one of its members. */
  findings: LintedFinding[];
  decisions: DecisionSummary[];
  /** The steps of the history that changed the message, each with its findings about it. */
  history: HistoryStep[];
}

export interface Publication {
  index: SpecIndex;
  messages: PublishedMessage[];
  history: HistoryStep[];
  decisions: DecisionSummary[];
  openFindings: LintedFinding[];
}

/** Reads spec/ (published schemas, examples, decisions) and derives the rest; nothing is written. */
export async function publish(specDir: string): Promise<Publication> {
  const snapshot = await snapshotFromFolder(specDir);
  const schemasDir = path.join(specDir, 'schemas');
  const shared = await readSharedSchemas(schemasDir, snapshot.schemas);
  const report = await lint(specDir);
  const decisions = summarise((await readDecisions(path.join(specDir, 'decisions.yaml'))).decisions);
  const history = markAccepted(await specHistory(specDir, snapshot), decisions);
  const crOrder = new Map(snapshot.index.crs.map((c, i) => [c.file, i]));
  const messages = await Promise.all(
    snapshot.index.messages.map(async (meta): Promise<PublishedMessage> => {
      const key = `${meta.interface}.${meta.name}`;
      const schema = inlineRefs(snapshot.schemas.get(meta.schema)!, meta.schema, shared);
      const variants = variantsOf(schema).map((v) => ({
        name: v.name,
        closed: v.closed,
        fields: [...v.fields.values()],
      }));
      const places = sourcesOf(meta, variants);
      const touches = (f: LintedFinding) => places.has(`${f.loc.file}§${sectionOf(f.key)}`);
      const resolvedBy = new Set(report.findings.filter((f) => f.decision && touches(f)).map((f) => f.decision!));
      return {
        key,
        meta,
        schema,
        variants,
        examples: await examplesOf(specDir, meta, crOrder),
        findings: report.findings.filter((f) => f.status === 'open' && touches(f)),
        decisions: decisions.filter(
          (d) =>
            resolvedBy.has(d.id) ||
            d.targets.includes(`${meta.interface}/${meta.name}`) ||
            d.accepts.some((k) => k.split(':')[1]?.split('#')[0] === key),
        ),
        history: history
          .map((step) => ({ ...step, findings: step.findings.filter((f) => f.message === key) }))
          .filter((step) => step.findings.length),
      };
    }),
  );
  return {
    index: snapshot.index,
    messages,
    history,
    decisions,
    openFindings: report.findings.filter((f) => f.status === 'open'),
  };
}

/** A breaking finding whose key an `accept-break` action names is shown as accepted, as `omaspec diff` does. */
function markAccepted(steps: HistoryStep[], decisions: DecisionSummary[]): HistoryStep[] {
  const accepted = new Map(decisions.flatMap((d) => d.accepts.map((key) => [key, d.id] as const)));
  return steps.map((step) => ({
    ...step,
    findings: step.findings.map((f) =>
      f.level === 'breaking' && accepted.has(f.key) ? { ...f, acceptedBy: accepted.get(f.key)! } : f,
    ),
  }));
}

/** Finding keys are `rule:file:section:subject`. */
function sectionOf(findingKey: string): string {
  return findingKey.split(':')[2] ?? '';
}

/** `cr§section` of the message and of each of its members. */
function sourcesOf(meta: MessageMeta, variants: Variant[]): Set<string> {
  const places = new Set([`${meta.source.cr}§${meta.source.section}`]);
  for (const v of variants) for (const f of v.fields) if (f.source) places.add(`${f.source.cr}§${f.source.section}`);
  return places;
}

function summarise(decisions: Awaited<ReturnType<typeof readDecisions>>['decisions']): DecisionSummary[] {
  return decisions.map((d) => {
    const actions = d.actions ?? [];
    const targets = actions.flatMap((a) => {
      const [kind, body] = Object.entries(a)[0] ?? [];
      return kind !== 'accept-break' && body && typeof body.message === 'string' ? [body.message] : [];
    });
    const accepts = actions.flatMap((a) => ('accept-break' in a ? [a['accept-break'].key] : []));
    return { id: d.id, title: d.title, rationale: d.rationale, resolves: d.resolves, targets, accepts };
  });
}

/** The golden cases spec/examples holds for the message, in CR order then line. */
async function examplesOf(specDir: string, meta: MessageMeta, crOrder: Map<string, number>): Promise<ExampleCase[]> {
  const dir = path.join(specDir, 'examples', meta.interface, meta.name);
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const cases = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as ExampleCase),
  );
  const order = (c: ExampleCase) => crOrder.get(c.source.cr) ?? crOrder.size;
  return cases.sort((a, b) => order(a) - order(b) || a.source.line - b.source.line);
}
