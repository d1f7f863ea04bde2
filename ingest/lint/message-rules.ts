/** Lint rules over the message definitions the CRs state (after the chain, before decisions). */
import type { MessageDef, PropertyDef, VariantDef } from '../definitions.ts';
import type { Finding } from '../model.ts';
import { finding } from '../rules.ts';

const isCamel = (n: string) => /^[a-z][A-Za-z0-9]*$/.test(n);
const isPascal = (n: string) => /^[A-Z][a-z]+[A-Za-z0-9]*$/.test(n);

export function inconsistentNaming(messages: MessageDef[]): Finding[] {
  const out = new Map<string, Finding>();
  for (const m of messages) {
    for (const v of m.variants) {
      const camel = v.properties.filter((p) => isCamel(p.name)).length;
      for (const p of v.properties) {
        if (isPascal(p.name) && camel > v.properties.length / 2) {
          const f = finding('naming-inconsistent-case', p.loc, `"${p.name}" is PascalCase among camelCase siblings (${v.properties.filter((x) => isCamel(x.name)).map((x) => x.name).join(', ')})`, `${p.section}:${p.name}`);
          out.set(f.key, f);
        }
      }
    }
  }
  return [...out.values()];
}

function typeOf(p: PropertyDef | undefined): string | undefined {
  const t = p?.schema.type;
  return typeof t === 'string' ? t : undefined;
}

/** A success instance that the error definition would also accept (objects read as open, as the CR writes them). */
function overlaps(success: VariantDef, error: VariantDef): boolean {
  return error.properties.every((e) => {
    const s = success.properties.find((p) => p.name === e.name);
    if (!s) return !e.required;
    if (typeOf(s) !== typeOf(e)) return false;
    const fixed = s.schema.const ?? (s.schema.enum as unknown[] | undefined)?.[0];
    const errorFixed = e.schema.const ?? e.schema.enum;
    return fixed === undefined || errorFixed === undefined || JSON.stringify(errorFixed).includes(JSON.stringify(fixed));
  });
}

export function ambiguousResponses(messages: MessageDef[]): Finding[] {
  const out: Finding[] = [];
  for (const m of messages) {
    if (m.envelope === 'jsonrpc') continue; // result and error members tell them apart
    const success = m.variants.find((v) => v.role === 'success');
    const error = m.variants.find((v) => v.role === 'error');
    if (success && error && overlaps(success, error)) {
      out.push(finding('ambiguous-responses', error.loc, `${m.name}: every success response (line ${success.loc.line}) also matches the error response definition; a validator cannot tell them apart`, `${m.section}:${m.name}`));
    }
  }
  return out;
}

export function mixedEnvelopes(messages: MessageDef[]): Finding[] {
  const out: Finding[] = [];
  const byInterface = new Map<string, MessageDef[]>();
  for (const m of messages) byInterface.set(m.interface, [...(byInterface.get(m.interface) ?? []), m]);
  for (const [iface, list] of byInterface) {
    const envelopes = [...new Set(list.map((m) => m.envelope))];
    if (envelopes.length < 2) continue;
    const second = list.find((m) => m.envelope === envelopes[1])!;
    out.push(finding('mixed-envelopes', second.loc, `interface ${iface} carries ${envelopes.join(' and ')} envelopes on one connection (${second.name} is ${second.envelope}, ${list.find((m) => m.envelope === envelopes[0])!.name} is ${envelopes[0]}); a receiver needs a rule to tell them apart`, iface));
  }
  return out;
}

/** JSON-RPC error objects carry code, message and data only; anything else said mandatory there cannot be. */
export function impossibleMandatory(messages: MessageDef[]): Finding[] {
  const out: Finding[] = [];
  for (const m of messages) {
    for (const v of m.variants) {
      if (v.member !== 'error') continue;
      for (const p of v.properties) {
        if (p.required && !['code', 'message', 'data'].includes(p.name)) {
          out.push(finding('impossible-mandatory', p.loc, `"${p.name}" is said mandatory for both "result" and "error" of ${m.name}, but an error response cannot carry it`, `${m.section}:${m.name}:${p.name}`));
        }
      }
    }
  }
  return out;
}

/** One name, several declared types: each declaration that disagrees with what the examples use. */
export function typeConflicts(messages: MessageDef[], exampleTypes: Map<string, string>): Finding[] {
  const declared = new Map<string, PropertyDef[]>();
  // A copy made by a prose reference is declared at its origin, and reported there.
  for (const m of messages) for (const v of m.variants) for (const p of v.properties) if (typeOf(p) && !p.origin) declared.set(p.name, [...(declared.get(p.name) ?? []), p]);
  const out = new Map<string, Finding>();
  for (const [name, props] of declared) {
    const types = [...new Set(props.map((p) => typeOf(p)!))];
    if (types.length < 2) continue;
    const counts = types.map((t) => ({ t, n: props.filter((p) => typeOf(p) === t).length }));
    const expected = exampleTypes.get(name) ?? counts.sort((a, b) => b.n - a.n)[0]!.t;
    for (const p of props) {
      if (typeOf(p) === expected) continue;
      const f = finding('type-conflict', p.loc, `"${name}" is declared ${typeOf(p)} here but ${expected} elsewhere in the spec (${types.join(' vs ')})`, `${p.section}:${name}@${p.loc.line}`);
      out.set(f.key, f);
    }
  }
  return [...out.values()];
}

/** A name listed twice in one definition: the schema keeps the last, so the first is silently lost. */
export function duplicateParameters(messages: MessageDef[]): Finding[] {
  const out: Finding[] = [];
  for (const m of messages) {
    for (const v of m.variants) {
      const seen = new Set<string>();
      for (const p of v.properties) {
        if (seen.has(p.name)) out.push(finding('duplicate-parameter', p.loc, `"${p.name}" is defined twice in ${m.name}; the schema keeps this later definition`, `${p.section}:${m.name}:${p.name}`));
        seen.add(p.name);
      }
    }
  }
  return out;
}
