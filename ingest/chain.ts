/**
 * applyChain: the message definitions of each CR, in manifest order → the current spec.
 * A later CR that restates a message replaces it; one whose change proposal says it adds, renames or
 * modifies parameters amends it. Prose references are resolved against the spec as it stands; each
 * prose edit applies to the message and variant it names, nothing else. What cannot be applied is reported.
 */
import type { Statement } from './amend.ts';
import type { MessageDef, PropertyDef, PropertyRef, VariantDef } from './definitions.ts';
import type { SectionEdits } from './extract.ts';
import type { Finding, Loc } from './model.ts';
import { finding } from './rules.ts';
import { exampleKey } from './decisions.ts';
import { applyStatement } from './apply-statement.ts';

export interface CrDefinitions {
  file: string;
  messages: MessageDef[];
  edits: SectionEdits[];
}

const keyOf = (m: { interface: string; name: string }) => `${m.interface}/${m.name}`;

/**
 * What the chain retired: messages a CR deleted (`<interface>/<name>`), examples a later restatement replaced
 * (exampleKey) and properties some CR stated that the current spec no longer has (`<interface>/<name>:<property>`).
 */
export interface Retired {
  messages: Set<string>;
  examples: Set<string>;
  properties: Set<string>;
}

export function applyChain(crs: CrDefinitions[]): { messages: MessageDef[]; findings: Finding[]; retired: Retired } {
  const current = new Map<string, MessageDef>();
  const findings: Finding[] = [];
  const retired: Retired = { messages: new Set(), examples: new Set(), properties: new Set() };
  const stated = new Set<string>();
  const propertyKeys = (m: MessageDef) => m.variants.flatMap((v) => v.properties.map((p) => `${keyOf(m)}:${p.name}`));
  const retireExamples = (message: MessageDef, kept: MessageDef['examples']) => {
    for (const e of message.examples) if (!kept.includes(e)) retired.examples.add(exampleKey(keyOf(message), e.loc));
  };
  for (const cr of crs) {
    for (const edit of cr.edits.filter(
      (e) => e.action === 'delete' && !cr.messages.some((m) => m.section === e.section),
    )) {
      for (const m of [...current.values()]) {
        if (m.section !== edit.section || m.interface !== edit.interface) continue;
        current.delete(keyOf(m));
        retired.messages.add(keyOf(m));
      }
    }
    findings.push(...takenSections(cr, current));
    for (const message of cr.messages) {
      const existing = current.get(keyOf(message));
      // An example alone illustrates the definition the spec already has; only a new message is inferred from it.
      if (message.inferred && existing) {
        current.set(keyOf(message), { ...existing, examples: [...existing.examples, ...message.examples] });
        continue;
      }
      if (message.inferred)
        findings.push(
          finding(
            'inferred-schema',
            message.loc,
            `${message.name} is stated only by this example; its schema is inferred from it (every member present is mandatory, no others allowed); confirm it with a decision`,
            `${message.section}:${message.name}`,
          ),
        );
      const amending = cr.edits.some((a) => a.section === message.section && a.mode === 'amend');
      // A restated definition replaces the earlier one, with its examples; a merge keeps them.
      if (existing && !amending) retireExamples(existing, []);
      current.set(keyOf(message), existing && amending ? amend(existing, message) : message);
    }
    for (const message of cr.messages) findings.push(...resolveReferences(current.get(keyOf(message))!, current));
    for (const edit of cr.edits)
      findings.push(
        ...applyEdits(edit, current, (m) => {
          m.examples = m.examples.map((e) => (e.loc.file === cr.file ? e : { ...e, amendedBy: cr.file }));
        }),
      );
    for (const m of current.values()) for (const k of propertyKeys(m)) stated.add(k);
  }
  const present = new Set([...current.values()].flatMap(propertyKeys));
  for (const k of stated) if (!present.has(k)) retired.properties.add(k);
  return { messages: [...current.values()], findings, retired };
}

/**
 * A CR that adds a section whose number an earlier CR already gave to other messages: two CRs drafted against
 * the same baseline picked the same next number. Both sets of messages are kept, under one number.
 */
function takenSections(cr: CrDefinitions, current: Map<string, MessageDef>): Finding[] {
  const findings: Finding[] = [];
  for (const edit of cr.edits.filter((e) => e.action === 'add')) {
    const added = cr.messages.filter((m) => m.section === edit.section && m.interface === edit.interface);
    const earlier = [...current.values()].filter(
      (m) => m.section === edit.section && m.interface === edit.interface && !added.some((a) => keyOf(a) === keyOf(m)),
    );
    if (added.length === 0 || earlier.length === 0) continue;
    const files = [...new Set(earlier.map((m) => m.loc.file))].join(', ');
    findings.push(
      finding(
        'section-taken',
        edit.loc,
        `this CR adds §${edit.section}, but ${files} already numbered ${earlier.map((m) => m.name).join(', ')} §${edit.section}; both are kept under one number: renumber the section in one of the CRs`,
        `${edit.interface}:${edit.section}:${added.map((m) => m.name).join(',')}`,
      ),
    );
  }
  return findings;
}

/** Fills each variant's properties stated by reference from the definition the reference names. */
function resolveReferences(message: MessageDef, current: Map<string, MessageDef>): Finding[] {
  const findings: Finding[] = [];
  for (const variant of message.variants) {
    for (const ref of variant.refs ?? []) {
      const found = referencedVariant(message, variant, ref, current);
      const source = found?.variant;
      if (!source) {
        findings.push(
          finding(
            'unresolved-reference',
            ref.loc,
            `"${ref.text}" names no ${ref.section ? `definition in §${ref.section}` : `message titled "${ref.title}"`} with ${ref.names.map((n) => `"${n}"`).join(', ')}`,
            `${message.section}:${message.name}:${ref.section ?? ref.title}`,
          ),
        );
        continue;
      }
      for (const name of ref.names) {
        const p = source.properties.find((x) => x.name === name)!;
        const origin = p.origin ?? { message: keyOf(found!.message), variant: found!.variant.role };
        if (!variant.properties.some((x) => x.name === name))
          variant.properties.push({
            ...p,
            schema: structuredClone(p.schema),
            loc: ref.loc,
            section: message.section,
            origin,
          });
      }
    }
    delete variant.refs;
  }
  return findings;
}

function referencedVariant(
  message: MessageDef,
  variant: VariantDef,
  ref: PropertyRef,
  current: Map<string, MessageDef>,
): { message: MessageDef; variant: VariantDef } | undefined {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/\b(request|response)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const kind = ref.fromSide ?? (variant.role === 'request' ? 'request' : 'response');
  const candidates = [...current.values()].filter(
    (m) =>
      m !== message &&
      m.kind === kind &&
      (ref.section
        ? m.section === ref.section
        : words(m.sectionTitle) === words(ref.title ?? '') ||
          m.variants.some((v) => words(v.title) === words(ref.title ?? ''))),
  );
  candidates.sort((a, b) => Number(b.interface === message.interface) - Number(a.interface === message.interface));
  const has = (v: VariantDef) => ref.names.every((n) => v.properties.some((p) => p.name === n));
  for (const m of candidates) {
    const same = m.variants.find(
      (v) => (v.role === variant.role || (variant.role === 'success' && v.role === 'single')) && has(v),
    );
    if (same) return { message: m, variant: same };
  }
  for (const m of candidates) {
    const any = m.variants.find(has);
    if (any) return { message: m, variant: any };
  }
  return undefined;
}

/**
 * `supersede`: called for each message an edit changes. An example illustrates the definition its CR states:
 * once a later CR edits the message, the examples of earlier CRs may show a shape the spec no longer has
 * (reviewExamples keeps those the amended definition still accepts).
 */
function applyEdits(
  edit: SectionEdits,
  current: Map<string, MessageDef>,
  supersede: (message: MessageDef) => void,
): Finding[] {
  const findings: Finding[] = [];
  const inSection = [...current.values()].filter((m) => m.section === edit.section && m.interface === edit.interface);
  const report = (name: string, loc: Loc, why: string) =>
    finding(
      'unapplied-change',
      loc,
      `change to "${name}" in §${edit.section} is not applied: ${why}; express it as a decision`,
      `${edit.section}:${name}`,
    );
  // A restated table replaces its properties first, so that the prose around it refines the restatement;
  // a table that restates a name only a statement introduces (a rename, an addition) waits for the statements.
  const restate = (update: SectionEdits['propertyUpdates'][number], last: boolean): boolean => {
    const names = update.properties.map((p) => p.name);
    const holders = inSection.flatMap((m) =>
      m.variants.filter((v) => onSide(m, v, update.side) && v.properties.some((p) => names.includes(p.name))),
    );
    if (!holders.length) {
      if (last)
        findings.push(
          report(
            names.join(', '),
            update.loc,
            `the table restates ${names.join(', ')}, which no message of §${edit.section} has`,
          ),
        );
      return false;
    }
    // A row the message does not have yet is part of the restated definition: it is added, not dropped, to the
    // variants the table restates best (most of its rows), not to every variant that shares one name with it.
    const shared = (v: VariantDef) => v.properties.filter((p) => names.includes(p.name)).length;
    const best = Math.max(...holders.map(shared));
    for (const v of holders) {
      if (update.replaces && shared(v) === best) {
        v.properties = update.properties.filter((u) => !u.only || u.only === v.role);
        continue;
      }
      v.properties = [
        ...v.properties.map((p) => update.properties.find((u) => u.name === p.name) ?? p),
        ...(shared(v) === best ? update.properties.filter((u) => !v.properties.some((p) => p.name === u.name)) : []),
      ];
    }
    for (const m of inSection) if (m.variants.some((v) => holders.includes(v))) supersede(m);
    return true;
  };
  const waiting = edit.propertyUpdates.filter((u) => !restate(u, false));
  for (const s of edit.statements) {
    const targets = targetVariants(inSection, s);
    if (!targets.length) {
      findings.push(
        report(
          s.name,
          s.loc,
          `no ${s.target.title ? `"${s.target.title}" ` : ''}${s.target.side ?? 'message'} in §${edit.section} to apply "${s.text}" to`,
        ),
      );
      continue;
    }
    const applied = targets.filter(({ variant }) => applyStatement(variant, s));
    for (const message of new Set(applied.map((t) => t.message))) supersede(message);
    if (applied.length && s.unread)
      findings.push(
        finding(
          'unread-constraint',
          s.loc,
          `"${s.unread}" in the change to "${s.name}" in §${edit.section} is not read into the schema; the rest of the sentence is applied`,
          `${edit.section}:${s.name}:unread`,
        ),
      );
    if (!applied.length)
      findings.push(
        report(
          s.name,
          s.loc,
          `${targets.map((t) => `${t.message.name}${t.variant.role === 'request' || t.variant.role === 'single' ? '' : ` (${t.variant.role})`}`).join(', ')} has no parameter "${[...s.target.path, s.name].join('.')}"`,
        ),
      );
  }
  for (const u of edit.unread)
    findings.push(
      report(
        u.text.slice(0, 50),
        u.loc,
        `the reader cannot read "${u.text}" as a rename, addition, removal, presence, type or value change`,
      ),
    );
  for (const update of waiting) restate(update, true);
  return findings;
}

/** Whether a variant is on the side a restated table's introduction names (any, when it names none). */
function onSide(
  message: MessageDef,
  variant: VariantDef,
  side: SectionEdits['propertyUpdates'][number]['side'],
): boolean {
  if (side === 'request') return message.kind === 'request';
  if (side === 'success') return variant.role === 'success' || variant.role === 'single';
  if (side === 'error') return variant.role === 'error';
  return true;
}

function targetVariants(messages: MessageDef[], s: Statement): { message: MessageDef; variant: VariantDef }[] {
  const words = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  let candidates = messages.filter(
    (m) => !s.target.side || (s.target.side === 'request' ? m.kind === 'request' : m.kind === 'response'),
  );
  if (s.target.title) {
    const titled = candidates.filter(
      (m) =>
        words(m.sectionTitle).includes(words(s.target.title!)) ||
        m.variants.some((v) => words(v.title).includes(words(s.target.title!))),
    );
    if (titled.length) candidates = titled;
  }
  return candidates.flatMap((message) =>
    message.variants
      .filter((v) =>
        s.target.side === 'success'
          ? v.role === 'success' || v.role === 'single'
          : s.target.side === 'error'
            ? v.role === 'error'
            : true,
      )
      .map((variant) => ({ message, variant })),
  );
}

function amend(base: MessageDef, change: MessageDef): MessageDef {
  const variants: VariantDef[] = base.variants.map((variant) => {
    const update = change.variants.find((v) => v.role === variant.role);
    return update
      ? {
          ...variant,
          properties: mergeProperties(variant.properties, update.properties),
          ...(update.refs ? { refs: update.refs } : {}),
        }
      : variant;
  });
  for (const v of change.variants) if (!variants.some((b) => b.role === v.role)) variants.push(v);
  return { ...base, variants, examples: [...base.examples, ...change.examples] };
}

function mergeProperties(base: PropertyDef[], update: PropertyDef[]): PropertyDef[] {
  const merged = base.map((p) => update.find((u) => u.name === p.name) ?? p);
  return [...merged, ...update.filter((u) => !base.some((p) => p.name === u.name))];
}
