/**
 * `<iface>Fields`: for each message, every name a property has had (its wire name and those a later CR's rename
 * replaced, from `x-omaspec-source.renamedFrom`) → its wire name. Code that writes `[aoi1Fields.fooRes.desc]`
 * keeps compiling, and sends the right member, after a CR renames `desc`.
 */
import { isRecord } from '../core/guards.ts';
import { SOURCE_KEYWORD, type Envelope } from '../core/spec-format.ts';
import { sampleOf } from './golden.ts';
import { checkedIdentifier } from './names.ts';
import type { InterfacePlan } from './plan.ts';

const MEMBERS = ['params', 'result', 'error'];

/** The objects whose properties are a message's fields: the message (each variant), or its JSON-RPC members. */
export function fieldObjects(schema: Record<string, unknown>, envelope: Envelope): Record<string, unknown>[] {
  const variants = Array.isArray(schema.oneOf) ? schema.oneOf : [schema];
  return variants.filter(isRecord).flatMap((variant) => {
    if (envelope !== 'jsonrpc') return [variant];
    const properties = isRecord(variant.properties) ? variant.properties : {};
    return MEMBERS.map((member) => properties[member]).filter(isRecord);
  });
}

/** Every name a property of the message has had → its wire name (the first variant naming it wins). */
export function fieldNames(schema: Record<string, unknown>, envelope: Envelope): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const object of fieldObjects(schema, envelope)) {
    if (!isRecord(object.properties)) continue;
    for (const [name, schema] of Object.entries(object.properties)) {
      const source = isRecord(schema) ? schema[SOURCE_KEYWORD] : undefined;
      const former = isRecord(source) && Array.isArray(source.renamedFrom) ? source.renamedFrom : [];
      for (const key of [name, ...former.filter((f): f is string => typeof f === 'string')]) fields[key] ??= name;
    }
  }
  return fields;
}

export function fieldsDeclaration(plan: InterfacePlan): string {
  const entries = plan.messages.map((m) => [m.meta.name, fieldNames(m.schema, m.meta.envelope)] as const);
  const name = `${checkedIdentifier(plan.meta.id)}Fields`;
  const doc =
    "/** Each message's wire name of every property, under each name it has had: renamed members keep compiling. */";
  return `${doc}\nexport const ${name} = ${JSON.stringify(Object.fromEntries(entries), null, 2)} as const;`;
}

/**
 * `<iface>Placeholders`: for each message, each object a sender assembles (a messageType message's variants, a
 * JSON-RPC message's params, result and error) as what tells it apart — its members' fixed values and, when closed,
 * the members it allows — and a placeholder value for each mandatory member. Code written before a CR made a
 * member mandatory sends the placeholder (reference/members.ts `assembled`, with a warning) instead of an invalid message.
 */
export function placeholdersDeclaration(plan: InterfacePlan): string {
  const entries = plan.messages.map(
    (m) => [m.meta.name, fieldObjects(m.schema, m.meta.envelope).map(placeholderOf)] as const,
  );
  const name = `${checkedIdentifier(plan.meta.id)}Placeholders`;
  const doc =
    "/** Each message's assembled objects: fixed member values, allowed members, and a placeholder for each mandatory one. */";
  return `${doc}\nexport const ${name} = ${JSON.stringify(Object.fromEntries(entries), null, 2)} as const;`;
}

function placeholderOf(object: Record<string, unknown>): {
  fill: Record<string, unknown>;
  fixed: Record<string, unknown[]>;
  closed?: string[];
} {
  const properties = isRecord(object.properties) ? object.properties : {};
  const required = Array.isArray(object.required)
    ? object.required.filter((k): k is string => typeof k === 'string')
    : [];
  const fixed: Record<string, unknown[]> = {};
  for (const [key, schema] of Object.entries(properties)) {
    if (!isRecord(schema)) continue;
    if ('const' in schema) fixed[key] = [schema.const];
    else if (Array.isArray(schema.enum)) fixed[key] = schema.enum;
  }
  // A mandatory member without a schema of its own has no placeholder: the sender's message stays as it is.
  const fill = Object.fromEntries(
    required
      .filter((key) => isRecord(properties[key]))
      .map((key) => [key, sampleOf(properties[key], `#/properties/${key}`)]),
  );
  return { fill, fixed, ...(object.additionalProperties === false ? { closed: Object.keys(properties) } : {}) };
}
