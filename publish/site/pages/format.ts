/** What several pages say the same way: page ids, a source place, a field's type and constraints, a change. */
import type { CompatFinding } from '../../../compat/compare.ts';
import type { FieldFacts } from '../../../compat/fields.ts';
import { verdict } from '../../../compat/report.ts';
import type { MessageMeta, SourceRef } from '../../../core/spec-format.ts';
import type { HistoryStep } from '../../history.ts';
import type { Publication } from '../../publication.ts';
import { anchorOf, code, link, type Inline } from '../doc.ts';

export const messagePage = (meta: Pick<MessageMeta, 'interface' | 'name'>) => `messages/${meta.interface}/${meta.name}`;
export const interfacePage = (id: string) => `interfaces/${id}`;
export const decisionAnchor = (id: string) => `decisions#${anchorOf(id)}`;

export function stepPage(step: Pick<HistoryStep, 'kind' | 'label'>): string {
  if (step.kind === 'cr') return `changes/${anchorOf(step.label.replace(/\.txt$/, ''))}`;
  return `changes/${step.kind}`;
}

export function stepTitle(step: Pick<HistoryStep, 'kind' | 'label'>): string {
  if (step.kind === 'cr') return `CR ${step.label}`;
  return step.kind === 'extensions' ? `Extensions (${step.label})` : 'Decisions (decisions.yaml)';
}

export const where = (s: SourceRef) => `${s.cr} §${s.section} line ${s.line}`;

export function typeOf(f: FieldFacts): string {
  const types = f.types.length ? f.types.join(' | ') : 'any';
  return f.opaque ? `${types} (combined schemas)` : types;
}

/** A field's value restrictions and bounds, e.g. `one of 200`, `minimum 400`, `format uri`, `closed object`. */
export function constraintsOf(f: FieldFacts): string[] {
  const out: string[] = [];
  if (f.values)
    out.push(`${f.values.length === 1 ? 'exactly' : 'one of'} ${f.values.map((v) => JSON.stringify(v)).join(', ')}`);
  for (const [k, v] of Object.entries(f.constraints)) out.push(`${k} ${JSON.stringify(v)}`);
  if (f.types.includes('object') && f.closed) out.push('no other members');
  return out;
}

export function presenceOf(f: FieldFacts): string {
  if (f.path.endsWith('[]')) return 'each item';
  return f.required ? 'mandatory' : 'optional';
}

/** The link to a message named `<interface>.<name>` as the diff engine names it, or plain text when unpublished. */
export function messageLink(pub: Publication, key: string): Inline {
  const m = pub.messages.find((x) => x.key === key);
  return m ? link(key, messagePage(m.meta)) : key;
}

/** One row of a change table: what changed, its level, and what it breaks, in the interface's own words. */
export function changeCells(f: CompatFinding): Inline[][] {
  const accepted = f.acceptedBy ? [' (accepted by ', link(f.acceptedBy, decisionAnchor(f.acceptedBy)), ')'] : [];
  const confidence = f.confidence ? ` (${f.confidence} confidence)` : '';
  const variant = f.variant && f.variant !== 'message' ? ` in the ${f.variant} variant` : '';
  return [
    [code(f.rule), ' ', f.detail, variant, confidence],
    [f.level, ...accepted],
    [verdict(f)],
    [f.source ? where(f.source) : ''],
  ];
}

export const CHANGE_HEAD = ['Change', 'Level', 'Mixed deployments', 'Stated at'];
