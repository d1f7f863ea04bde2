/**
 * The spec editors' recorded decisions (spec/decisions.yaml): each names the findings it resolves,
 * says why, and may carry actions the normaliser applies to the message definitions.
 */
import { readFile } from 'node:fs/promises';
import YAML, { isMap, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import { OmaspecError, type ErrorLocation } from '../core/errors.ts';
import type { Retired } from './chain.ts';
import type { JsonSchema, MessageDef, PropertyDef, VariantDef } from './definitions.ts';
import type { Loc } from './model.ts';
import { keywordError } from './schema-block.ts';
import { isRecord } from '../core/guards.ts';
import { UNRESOLVED_KEYWORD } from '../core/spec-format.ts';

export interface Target {
  /** `<interface>/<name>`, e.g. `aoi1/clientAppRegistrationRes`. */
  message: string;
  /** success | error | request | single; all variants when absent. */
  variant?: string;
  property?: string;
}

export type Action =
  | { patch: Target & { schema: JsonSchema } }
  | { require: Target & { required: boolean } }
  | { remove: Target }
  | { rename: Target & { to: string } }
  /** `cr` (the CR file name) is needed only when examples of the message in two CRs share the line. */
  | { example: { message: string; line: number; cr?: string; verdict: 'valid' | 'invalid' } }
  | { provisional: { message: string } }
  /** A breaking change `omaspec diff` reports, accepted by the spec editors: `key` as the diff prints it. */
  | { 'accept-break': { key: string } };

export interface Decision {
  id: string;
  title: string;
  resolves: string[];
  rationale: string;
  actions?: Action[];
}

export class DecisionError extends OmaspecError {
  /** `decision` is the id ('' when the file as a whole is wrong); `location` the place in decisions.yaml. */
  constructor(
    message: string,
    readonly decision: string,
    location?: ErrorLocation,
    code: 'INGEST_DECISION' | 'INGEST_DECISIONS_SYNTAX' = 'INGEST_DECISION',
  ) {
    super(code, decision ? `decision ${decision}: ${message}` : message, { location });
  }
}

/** Where a decision (or its `action`-th action) is written in decisions.yaml, for errors about it. */
export type LocateDecision = (decision: string, action?: number) => ErrorLocation | undefined;

export interface DecisionsFile {
  decisions: Decision[];
  text: string;
  locate: LocateDecision;
}

export async function readDecisions(file: string): Promise<DecisionsFile> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { decisions: [], text, locate: () => undefined };
  }
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const at = (offset: number | undefined): ErrorLocation => ({ file, ...lineCounter.linePos(offset ?? 0) });
  const [syntax] = doc.errors;
  if (syntax) throw new DecisionError(syntax.message.split('\n')[0]!, '', at(syntax.pos[0]), 'INGEST_DECISIONS_SYNTAX');
  const data = doc.toJS() as { decisions?: Decision[] } | null;
  const decisions = data?.decisions ?? [];
  const list = isMap(doc.contents) ? doc.contents.get('decisions', true) : undefined;
  if (!Array.isArray(decisions) || !isSeq(list))
    throw new DecisionError('"decisions" must be a list', '', at(list?.range?.[0]), 'INGEST_DECISIONS_SYNTAX');
  const nodeOf = (i: number) => list.items[i] as YamlNode | undefined;
  decisions.forEach((d: unknown, i) => {
    const id = isRecord(d) && typeof d.id === 'string' ? d.id : '?';
    if (!isRecord(d) || id === '?' || !Array.isArray(d.resolves) || !d.title)
      throw new DecisionError('needs id, title and resolves', id, at(nodeOf(i)?.range?.[0]));
    if (d.actions !== undefined && (!Array.isArray(d.actions) || !d.actions.every(isRecord)))
      throw new DecisionError('"actions" must be a list of actions', id, at(nodeOf(i)?.range?.[0]));
  });
  const locate: LocateDecision = (id, action) => {
    const i = decisions.findIndex((d) => d.id === id);
    const node = nodeOf(i);
    if (!node) return undefined;
    const actions = isMap(node) ? node.get('actions', true) : undefined;
    const actionNode =
      action !== undefined && isSeq(actions) ? (actions.items[action] as YamlNode | undefined) : undefined;
    return at((actionNode ?? node).range?.[0]);
  };
  return { decisions, text, locate };
}

/** An example is named by its message and its place: line numbers alone repeat across CRs. */
/** An action on a property a later CR restated away or removed: skipped, so the decision is reported stale. */
class Superseded extends Error {
  constructor(readonly target: string) {
    super(`${target} was retired by a later CR`);
  }
}

export function exampleKey(message: string, loc: Loc): string {
  return `${message}@${loc.file}:${loc.line}`;
}

export interface Applied {
  messages: MessageDef[];
  /** `<interface>/<name>` of messages made provisional by a decision. */
  provisional: Set<string>;
  /** Example verdicts by `exampleKey`. */
  verdicts: Map<string, { verdict: 'valid' | 'invalid'; decision: string }>;
  /** Actions naming a message or example the spec no longer has (a later CR deleted or superseded it): skipped, the decision is stale. */
  skipped: { decision: string; message: string }[];
  /** Actions on a property a CR's prose amendment changed: applied (the decision holds), and reported at the amendment. */
  overridden: { decision: string; message: string; property: string; amendedAt: Loc }[];
}

/** Apply every action; returns new definitions and never mutates its input. */
/**
 * `retired`: messages and examples the CR chain removed; actions on them are skipped (stale), not errors.
 * `locate` places a failing action in decisions.yaml (readDecisions gives it).
 */
export function applyDecisions(
  input: MessageDef[],
  decisions: Decision[],
  retired: Retired = { messages: new Set(), examples: new Set(), properties: new Set() },
  locate: LocateDecision = () => undefined,
  /** The definitions are the spec after only its first CRs: an action on what a later CR brings is skipped. */
  partial = false,
): Applied {
  let actionIndex: number | undefined;
  const fail = (message: string, decision: string) =>
    new DecisionError(message, decision, locate(decision, actionIndex) ?? locate(decision));
  const messages = structuredClone(input);
  const provisional = new Set<string>();
  const verdicts: Applied['verdicts'] = new Map();
  const skipped: Applied['skipped'] = [];
  const overridden: Applied['overridden'] = [];
  const known = new Set(messages.map((x) => `${x.interface}/${x.name}`));
  const find = (ref: string, decision: string) => {
    const m = messages.find((x) => `${x.interface}/${x.name}` === ref);
    if (!m) throw fail(`no message ${ref}`, decision);
    return m;
  };
  const targetOf = (action: Action): string | undefined => Object.values(action)[0]?.message;
  const variantsOf = (t: Target, decision: string): VariantDef[] => {
    const all = find(t.message, decision).variants;
    const chosen = t.variant ? all.filter((v) => v.role === t.variant) : all;
    if (!chosen.length) throw fail(`${t.message} has no ${t.variant} variant`, decision);
    return chosen;
  };
  /** Copies of a property made by prose references ("as for 10.1.5") follow decisions on the original. */
  const copiesOf = (v: VariantDef, t: Target) =>
    messages.flatMap((m) =>
      m.variants.flatMap((cv) =>
        cv.properties.filter(
          (p) => p.name === t.property && p.origin?.message === t.message && p.origin.variant === v.role,
        ),
      ),
    );
  const propertyOf = (v: VariantDef, t: Target, decision: string) => {
    const p = v.properties.find((x) => x.name === t.property);
    if (!p && retired.properties.has(`${t.message}:${t.property}`)) throw new Superseded(`${t.message} ${t.property}`);
    if (!p) throw fail(`${t.message} (${v.role}) has no property ${t.property}`, decision);
    return p;
  };
  for (const d of decisions) {
    for (const [index, action] of (d.actions ?? []).entries()) {
      actionIndex = index;
      try {
        applyAction(d, action);
      } catch (error) {
        if (error instanceof Superseded) {
          skipped.push({ decision: d.id, message: error.target });
          continue;
        }
        if (!partial || !(error instanceof DecisionError)) throw error;
        skipped.push({ decision: d.id, message: targetOf(action) ?? '?' });
      }
    }
  }
  return { messages, provisional, verdicts, skipped, overridden };

  /** A decision that changes a property a CR amended is reported at the amendment (once per message and property). */
  function overrides(d: Decision, t: Target, p: PropertyDef): void {
    if (p.amendedAt) overridden.push({ decision: d.id, message: t.message, property: p.name, amendedAt: p.amendedAt });
  }

  function applyAction(d: Decision, action: Action): void {
    const target = targetOf(action);
    if (typeof target === 'string' && !known.has(target) && retired.messages.has(target)) {
      skipped.push({ decision: d.id, message: target });
      return;
    }
    if ('patch' in action) {
      for (const [keyword, value] of Object.entries(action.patch.schema)) {
        const invalid = value === null ? undefined : keywordError(keyword, value);
        if (invalid)
          throw fail(
            `patch of ${action.patch.message} ${action.patch.property}: "${keyword}" is not valid JSON Schema (${invalid})`,
            d.id,
          );
      }
      for (const v of variantsOf(action.patch, d.id)) {
        for (const p of [propertyOf(v, action.patch, d.id), ...copiesOf(v, action.patch)]) {
          const changes = Object.entries(action.patch.schema).some(
            ([k, value]) => JSON.stringify(p.schema[k] ?? null) !== JSON.stringify(value),
          );
          if (changes) overrides(d, action.patch, p);
          // A patch of a schema the CR left unresolved states it: the placeholder that rejects every value goes.
          if (UNRESOLVED_KEYWORD in p.schema) {
            delete p.schema.not;
            delete p.schema[UNRESOLVED_KEYWORD];
          }
          p.schema = { ...p.schema, ...action.patch.schema };
          for (const [k, value] of Object.entries(action.patch.schema)) if (value === null) delete p.schema[k];
        }
      }
    } else if ('require' in action) {
      for (const v of variantsOf(action.require, d.id))
        for (const p of [propertyOf(v, action.require, d.id), ...copiesOf(v, action.require)]) {
          if (p.required !== action.require.required) overrides(d, action.require, p);
          p.required = action.require.required;
        }
    } else if ('remove' in action) {
      for (const v of variantsOf(action.remove, d.id)) {
        overrides(d, action.remove, propertyOf(v, action.remove, d.id));
        v.properties = v.properties.filter((p) => p.name !== action.remove.property);
      }
    } else if ('rename' in action) {
      for (const v of variantsOf(action.rename, d.id)) {
        const p = propertyOf(v, action.rename, d.id);
        overrides(d, action.rename, p);
        p.name = action.rename.to;
      }
    } else if ('example' in action) {
      const { message, line, cr, verdict } = action.example;
      const matching = find(message, d.id).examples.filter((e) => e.loc.line === line && (!cr || e.loc.file === cr));
      const superseded = [...retired.examples].some(
        (key) => key.startsWith(`${message}@${cr ?? ''}`) && key.endsWith(`:${line}`),
      );
      if (!matching.length && superseded) {
        skipped.push({ decision: d.id, message: `${message} example at line ${line}` });
        return;
      }
      if (!matching.length) throw fail(`${message} has no example at line ${line}${cr ? ` of ${cr}` : ''}`, d.id);
      if (matching.length > 1)
        throw fail(
          `${message} has examples at line ${line} in ${matching.map((e) => e.loc.file).join(' and ')}; name the cr`,
          d.id,
        );
      verdicts.set(exampleKey(message, matching[0]!.loc), { verdict, decision: d.id });
    } else if ('provisional' in action) {
      find(action.provisional.message, d.id);
      provisional.add(action.provisional.message);
    } else if ('accept-break' in action) {
      // For `omaspec diff`, which marks the finding accepted; nothing to apply to the definitions.
      if (typeof action['accept-break']?.key !== 'string')
        throw new DecisionError('accept-break needs the key of the diff finding it accepts', d.id);
    } else {
      throw fail(`unknown action ${Object.keys(action).join(', ')}`, d.id);
    }
  }
}
