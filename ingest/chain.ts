/**
 * applyChain: the message definitions of each CR, in manifest order → the current spec.
 * A later CR that restates a message replaces it; one whose change proposal says it adds, renames or
 * modifies parameters amends it: properties merge by name, renames, removals and cardinality changes
 * apply. A change its prose states that none of these expresses is reported, not guessed at.
 */
import type { MessageDef, PropertyDef, VariantDef } from './definitions.ts';
import type { Amendment } from './extract.ts';
import type { Finding, Loc } from './model.ts';
import { finding } from './rules.ts';

export interface CrDefinitions {
  file: string;
  messages: MessageDef[];
  amendments: Amendment[];
}

const keyOf = (m: { interface: string; name: string }) => `${m.interface}/${m.name}`;

export function applyChain(crs: CrDefinitions[], findings: Finding[] = []): MessageDef[] {
  const current = new Map<string, MessageDef>();
  for (const cr of crs) {
    for (const message of cr.messages) {
      const existing = current.get(keyOf(message));
      const amending = cr.amendments.some((a) => a.section === message.section && a.mode === 'amend');
      current.set(keyOf(message), existing && amending ? amend(existing, message) : message);
    }
    for (const amendment of cr.amendments) {
      const amended = [...current.values()].filter((m) => m.section === amendment.section && m.interface === amendment.interface);
      // Prose of a section that defines no message yet has nothing to change.
      if (!amended.length) continue;
      for (const message of amended) current.set(keyOf(message), applyAmendment(message, amendment));
      findings.push(...unappliedChanges(amendment, amended));
    }
  }
  return [...current.values()];
}

function applyAmendment(message: MessageDef, amendment: Amendment): MessageDef {
  const variants = message.variants.map((variant) => ({
    ...variant,
    properties: variant.properties
      .filter((p) => !amendment.removals.some((r) => r.name === p.name))
      .map((p) => {
        const rename = amendment.renames.find((r) => r.from === p.name);
        const renamed = rename ? { ...p, name: rename.to, loc: rename.loc } : p;
        const presence = amendment.presence.find((c) => c.name === p.name || c.name === renamed.name);
        return presence ? { ...renamed, required: presence.required } : renamed;
      }),
  }));
  return { ...message, variants };
}

/** Changes the tool could not apply: ones it cannot express, and ones naming a parameter the section's messages lack. */
function unappliedChanges(amendment: Amendment, messages: MessageDef[]): Finding[] {
  const names = new Set(messages.flatMap((m) => m.variants.flatMap((v) => v.properties.map((p) => p.name))));
  for (const r of amendment.renames) if (names.has(r.from)) names.add(r.to);
  const which = messages.map((m) => m.name).join(', ');
  const report = (name: string, loc: Loc, why: string) =>
    finding('unapplied-change', loc, `change to "${name}" in §${amendment.section} is not applied to ${which}: ${why}; express it as a decision`, `${amendment.section}:${name}`);
  return [
    ...amendment.unapplied.map((c) => report(c.name, c.loc, `the tool cannot apply "${c.statement}"`)),
    ...amendment.presence.filter((c) => !names.has(c.name)).map((c) => report(c.name, c.loc, `no parameter "${c.name}" to make ${c.required ? 'mandatory' : 'optional'}`)),
    ...amendment.renames.filter((r) => !names.has(r.from) && !names.has(r.to)).map((r) => report(r.from, r.loc, `no parameter "${r.from}" to rename`)),
  ];
}

function amend(base: MessageDef, change: MessageDef): MessageDef {
  const variants: VariantDef[] = base.variants.map((variant) => {
    const update = change.variants.find((v) => v.role === variant.role);
    return update ? { ...variant, properties: mergeProperties(variant.properties, update.properties) } : variant;
  });
  for (const v of change.variants) if (!variants.some((b) => b.role === v.role)) variants.push(v);
  return { ...base, variants, examples: [...base.examples, ...change.examples] };
}

function mergeProperties(base: PropertyDef[], update: PropertyDef[]): PropertyDef[] {
  const merged = base.map((p) => update.find((u) => u.name === p.name) ?? p);
  return [...merged, ...update.filter((u) => !base.some((p) => p.name === u.name))];
}
