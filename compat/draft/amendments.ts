/**
 * Prose amendments in the forms of CR-STYLE.md ("The “x” parameter of the … request becomes mandatory", "… is
 * removed", "… is renamed …", "… is restricted to the values …") for a message whose variants changed only in
 * which members are present, mandatory or renamed in place and which values they take. Each sentence
 * is read back with the CR reader's own amendment reader and kept only if it reads as meant; otherwise (or for
 * any other change) the caller restates the message.
 */
import { readAmendments } from '../../ingest/amend.ts';
import { asStated, statedForm, type Message, type Schema } from './blocks.ts';

interface Body {
  /** The variant as an amendment names it: "Client Application Registration request", "… response “result” member". */
  target: string;
  side: 'request' | 'success' | 'error';
  object: Schema;
  /** The variant without the body's members and presence, which an amendment leaves as they are. */
  rest: string;
}

export function amendments(before: Message, after: Message): string[] | undefined {
  if (JSON.stringify(statedForm(before)[0]) !== JSON.stringify(statedForm(after)[0])) return undefined;
  const [a, b] = [bodies(before), bodies(after)];
  if (!a || !b || a.length !== b.length) return undefined;
  const sentences: string[] = [];
  for (const [i, old] of a.entries()) {
    const now = b[i]!;
    if (old.target !== now.target || old.rest !== now.rest) return undefined;
    const edits = memberEdits(old.object, now.object);
    if (!edits) return undefined;
    for (const [name, edit] of edits) {
      const sentence = sentenceOf(name, now.target, edit);
      if (!readsAsMeant(sentence, name, edit, now.side)) return undefined;
      sentences.push(sentence);
    }
  }
  return sentences;
}

/** Members removed or whose presence changed, in order; undefined when anything else differs. */
type MemberEdit = 'remove' | 'mandatory' | 'optional' | { restrict: (string | number)[] } | { rename: string };

function memberEdits(a: Schema, b: Schema): [string, MemberEdit][] | undefined {
  const [pa, pb] = [a.properties ?? {}, b.properties ?? {}] as Record<string, Schema>[];
  const renamed = renames(pa!, pb!);
  const nameNow = (n: string) => renamed.get(n) ?? n;
  const kept = Object.keys(pa!).filter((n) => nameNow(n) in pb!);
  if (kept.map(nameNow).join() !== Object.keys(pb!).join()) return undefined;
  const [ra, rb] = [new Set<string>(a.required ?? []), new Set<string>(b.required ?? [])];
  const edits: [string, MemberEdit][] = Object.keys(pa!)
    .filter((n) => !(nameNow(n) in pb!))
    .map((n) => [n, 'remove']);
  for (const [from, to] of renamed) edits.push([from, { rename: to }]);
  for (const old of kept) {
    const n = nameNow(old);
    const [was, now] = [asStated(pa![old]!, old), asStated(pb![n]!, n)];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      const values = restriction(was, now);
      if (!values) return undefined;
      edits.push([n, { restrict: values }]);
    }
    if (ra.has(old) !== rb.has(n)) edits.push([n, rb.has(n) ? 'mandatory' : 'optional']);
  }
  return edits;
}

/** Members renamed in place: the same number of members, a new name at an old one's position, the same schema. */
function renames(a: Record<string, Schema>, b: Record<string, Schema>): Map<string, string> {
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  const out = new Map<string, string>();
  if (ka.length !== kb.length) return out;
  ka.forEach((n, i) => {
    const to = kb[i]!;
    const same = JSON.stringify(asStated(a[n]!, n)) === JSON.stringify(asStated(b[to]!, to));
    if (n !== to && !(n in b) && !(to in a) && same) out.set(n, to);
  });
  return out;
}

/** The values of `now`'s enum when that is all that differs from `was`: "… is restricted to the values …". */
function restriction(was: Schema, now: Schema): (string | number)[] | undefined {
  const { enum: _old, ...restWas } = was;
  const { enum: values, ...restNow } = now;
  void _old;
  if (JSON.stringify(restWas) !== JSON.stringify(restNow) || !Array.isArray(values) || !values.length) return undefined;
  const plain = values.every((v) => typeof v === 'number' || (typeof v === 'string' && /^[\w.-]+$/.test(v)));
  return plain ? values : undefined;
}

function sentenceOf(name: string, target: string, edit: MemberEdit): string {
  if (typeof edit === 'object' && 'rename' in edit)
    return `The “${name}” parameter of the ${target} is renamed “${edit.rename}”.`;
  if (typeof edit === 'object') {
    const shown = edit.restrict.map((v) => (typeof v === 'string' ? `“${v}”` : String(v)));
    const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
    return `The “${name}” parameter of the ${target} is restricted to the values ${list}.`;
  }
  return `The “${name}” parameter of the ${target} ${edit === 'remove' ? 'is removed' : `becomes ${edit}`}.`;
}

function readsAsMeant(sentence: string, name: string, edit: MemberEdit, side: Body['side']): boolean {
  const { statements } = readAmendments(sentence, { file: 'draft', line: 1, col: 1 });
  const [s] = statements;
  if (statements.length !== 1 || s!.name !== name || s!.target.side !== side || s!.target.path.length) return false;
  if (typeof edit === 'object' && 'rename' in edit) return s!.edit.verb === 'rename' && s!.edit.to === edit.rename;
  if (typeof edit === 'object')
    return s!.edit.verb === 'restrict' && JSON.stringify(s!.edit.values) === JSON.stringify(edit.restrict);
  return edit === 'remove'
    ? s!.edit.verb === 'remove'
    : s!.edit.verb === 'presence' && s!.edit.required === (edit === 'mandatory');
}

/** The variants' member objects with the words that name them; undefined for a message no sentence can name. */
function bodies(m: Message): Body[] | undefined {
  const variants = (m.schema.oneOf ?? [m.schema]) as Schema[];
  const out: Body[] = [];
  for (const variant of variants) {
    const rpc = m.meta.envelope === 'jsonrpc';
    const member = rpc ? (['params', 'result', 'error'] as const).find((k) => variant.properties?.[k]) : undefined;
    const object = (member ? variant.properties[member] : variant) as Schema;
    const title = String(object.description ?? '').replace(/\.$/, '');
    const kind = /^(.*\S)\s+(request|response)$/.exec(title);
    if (!kind || (rpc && !member)) return undefined;
    const side = m.meta.kind === 'request' ? 'request' : /Error$/.test(String(variant.title)) ? 'error' : 'success';
    if ((kind[2] === 'request') !== (side === 'request')) return undefined;
    const target = member
      ? member === 'params'
        ? title
        : `${title} “${member}” member`
      : side === 'request'
        ? title
        : `${kind[1]} ${side} response`;
    const others = Object.fromEntries(Object.entries(object).filter(([k]) => k !== 'properties' && k !== 'required'));
    const rest = JSON.stringify(
      asStated(member ? { ...variant, properties: { ...variant.properties, [member]: others } } : others),
    );
    out.push({ target, side, object, rest });
  }
  return out;
}
