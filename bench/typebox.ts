/**
 * The message schemas as TypeBox types, for comparing our guards with TypeBox's compiler. TypeBox compiles its own
 * type objects, not JSON Schema, so this maps the keywords spec/schemas uses; a schema with any other keyword is
 * not accepted (and its message left out of the comparison, as the item says).
 */
import { FormatRegistry, Type, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'x-omaspec', 'x-omaspec-source', 'definitions']);
const CONSTRAINTS = ['minLength', 'maxLength', 'minimum', 'maximum', 'format', 'minItems', 'maxItems'];

export class Unsupported extends Error {}

type Schema = Record<string, unknown>;

function options(schema: Schema): Record<string, unknown> {
  return Object.fromEntries(CONSTRAINTS.filter((k) => k in schema).map((k) => [k, schema[k]]));
}

function ofType(type: string, schema: Schema): TSchema {
  switch (type) {
    case 'string':
      return Type.String(options(schema));
    case 'integer':
      return Type.Integer(options(schema));
    case 'number':
      return Type.Number(options(schema));
    case 'boolean':
      return Type.Boolean();
    case 'null':
      return Type.Null();
    case 'array':
      return Type.Array(toTypeBox(schema.items as Schema), options(schema));
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const members = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => {
          const member = toTypeBox(value);
          return [key, required.has(key) ? member : Type.Optional(member)];
        }),
      );
      if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean')
        throw new Unsupported('additionalProperties schema');
      return Type.Object(members, { additionalProperties: schema.additionalProperties !== false });
    }
    default:
      throw new Unsupported(`type ${type}`);
  }
}

export function toTypeBox(schema: Schema): TSchema {
  for (const key of Object.keys(schema))
    if (
      !ANNOTATIONS.has(key) &&
      !CONSTRAINTS.includes(key) &&
      !['type', 'properties', 'required', 'additionalProperties', 'items', 'const', 'enum', 'oneOf', 'anyOf'].includes(
        key,
      )
    )
      throw new Unsupported(key);
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (branches) {
    const rest = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'oneOf' && k !== 'anyOf'));
    // oneOf as a union: the messages' branches exclude each other (distinct required members or consts).
    return Type.Union(branches.map((branch) => toTypeBox({ ...rest, ...branch })));
  }
  if ('const' in schema) return Type.Literal(schema.const as string | number | boolean);
  if (Array.isArray(schema.enum)) return Type.Union(schema.enum.map((v) => Type.Literal(v as string | number)));
  if (Array.isArray(schema.type)) return Type.Union(schema.type.map((t) => ofType(t as string, schema)));
  if (typeof schema.type === 'string') return ofType(schema.type, schema);
  if (schema.properties) return ofType('object', schema);
  throw new Unsupported('schema without type');
}

let formatsRegistered = false;

/** The same format checks ajv-formats gives the generated validators. */
function registerFormats(): void {
  if (formatsRegistered) return;
  formatsRegistered = true;
  for (const [name, format] of Object.entries(fullFormats)) {
    const check =
      format instanceof RegExp
        ? (value: string) => format.test(value)
        : typeof format === 'function'
          ? (value: string) => (format as (v: string) => boolean)(value)
          : typeof format === 'object' && format && 'validate' in format && typeof format.validate === 'function'
            ? (value: string) => (format.validate as (v: string) => boolean)(value)
            : typeof format === 'object' && format && 'validate' in format && format.validate instanceof RegExp
              ? (value: string) => (format.validate as RegExp).test(value)
              : undefined;
    if (check) FormatRegistry.Set(name, check);
  }
}

/** TypeBox's compiled check of a message schema, or undefined when the schema uses what TypeBox is not given. */
export function compileTypeBox(schema: Schema): ((value: unknown) => boolean) | undefined {
  registerFormats();
  try {
    const compiled = TypeCompiler.Compile(toTypeBox(schema));
    return (value) => compiled.Check(value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
