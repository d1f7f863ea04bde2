/**
 * compareSpecs: two spec snapshots → one finding per change, per message, each judged for the two mixed
 * deployments (old sender → new receiver, new sender → old receiver) using the additional-properties position
 * the spec states for the object holding the change.
 */
import type { InterfaceMeta, MessageMeta } from '../core/spec-format.ts';
import { MAX_KEYWORDS, MIN_KEYWORDS, SHAPE_KEYWORDS, variantsOf, type FieldFacts, type Source } from './fields.ts';
import type { CompatLevel, CompatRuleId } from './rules.ts';
import type { SpecSnapshot } from './snapshot.ts';

/** Which mixed deployment a change breaks. */
export interface Breaks {
  /** An old sender's messages are rejected (or misread) by a new receiver. */
  oldSender: boolean;
  /** A new sender's messages are rejected (or misread) by an old receiver. */
  oldReceiver: boolean;
}

export interface CompatFinding {
  rule: CompatRuleId;
  level: CompatLevel;
  /** `<interface>.<name>` */
  message: string;
  variant?: string;
  path?: string;
  detail: string;
  breaks: Breaks;
  /** The interface's names of the sides: who sends this message, who receives it. */
  sender: string;
  receiver: string;
  /** Stable key for `accept-break` decisions: rule:message[#variant][:path]. */
  key: string;
  /** Where the change is stated: the new spec's source, or the old one's for a removal. */
  source?: Source;
  confidence?: 'high' | 'medium';
  /** Set when a decision accepts this break. */
  acceptedBy?: string;
}

interface Message {
  meta: MessageMeta;
  schema: Record<string, unknown>;
}

export function compareSpecs(before: SpecSnapshot, after: SpecSnapshot): CompatFinding[] {
  const old = messagesOf(before);
  const current = messagesOf(after);
  const interfaces = new Map([...before.index.interfaces, ...after.index.interfaces].map((i) => [i.id, i]));
  const findings: CompatFinding[] = [];
  for (const name of [...new Set([...old.keys(), ...current.keys()])].sort()) {
    const a = old.get(name);
    const b = current.get(name);
    const meta = (b ?? a)!.meta;
    const sides = sidesOf(meta, interfaces.get(meta.interface));
    const emit = (f: Omit<CompatFinding, 'message' | 'sender' | 'receiver' | 'key' | 'level'>) =>
      findings.push(finish({ ...f, message: name, ...sides }));
    if (!a) emit({ rule: 'message-added', detail: `new ${meta.kind}`, breaks: none(), source: meta.source });
    else if (!b)
      emit({ rule: 'message-removed', detail: `${meta.kind} removed`, breaks: onlyOldSender(), source: meta.source });
    else compareMessage(a, b, emit);
  }
  return findings;
}

type Emit = (f: Omit<CompatFinding, 'message' | 'sender' | 'receiver' | 'key' | 'level'>) => void;

function compareMessage(a: Message, b: Message, emit: Emit): void {
  if (a.meta.envelope !== b.meta.envelope)
    emit({
      rule: 'envelope-changed',
      detail: `${a.meta.envelope} → ${b.meta.envelope}`,
      breaks: both(),
      source: b.meta.source,
    });
  const tagOf = (m: MessageMeta) => m.method ?? m.messageType;
  if (tagOf(a.meta) !== tagOf(b.meta))
    emit({
      rule: 'method-changed',
      detail: `"${tagOf(a.meta)}" → "${tagOf(b.meta)}"`,
      breaks: both(),
      source: b.meta.source,
    });
  const oldVariants = new Map(variantsOf(a.schema).map((v) => [v.name, v]));
  const newVariants = new Map(variantsOf(b.schema).map((v) => [v.name, v]));
  for (const [name, v] of newVariants) {
    const before = oldVariants.get(name);
    if (!before) {
      emit({ rule: 'variant-added', variant: name, detail: `${name} variant added`, breaks: onlyOldReceiver() });
      continue;
    }
    const inVariant: Emit = (f) => emit({ ...f, variant: name });
    if (before.closed !== v.closed) inVariant(closure('', v.closed));
    compareFields(before.fields, v.fields, v.closed, inVariant);
  }
  for (const name of oldVariants.keys())
    if (!newVariants.has(name))
      emit({ rule: 'variant-removed', variant: name, detail: `${name} variant removed`, breaks: onlyOldSender() });
}

function compareFields(
  before: Map<string, FieldFacts>,
  after: Map<string, FieldFacts>,
  rootClosedAfter: boolean,
  emit: Emit,
): void {
  const closedAfter = (path: string) => {
    const parent = parentOf(path);
    return parent === '' ? rootClosedAfter : (after.get(parent)?.closed ?? false);
  };
  const removed = [...before.values()].filter((f) => !after.has(f.path) && !underAny(f.path, before, after));
  const added = [...after.values()].filter((f) => !before.has(f.path) && !underAny(f.path, after, before));
  for (const gone of removed) {
    const rename = added.find((n) => likelyRename(gone, n));
    if (rename) {
      added.splice(added.indexOf(rename), 1);
      const confidence = rename.position === gone.position ? 'high' : 'medium';
      emit({
        rule: 'property-renamed-likely',
        path: gone.path,
        detail: `"${gone.path}" → "${rename.path}" (same type${confidence === 'high' ? ' and position' : ''})`,
        breaks: or(removalBreaks(gone, closedAfter(gone.path)), additionBreaks(rename)),
        ...(rename.source ? { source: rename.source } : {}),
        confidence,
      });
      continue;
    }
    emit({
      rule: 'property-removed',
      path: gone.path,
      detail: `"${gone.path}" (${gone.required ? 'mandatory' : 'optional'}) removed`,
      breaks: removalBreaks(gone, closedAfter(gone.path)),
      ...(gone.source ? { source: gone.source } : {}),
    });
  }
  for (const field of added)
    emit({
      rule: field.required ? 'property-added-required' : 'property-added-optional',
      path: field.path,
      detail: `"${field.path}" added as ${field.required ? 'mandatory' : 'optional'}`,
      breaks: additionBreaks(field),
      ...(field.source ? { source: field.source } : {}),
    });
  for (const [path, b] of after) {
    const a = before.get(path);
    if (a) compareField(a, b, emit);
  }
}

/** A field inside an object or array that is itself added or removed is reported once, at its root. */
function underAny(path: string, side: Map<string, FieldFacts>, other: Map<string, FieldFacts>): boolean {
  for (let parent = parentOf(path); parent; parent = parentOf(parent))
    if (side.has(parent) && !other.has(parent)) return true;
  return false;
}

function likelyRename(gone: FieldFacts, added: FieldFacts): boolean {
  return (
    parentOf(gone.path) === parentOf(added.path) &&
    gone.types.join() === added.types.join() &&
    gone.ref === added.ref &&
    JSON.stringify(gone.values) === JSON.stringify(added.values)
  );
}

/** Old senders still send a removed member (rejected where its object is closed now); old receivers need it if it was mandatory. */
function removalBreaks(gone: FieldFacts, closedNow: boolean): Breaks {
  return { oldSender: closedNow, oldReceiver: gone.required };
}

/** `a.b` → `a`, `a[]` → `a`, `a` → ''. */
function parentOf(path: string): string {
  if (path.endsWith('[]')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot > 0 ? path.slice(0, dot) : '';
}

/** Old senders omit an added member (rejected if mandatory); old receivers reject it where their object was closed. */
function additionBreaks(field: FieldFacts): Breaks {
  return { oldSender: field.required, oldReceiver: field.parentClosed };
}

function compareField(a: FieldFacts, b: FieldFacts, emit: Emit): void {
  const at = { path: b.path, ...(b.source ? { source: b.source } : {}) };
  if (a.required !== b.required)
    emit({
      ...at,
      rule: b.required ? 'property-now-required' : 'property-now-optional',
      detail: `"${b.path}" ${b.required ? 'optional → mandatory' : 'mandatory → optional'}`,
      breaks: b.required ? onlyOldSender() : onlyOldReceiver(),
    });
  if (a.closed !== b.closed) emit({ ...closure(b.path, b.closed), ...at });
  compareTypes(a, b, (rule, detail, breaks) => emit({ ...at, rule, detail, breaks }));
  if (a.ref !== b.ref)
    emit({ ...at, rule: 'reference-changed', detail: `${a.ref ?? 'inline'} → ${b.ref ?? 'inline'}`, breaks: both() });
  compareValues(a, b, (rule, detail, breaks) => emit({ ...at, rule, detail, breaks }));
  compareConstraints(a, b, (rule, detail, breaks) => emit({ ...at, rule, detail, breaks }));
  if (a.opaque !== b.opaque)
    emit({ ...at, rule: 'schema-changed', detail: `"${b.path}": combined schemas changed`, breaks: both() });
}

/** Closing an object rejects what old senders may add; opening it lets new senders add what old receivers reject. */
function closure(path: string, closedNow: boolean): Parameters<Emit>[0] {
  const what = path ? `"${path}"` : 'the message object';
  return closedNow
    ? {
        rule: 'object-closed',
        ...(path ? { path } : {}),
        detail: `${what} now rejects unlisted members`,
        breaks: onlyOldSender(),
      }
    : {
        rule: 'object-opened',
        ...(path ? { path } : {}),
        detail: `${what} now accepts unlisted members`,
        breaks: onlyOldReceiver(),
      };
}

type Report = (rule: CompatRuleId, detail: string, breaks: Breaks) => void;

function compareTypes(a: FieldFacts, b: FieldFacts, report: Report): void {
  if (a.types.join() === b.types.join()) return;
  const accepts = (types: string[], t: string) =>
    types.length === 0 || types.includes(t) || (t === 'integer' && types.includes('number'));
  const list = (types: string[]) => (types.length ? types.join('|') : 'any');
  const widened = a.types.every((t) => accepts(b.types, t)) && a.types.length > 0;
  const narrowed = b.types.every((t) => accepts(a.types, t)) && b.types.length > 0;
  const detail = `"${b.path}": ${list(a.types)} → ${list(b.types)}`;
  if (widened && !narrowed) report('type-widened', detail, onlyOldReceiver());
  else if (narrowed && !widened) report('type-narrowed', detail, onlyOldSender());
  else report('type-changed', detail, both());
}

function compareValues(a: FieldFacts, b: FieldFacts, report: Report): void {
  const show = (v: unknown[]) => v.map((x) => JSON.stringify(x)).join(', ');
  if (!a.values && !b.values) return;
  if (!a.values) return report('values-removed', `"${b.path}" restricted to ${show(b.values!)}`, onlyOldSender());
  if (!b.values)
    return report('values-added', `"${b.path}" no longer restricted to ${show(a.values)}`, onlyOldReceiver());
  const key = (v: unknown) => JSON.stringify(v);
  const gone = a.values.filter((v) => !b.values!.some((w) => key(w) === key(v)));
  const added = b.values.filter((v) => !a.values!.some((w) => key(w) === key(v)));
  if (gone.length) report('values-removed', `"${b.path}": ${show(gone)} no longer allowed`, onlyOldSender());
  if (added.length) report('values-added', `"${b.path}": ${show(added)} now allowed`, onlyOldReceiver());
}

function compareConstraints(a: FieldFacts, b: FieldFacts, report: Report): void {
  const show = (k: string, v: unknown) => (v === undefined ? `no ${k}` : `${k} ${JSON.stringify(v)}`);
  for (const k of [...MIN_KEYWORDS, ...MAX_KEYWORDS, ...SHAPE_KEYWORDS]) {
    const x = a.constraints[k];
    const y = b.constraints[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const detail = `"${b.path}": ${show(k, x)} → ${show(k, y)}`;
    const tighter = tightens(k, x, y);
    if (tighter === undefined) report('constraint-tightened', detail, both());
    else if (tighter) report('constraint-tightened', detail, onlyOldSender());
    else report('constraint-relaxed', detail, onlyOldReceiver());
  }
}

/** True when the keyword restricts more after the change, false when less, undefined when it is only different. */
function tightens(keyword: string, before: unknown, after: unknown): boolean | undefined {
  if (before === undefined) return true;
  if (after === undefined) return false;
  if (typeof before === 'number' && typeof after === 'number') {
    if ((MIN_KEYWORDS as readonly string[]).includes(keyword)) return after > before;
    if ((MAX_KEYWORDS as readonly string[]).includes(keyword)) return after < before;
  }
  if (keyword === 'uniqueItems') return after === true;
  return undefined;
}

function messagesOf(snapshot: SpecSnapshot): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const meta of snapshot.index.messages) {
    const schema = snapshot.schemas.get(meta.schema);
    if (schema) out.set(`${meta.interface}.${meta.name}`, { meta, schema });
  }
  return out;
}

function sidesOf(meta: MessageMeta, iface: InterfaceMeta | undefined): { sender: string; receiver: string } {
  const client = iface?.client || `${meta.interface} client`;
  const server = iface?.server || `${meta.interface} server`;
  return meta.direction === 'clientToServer'
    ? { sender: client, receiver: server }
    : { sender: server, receiver: client };
}

function finish(f: Omit<CompatFinding, 'key' | 'level'>): CompatFinding {
  const key = `${f.rule}:${f.message}${f.variant && f.variant !== 'message' ? `#${f.variant}` : ''}${f.path ? `:${f.path}` : ''}`;
  // A likely rename that breaks nothing still wants a human to confirm it is one.
  const level: CompatLevel =
    f.breaks.oldSender || f.breaks.oldReceiver ? 'breaking' : f.rule === 'property-renamed-likely' ? 'warning' : 'info';
  return { ...f, key, level };
}

const none = (): Breaks => ({ oldSender: false, oldReceiver: false });
const both = (): Breaks => ({ oldSender: true, oldReceiver: true });
const onlyOldSender = (): Breaks => ({ oldSender: true, oldReceiver: false });
const onlyOldReceiver = (): Breaks => ({ oldSender: false, oldReceiver: true });
const or = (x: Breaks, y: Breaks): Breaks => ({
  oldSender: x.oldSender || y.oldSender,
  oldReceiver: x.oldReceiver || y.oldReceiver,
});
