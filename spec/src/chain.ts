/**
 * applyChain: the message definitions of each CR, in manifest order → the current spec.
 * A later CR that restates a message replaces it; one whose change proposal says it adds, renames or
 * modifies parameters amends it: properties merge by name, renames and removals apply.
 */
import type { MessageDef, PropertyDef, VariantDef } from './definitions.ts';
import type { Amendment } from './extract.ts';

export interface CrDefinitions {
  file: string;
  messages: MessageDef[];
  amendments: Amendment[];
}

const keyOf = (m: { interface: string; name: string }) => `${m.interface}/${m.name}`;

export function applyChain(crs: CrDefinitions[]): MessageDef[] {
  const current = new Map<string, MessageDef>();
  for (const cr of crs) {
    for (const message of cr.messages) {
      const existing = current.get(keyOf(message));
      const amending = cr.amendments.some((a) => a.section === message.section && a.mode === 'amend');
      current.set(keyOf(message), existing && amending ? amend(existing, message) : message);
    }
    for (const amendment of cr.amendments) {
      if (!amendment.renames.length && !amendment.removals.length) continue;
      for (const [key, message] of current) {
        if (message.section !== amendment.section || message.interface !== amendment.interface) continue;
        const variants = message.variants.map((variant) => ({
          ...variant,
          properties: variant.properties
            .filter((p) => !amendment.removals.some((r) => r.name === p.name))
            .map((p) => {
              const rename = amendment.renames.find((r) => r.from === p.name);
              return rename ? { ...p, name: rename.to, loc: rename.loc } : p;
            }),
        }));
        current.set(key, { ...message, variants });
      }
    }
  }
  return [...current.values()];
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
