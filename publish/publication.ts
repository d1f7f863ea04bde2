/**
 * publish: spec/ → everything the docs site shows, gathered once: the published messages
 * (spec/schemas, refs inlined) with their fields, golden examples, the lint findings and decisions that touch
 * them, and their history by CR from the diff engine.
 */
import path from 'node:path';
import { variantsOf, type FieldFacts } from '../compat/fields.ts';
import type { MessageMeta, SpecIndex } from '../core/spec-format.ts';
import { readDecisions } from '../ingest/decisions.ts';
import { lint, type LintedFinding } from '../ingest/lint/lint.ts';
import { specHistory, type HistoryStep } from './history.ts';
import { readPublishedSpec, type SpecMessage } from './published-spec.ts';

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

export interface PublishedMessage extends SpecMessage {
  variants: Variant[];
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
  const spec = await readPublishedSpec(specDir);
  const report = await lint(specDir);
  const decisions = summarise((await readDecisions(path.join(specDir, 'decisions.yaml'))).decisions);
  const history = markAccepted(await specHistory(specDir, spec.snapshot), decisions);
  const messages = spec.messages.map((message): PublishedMessage => {
    const { key, meta, schema } = message;
    const variants = variantsOf(schema).map((v) => ({
      name: v.name,
      closed: v.closed,
      fields: [...v.fields.values()],
    }));
    const places = sourcesOf(meta, variants);
    const touches = (f: LintedFinding) => places.has(`${f.loc.file}§${sectionOf(f.key)}`);
    const resolvedBy = new Set(report.findings.filter((f) => f.decision && touches(f)).map((f) => f.decision!));
    return {
      ...message,
      variants,
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
  });
  return {
    index: spec.index,
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
