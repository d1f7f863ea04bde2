/**
 * A message schema of spec/schemas → what a compatibility judgement compares: per variant (request, success,
 * error, …) every property down the tree with its presence, types, values, constraints and whether the object
 * holding it is closed (additionalProperties: false).
 */

type Schema = Record<string, unknown>;

/** Keywords that bound a value; `min` ones tighten as they grow, `max` ones as they shrink. */
export const MIN_KEYWORDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;
export const MAX_KEYWORDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
/** Keywords that restrict a value in a way that is only equal or different. */
export const SHAPE_KEYWORDS = ['pattern', 'format', 'uniqueItems', 'multipleOf'] as const;
const ANNOTATIONS = new Set(['title', 'description', 'x-omaspec-source', 'examples', '$comment', 'default']);

export interface Source {
  cr: string;
  section: string;
  line: number;
}

export interface FieldFacts {
  /** Dotted path from the variant's root, `[]` for array items: `params.clientID`, `Cmd[][]`. */
  path: string;
  required: boolean;
  /** JSON types the field accepts (`integer` included in `number` when compared); empty: any. */
  types: string[];
  /** `$ref` target, when the field is a reference (compared as a whole). */
  ref?: string;
  /** Allowed values (enum, or const as one value); undefined: unrestricted. */
  values?: unknown[];
  constraints: Record<string, unknown>;
  /** Combinators (oneOf/anyOf/allOf/not) inside the field, compared as a whole. */
  opaque?: string;
  /** The object holding this field rejects members it does not list. */
  parentClosed: boolean;
  /** Index among its parent's properties, for rename detection. */
  position: number;
  /** For an object-valued field: it rejects members it does not list. */
  closed: boolean;
  source?: Source;
  /** The schema's description, for readers (not compared). */
  description?: string;
}

export interface VariantFacts {
  /** `message` for a single-variant message, else `success`, `error` or `variant<N>`. */
  name: string;
  /** The variant's root object is closed. */
  closed: boolean;
  fields: Map<string, FieldFacts>;
}

/** The variants of a message schema, each with its fields. */
export function variantsOf(schema: Schema): VariantFacts[] {
  const oneOf = schema.oneOf;
  if (!Array.isArray(oneOf)) return [variantFacts('message', schema)];
  return oneOf.map((variant, i) => {
    const title = typeof variant?.title === 'string' ? variant.title : '';
    const name = /Success$/.test(title) ? 'success' : /Error$/.test(title) ? 'error' : `variant${i + 1}`;
    return variantFacts(name, variant as Schema);
  });
}

function variantFacts(name: string, root: Schema): VariantFacts {
  const fields = new Map<string, FieldFacts>();
  collect(root, '', fields);
  return { name, closed: root.additionalProperties === false, fields };
}

function collect(object: Schema, prefix: string, into: Map<string, FieldFacts>): void {
  const properties = (object.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(object.required) ? (object.required as string[]) : []);
  Object.entries(properties).forEach(([name, schema], position) => {
    const path = prefix ? `${prefix}.${name}` : name;
    into.set(path, fieldFacts(path, schema, required.has(name), object.additionalProperties === false, position));
    descend(schema, path, into);
  });
}

/** Nested objects and array items have fields of their own. */
function descend(schema: Schema, path: string, into: Map<string, FieldFacts>): void {
  if (schema.properties && typeof schema.properties === 'object') collect(schema, path, into);
  const items = schema.items;
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    const itemPath = `${path}[]`;
    into.set(itemPath, fieldFacts(itemPath, items as Schema, true, false, 0));
    descend(items as Schema, itemPath, into);
  }
}

function fieldFacts(path: string, schema: Schema, required: boolean, parentClosed: boolean, position: number) {
  const facts: FieldFacts = {
    path,
    required,
    types: typesOf(schema),
    constraints: {},
    parentClosed,
    position,
    closed: schema.additionalProperties === false,
  };
  if (typeof schema.$ref === 'string') facts.ref = schema.$ref;
  if (Array.isArray(schema.enum)) facts.values = schema.enum;
  else if ('const' in schema) facts.values = [schema.const];
  for (const k of [...MIN_KEYWORDS, ...MAX_KEYWORDS, ...SHAPE_KEYWORDS])
    if (k in schema) facts.constraints[k] = schema[k];
  const combinators = Object.entries(schema).filter(([k]) => ['oneOf', 'anyOf', 'allOf', 'not'].includes(k));
  if (combinators.length) facts.opaque = canonical(Object.fromEntries(combinators));
  const source = schema['x-omaspec-source'] as Source | undefined;
  if (source) facts.source = source;
  if (typeof schema.description === 'string') facts.description = schema.description;
  return facts;
}

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return [...(type as string[])].sort();
  return [];
}

/** JSON of a schema without its annotations and with sorted keys: equal text, equal validation. */
function canonical(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v as Schema)
        .filter(([k]) => !ANNOTATIONS.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  return JSON.stringify(strip(value));
}
