/**
 * inferSchema: the members of a message stated only by an example → property definitions. Every member
 * present is mandatory and objects are closed: an inferred schema is strict, never one that accepts anything.
 */
import type { JsonSchema, PropertyDef } from './definitions.ts';
import type { Loc } from './model.ts';

export function inferSchema(value: unknown, loc: Loc, section: string): PropertyDef[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([name, v]) => ({
    name,
    // The member that names the message is fixed: an example of another message must not pass as this one.
    schema: name === 'messageType' && typeof v === 'string' ? { type: 'string', const: v } : schemaOfValue(v),
    required: true,
    description: '',
    loc,
    section,
  }));
}

function schemaOfValue(value: unknown): JsonSchema {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return value.length ? { type: 'array', items: schemaOfValue(value[0]) } : { type: 'array' };
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return {
      type: 'object',
      properties: Object.fromEntries(entries.map(([k, v]) => [k, schemaOfValue(v)])),
      required: entries.map(([k]) => k),
    };
  }
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  return { type: typeof value };
}
