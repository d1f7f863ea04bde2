/**
 * readParam: one parameter bullet (`“until” (O): string, date and time in RFC 3339 format`) or one
 * element-table row → a property definition. Nested bullets under an "array of objects, each with:"
 * become the item's members, to any depth. What cannot be read is a located finding, never a guess.
 */
import { isRecord } from '../../core/guards.ts';
import { SOURCE_KEYWORD } from '../../core/spec-format.ts';
import type { JsonSchema, PropertyDef } from '../definitions.ts';
import type { Finding, ListItem, Loc } from '../model.ts';
import { finding } from '../rules.ts';
import { CONSTRAINT_HINT, readClauses, type Clauses, type Constraint } from './clauses.ts';
import { QUOTE_CHARS } from './quotes.ts';

export interface ParamRead {
  property: PropertyDef;
  /** Whether presence or a type was stated: a bullet with neither is no parameter outside a parameter list. */
  stated: boolean;
  /** Lines of nested bullets taken as members. */
  used: ListItem[];
  findings: Finding[];
}

const Q = `[${QUOTE_CHARS}]`;
const NAME = new RegExp(`^(?:${Q}\\s*([A-Za-z_$][\\w$.-]*)\\s*${Q}|([A-Za-z_$][\\w$-]*)(?=\\s*(?:[:(]|\\s[-–—]\\s)))`);
const ENVELOPE_MEMBER = /^\s*members?\b/i;

/** The parameter a bullet defines, or undefined when the bullet is no parameter (an envelope member, prose). */
export function readParam(item: ListItem, section: string, inList: boolean): ParamRead | undefined {
  const m = NAME.exec(item.text);
  if (!m) return undefined;
  const rest = item.text.slice(m[0].length);
  if (ENVELOPE_MEMBER.test(rest)) return undefined;
  const clauses = readClauses(rest);
  const stated = Boolean(clauses.presence || clauses.type);
  if (!stated && !inList && !item.children.length) return undefined;
  const name = m[1] ?? m[2]!;
  const restCol = item.loc.col + m[0].length;
  const at = (offset: number): Loc => ({ ...item.loc, col: restCol + offset });
  const findings: Finding[] = [];
  const schema = schemaOf(clauses, name, section, at, findings);
  const used: ListItem[] = [];
  if (item.children.length) attachChildren(schema, item, section, name, at(0), findings, used);
  const description = rest
    .slice(clauses.headEnd)
    .replace(/^[\s,;:.]+/, '')
    .trim();
  const property: PropertyDef = {
    name,
    schema,
    required: clauses.presence?.required ?? false,
    description,
    loc: item.loc,
    section,
  };
  if (clauses.presence?.only) property.only = clauses.presence.only;
  withValuesIn(property, clauses.constraints);
  if (!clauses.presence)
    findings.push(
      finding(
        'unstated-presence',
        item.loc,
        `parameter "${name}" states no presence (mandatory/optional/M/O/cardinality); read as optional`,
        `${section}:${name}:presence@${item.loc.line}`,
      ),
    );
  return { property, stated, used, findings };
}

/** An element-table row: the type cell, the cardinality cell and the description cell. */
export function readRow(
  cells: {
    name: string;
    type: string;
    cardinality: string;
    description: string;
    loc: Loc;
    typeLoc: Loc;
    descriptionLoc: Loc;
    /** Member bullets under the description cell. */
    items?: ListItem[];
  },
  section: string,
): { property: PropertyDef; findings: Finding[]; used: ListItem[] } {
  const clauses = readClauses(`${cells.cardinality}, ${cells.type}`);
  const described = readClauses(cells.description, { types: false });
  clauses.constraints.push(...described.constraints);
  if (!clauses.presence?.required && described.presence) clauses.presence = { ...described.presence, required: false };
  const findings: Finding[] = [];
  const at = (offset: number): Loc => ({
    ...cells.typeLoc,
    col: cells.typeLoc.col + Math.max(0, offset - cells.cardinality.length - 2),
  });
  const schema = schemaOf(clauses, cells.name, section, at, findings);
  const used: ListItem[] = [];
  if (cells.items?.length)
    attachChildren(
      schema,
      { text: cells.name, loc: cells.loc, depth: 0, children: cells.items },
      section,
      cells.name,
      cells.descriptionLoc,
      findings,
      used,
    );
  unreadHints(
    described,
    cells.name,
    section,
    (offset) => ({ ...cells.descriptionLoc, col: cells.descriptionLoc.col + offset }),
    findings,
  );
  const property: PropertyDef = {
    name: cells.name,
    schema,
    required: clauses.presence?.required ?? false,
    description: cells.description,
    loc: cells.loc,
    section,
  };
  withValuesIn(property, clauses.constraints);
  return { property, findings, used };
}

/** The values said for one response variant ("200 on success"), typed as the member's schema wants them. */
function withValuesIn(property: PropertyDef, constraints: Constraint[]): void {
  const byRole = constraints.filter((c) => c.role && c.enum);
  if (byRole.length)
    property.valuesIn = byRole.map((c) => ({ role: c.role!, values: typedValues(c.enum!, property.schema.type) }));
}

function schemaOf(
  clauses: Clauses,
  name: string,
  section: string,
  at: (offset: number) => Loc,
  findings: Finding[],
): JsonSchema {
  let schema: JsonSchema;
  const valuesType = clauses.type ? undefined : enumType(clauses);
  if (clauses.type) {
    schema = structuredClone(clauses.type.schema);
    if (clauses.type.unknownItems)
      findings.push(
        finding(
          'unknown-type',
          at(clauses.type.unknownItemsAt ?? 0),
          `"${name}": item type "${clauses.type.unknownItems}" is not a type the reader knows; the items are left unconstrained until a decision patches them`,
          `${section}:${name}:type`,
        ),
      );
  } else if (valuesType) {
    // "one of ‘active’ or ‘suspended’" with no type word: the values state the type.
    schema = { type: valuesType };
  } else {
    const word = clauses.notes[0]?.text ?? '';
    findings.push(
      finding(
        'unknown-type',
        at(clauses.notes[0]?.index ?? 0),
        `"${name}": no known type in "${word}" (known: string, integer, number, boolean, object, URL/URI, date-time, array of T, array of objects); left unconstrained until a decision patches it`,
        `${section}:${name}:type`,
      ),
    );
    schema = {};
  }
  // "1..n, array of objects": the cardinality counts the array's items; it makes an array only of a scalar type.
  if (clauses.many && schema.type !== 'array') schema = { type: 'array', items: schema };
  if (clauses.many && clauses.presence?.required) schema.minItems = 1;
  for (const c of clauses.constraints) if (!c.role) applyConstraint(schema, c);
  if (clauses.type || valuesType) unreadHints(clauses, name, section, at, findings);
  return schema;
}

/** The one JSON type every enumerated value has, when the description lists values and names no type. */
function enumType(clauses: Clauses): 'string' | 'integer' | 'boolean' | undefined {
  const values = clauses.constraints.flatMap((c) => (c.each ? [] : (c.enum ?? [])));
  if (!values.length) return undefined;
  if (values.every((v) => typeof v === 'string')) return 'string';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'integer';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return undefined;
}

function unreadHints(
  clauses: Clauses,
  name: string,
  section: string,
  at: (offset: number) => Loc,
  findings: Finding[],
): void {
  const unread = clauses.notes.filter((note) => !note.read && CONSTRAINT_HINT.test(note.text));
  if (!unread.length) return;
  const shown = unread.map((n) => `"${n.text.replace(/\s+/g, ' ')}"`).join(', ');
  findings.push(
    finding(
      'unread-constraint',
      at(unread[0]!.index),
      `"${name}": ${shown} ${unread.length > 1 ? 'read' : 'reads'} like a constraint that is not in the schema; state it as a decision (patch) if it is one`,
      `${section}:${name}:unread-constraint`,
    ),
  );
}

/** Puts a constraint on the schema, or on its items where the phrase says "each" or an array cannot hold it. */
export function applyConstraint(schema: JsonSchema, c: Constraint): void {
  const isArray = schema.type === 'array';
  if (c.itemsSchema) {
    if (isArray) schema.items = c.itemsSchema;
    return;
  }
  // An array cannot equal an enumeration value or have a length in characters: those are said of its items.
  const onItems = isArray && (c.each === true || c.enum !== undefined || c.unit === 'length');
  let target: JsonSchema = onItems
    ? (((schema.items as JsonSchema | undefined) ?? (schema.items = {})) as JsonSchema)
    : schema;
  // In an array of arrays, characters and values are said of the innermost items; an item count of the next level.
  while (onItems && c.unit !== 'items' && target.type === 'array' && isRecord(target.items)) target = target.items;
  if (c.enum) target.enum = typedValues(c.enum, target.type);
  if (c.format && (target.type === 'string' || target.type === undefined)) target.format = c.format;
  if (c.default !== undefined) schema.default = typedValues([c.default], schema.type)[0];
  if (c.exclusiveMin !== undefined) target.exclusiveMinimum = c.exclusiveMin;
  if (c.exclusiveMax !== undefined) target.exclusiveMaximum = c.exclusiveMax;
  if (c.multipleOf !== undefined) target.multipleOf = c.multipleOf;
  if (c.min === undefined && c.max === undefined) return;
  const kind =
    c.unit === 'items' || (isArray && !onItems)
      ? 'items'
      : c.unit === 'length' || target.type === 'string'
        ? 'length'
        : 'value';
  const [lo, hi] =
    kind === 'items'
      ? ['minItems', 'maxItems']
      : kind === 'length'
        ? ['minLength', 'maxLength']
        : ['minimum', 'maximum'];
  if (c.min !== undefined) target[lo] = c.min;
  if (c.max !== undefined) target[hi] = c.max;
}

/** Enumeration values as the declared type wants them: "200" is 200 for an integer. */
export function typedValues(values: (string | number | boolean)[], type: unknown): (string | number | boolean)[] {
  if (type === 'integer' || type === 'number')
    return values.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v));
  if (type === 'string') return values.map((v) => (typeof v === 'number' ? String(v) : v));
  if (type === 'boolean') return values.map((v) => (v === 'true' ? true : v === 'false' ? false : v));
  return values;
}

/** A parameter as a member of an object's schema; it names its own line, so an issue with it points there. */
export function memberSchema(p: PropertyDef, section: string): JsonSchema {
  return {
    ...p.schema,
    ...(p.description ? { description: p.description } : {}),
    [SOURCE_KEYWORD]: { cr: p.loc.file, section, line: p.loc.line },
  };
}

/** Nested bullets under a parameter: members of its object, or of its array's item objects. */
function attachChildren(
  schema: JsonSchema,
  item: ListItem,
  section: string,
  parent: string,
  loc: Loc,
  findings: Finding[],
  used: ListItem[],
): void {
  const members = readParamList(item.children, section, true);
  findings.push(...members.findings);
  used.push(...members.used);
  const holder =
    schema.type === 'array'
      ? (((schema.items as JsonSchema | undefined) ?? (schema.items = { type: 'object' })) as JsonSchema)
      : schema;
  if (holder.type !== 'object' && holder.type !== undefined) {
    findings.push(
      finding(
        'unread-constraint',
        loc,
        `"${parent}" is ${String(holder.type)} but has nested bullets; they are read as members of an object`,
        `${section}:${parent}:nested`,
      ),
    );
  }
  holder.type = 'object';
  holder.properties = Object.fromEntries(members.properties.map((p) => [p.name, memberSchema(p, section)]));
  const required = members.properties.filter((p) => p.required).map((p) => p.name);
  if (required.length) holder.required = required;
}

/** A list of parameter bullets → properties; bullets that are no parameter are returned as `rest`. */
export function readParamList(
  items: ListItem[],
  section: string,
  inList: boolean,
): { properties: PropertyDef[]; used: ListItem[]; rest: ListItem[]; findings: Finding[] } {
  const properties: PropertyDef[] = [];
  const used: ListItem[] = [];
  const rest: ListItem[] = [];
  const findings: Finding[] = [];
  for (const child of items) {
    const read = child.text.trim() ? readParam(child, section, inList) : undefined;
    if (!read) {
      rest.push(child);
      continue;
    }
    properties.push(read.property);
    used.push(child, ...read.used);
    findings.push(...read.findings);
  }
  return { properties, used, rest, findings };
}
