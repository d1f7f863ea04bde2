/**
 * applyStatement: one prose amendment (amend.ts) → the variant it names, edited in place. The parameter
 * may sit in a nested object ("its “code” element"), be named by a plain word of the sentence ("each
 * command array" for “Cmd”), or be an array whose item schema the constraint fits.
 */
import type { Statement } from './amend.ts';
import type { JsonSchema, PropertyDef, VariantDef } from './definitions.ts';
import { applyConstraint, typedValues } from './params/param.ts';

interface Holder {
  names(): string[];
  has(name: string): boolean;
  apply(name: string, s: Statement): void;
}

/**
 * The object a statement's path names, trying the orders its names can nest in (a sentence names the inner
 * object first) and leaving out plain words that name no member; `wanted` picks the one holding the parameter.
 */
function holderFor(variant: VariantDef, s: Statement, wanted: (h: Holder) => boolean): Holder | undefined {
  const loose = new Set(s.target.loose ?? []);
  const kept = (drop: number) => {
    const names = [...loose];
    return s.target.path.filter((p) => !loose.has(p) || !names.some((n, i) => n === p && drop & (1 << i)));
  };
  const seen = new Set<string>();
  let first: Holder | undefined;
  for (let drop = 0; drop < 1 << loose.size; drop++)
    for (const order of orders(kept(drop))) {
      const key = order.join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      const holder = holderAt(variant, order);
      if (holder && wanted(holder)) return holder;
      first ??= holder;
    }
  return first;
}

/** Every order of a few names (paths are two or three deep); longer paths keep their order and its reverse. */
function orders(names: string[]): string[][] {
  if (names.length > 4) return [names, [...names].reverse()];
  if (names.length <= 1) return [names];
  return names.flatMap((n, i) => orders([...names.slice(0, i), ...names.slice(i + 1)]).map((rest) => [n, ...rest]));
}

/** The object schema a nested path names, as a holder of `properties` and `required`. */
function holderAt(variant: VariantDef, path: string[]): Holder | undefined {
  if (!path.length) {
    return {
      names: () => variant.properties.map((p) => p.name),
      has: (name) => variant.properties.some((p) => p.name === name),
      apply: (name, s) => {
        variant.properties = editProperties(variant.properties, name, s);
      },
    };
  }
  const top = variant.properties.find((p) => p.name === path[0]);
  let schema = top?.schema;
  for (const step of path.slice(1)) schema = objectOf(schema)?.properties?.[step];
  const object = objectOf(schema);
  if (!object) return undefined;
  return {
    names: () => Object.keys(object.properties ?? {}),
    has: (name) => Boolean(object.properties?.[name]),
    apply: (name, s) => {
      editNested(object, name, s);
      top!.amendedAt = s.loc;
    },
  };
}

function objectOf(
  schema: JsonSchema | undefined,
): ({ properties?: Record<string, JsonSchema>; required?: string[] } & JsonSchema) | undefined {
  if (!schema) return undefined;
  const holder = schema.type === 'array' ? (schema.items as JsonSchema | undefined) : schema;
  return holder && typeof holder === 'object' && holder.properties
    ? (holder as { properties: Record<string, JsonSchema> })
    : undefined;
}

export function applyStatement(variant: VariantDef, s: Statement): boolean {
  const holder = holderFor(variant, s, (h) =>
    s.edit.verb === 'add' ? true : s.wordName ? nameForWord(s.name, h.names()) !== undefined : h.has(s.name),
  );
  if (!holder) return false;
  if (s.edit.verb === 'add') {
    if (variant.role === 'error' && s.target.side !== 'error') return false;
    holder.apply(s.name, s);
    return true;
  }
  const name = s.wordName ? nameForWord(s.name, holder.names()) : s.name;
  if (name === undefined || !holder.has(name)) return false;
  holder.apply(name, s);
  return true;
}

/**
 * The one parameter a plain word of the sentence stands for: the name itself, its plural, or an abbreviation
 * whose letters the word spells in order from its first ("command" → “Cmd”, “CMD”). Two candidates are none.
 */
function nameForWord(word: string, names: string[]): string | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  const spells = (name: string) => {
    const n = name.toLowerCase();
    if (n === w || n === `${w}s`) return true;
    if (n.length < 3 || n[0] !== w[0]) return false;
    let at = 0;
    for (const ch of w) if (ch === n[at]) at += 1;
    return at === n.length;
  };
  const hits = names.filter(spells);
  return hits.length === 1 ? hits[0] : undefined;
}

function editProperties(properties: PropertyDef[], name: string, s: Statement): PropertyDef[] {
  const e = s.edit;
  if (e.verb === 'add')
    return [
      ...properties.filter((p) => p.name !== name),
      {
        name,
        schema: structuredClone(e.schema),
        required: e.required,
        description: e.description,
        loc: s.loc,
        section: properties[0]?.section ?? '',
      },
    ];
  if (e.verb === 'remove') return properties.filter((p) => p.name !== name);
  return properties.map((p) => {
    if (p.name !== name) return p;
    const amended = { ...p, amendedAt: s.loc };
    if (e.verb === 'rename')
      return { ...amended, name: e.to, loc: s.loc, renamedFrom: [...(p.renamedFrom ?? []), p.name] };
    if (e.verb === 'presence') return { ...amended, required: e.required };
    return { ...amended, schema: editSchema(p.schema, s), ...(e.verb === 'type' ? { retypedAt: s.loc } : {}) };
  });
}

function editNested(
  object: { properties?: Record<string, JsonSchema>; required?: string[] },
  name: string,
  s: Statement,
): void {
  const e = s.edit;
  const props = (object.properties ??= {});
  const required = new Set(object.required ?? []);
  if (e.verb === 'add') {
    props[name] = structuredClone(e.schema);
    if (e.required) required.add(name);
  } else if (e.verb === 'remove') {
    delete props[name];
    required.delete(name);
  } else if (e.verb === 'rename') {
    props[e.to] = props[name]!;
    delete props[name];
    if (required.delete(name)) required.add(e.to);
  } else if (e.verb === 'presence') {
    if (e.required) required.add(name);
    else required.delete(name);
  } else props[name] = editSchema(props[name]!, s);
  if (required.size) object.required = [...required];
  else delete object.required;
}

/** The keywords that apply to one JSON type only. */
const TYPE_KEYWORDS: Record<string, string[]> = {
  string: ['minLength', 'maxLength', 'pattern'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['minItems', 'maxItems', 'uniqueItems', 'contains'],
  object: ['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'patternProperties'],
};

function editSchema(schema: JsonSchema, s: Statement): JsonSchema {
  const e = s.edit;
  if (e.verb === 'type') {
    const { type: _t, format: _f, items: _i, ...rest } = schema;
    const type = e.schema.type;
    // Bounds of the old type cannot hold on the new one (ajv's strict mode refuses a maxLength on an integer).
    for (const [group, keywords] of Object.entries(TYPE_KEYWORDS))
      if (group !== type && !(group === 'number' && type === 'integer')) for (const k of keywords) delete rest[k];
    if (Array.isArray(rest.enum)) rest.enum = typedValues(rest.enum as (string | number | boolean)[], type);
    return { ...rest, ...e.schema };
  }
  if (e.verb === 'constrain') {
    const constrained = structuredClone(schema);
    for (const c of e.constraints) applyConstraint(constrained, c);
    return constrained;
  }
  if (e.verb === 'allow') {
    const current = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined;
    // Without an enumeration the values are allowed already; the type still decides.
    if (!current) return schema;
    const { const: _c, ...rest } = schema;
    return { ...rest, enum: [...new Set([...current, ...typedLike(schema, e.values)])] };
  }
  if (e.verb === 'restrict') return { ...schema, enum: typedLike(schema, e.values) };
  return schema;
}

/** Values as the schema's type wants them: "200" is 200 for an integer, 200 is "200" for a string. */
function typedLike(schema: JsonSchema, values: (string | number | boolean)[]): (string | number | boolean)[] {
  const numeric = schema.type === 'integer' || schema.type === 'number';
  return values.map((v) =>
    numeric && typeof v === 'string' && /^-?\d+$/.test(v)
      ? Number(v)
      : !numeric && typeof v === 'number'
        ? String(v)
        : v,
  );
}
