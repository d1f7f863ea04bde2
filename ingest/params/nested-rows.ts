/**
 * nestMarkedRows: element-table rows → the table's top-level properties. A row whose element is written
 * ">maxRate" (">>x" one level deeper) is a member of the nearest row above it with fewer marks: of its object,
 * or of its array's item objects, as nested bullets are.
 */
import type { JsonSchema, PropertyDef } from '../definitions.ts';
import type { Finding } from '../model.ts';
import { finding } from '../rules.ts';
import { memberSchema } from './param.ts';

export function nestMarkedRows(
  rows: PropertyDef[],
  section: string,
): { properties: PropertyDef[]; findings: Finding[] } {
  const properties: PropertyDef[] = [];
  const findings: Finding[] = [];
  const open: { marks: number; schema: JsonSchema }[] = [];
  for (const row of rows) {
    const marks = /^\s*(>+)/.exec(row.name)?.[1]!.length ?? 0;
    const name = row.name.replace(/^\s*>+\s*/, '');
    while (open.length && open.at(-1)!.marks >= marks) open.pop();
    const parent = open.at(-1);
    if (!marks || !parent) {
      if (marks)
        findings.push(
          finding(
            'unread-constraint',
            row.loc,
            `"${row.name}" is marked as a sub-element, but no row above it holds it; read as an element of its own`,
            `${section}:${name}:sub-element`,
          ),
        );
      const property = marks ? { ...row, name } : row;
      properties.push(property);
      open.push({ marks, schema: property.schema });
      continue;
    }
    const was =
      parent.schema.type === 'array' ? (parent.schema.items as JsonSchema | undefined)?.type : parent.schema.type;
    if (was !== undefined && was !== 'object')
      findings.push(
        finding(
          'unread-constraint',
          row.loc,
          `"${name}" is a sub-element of a ${String(was)}; it is read as a member of an object`,
          `${section}:${name}:sub-element`,
        ),
      );
    const holder = objectOf(parent.schema);
    const member = memberSchema({ ...row, name }, section);
    (holder.properties ??= {})[name] = member;
    if (row.required) holder.required = [...((holder.required as string[] | undefined) ?? []), name];
    open.push({ marks, schema: member });
  }
  return { properties, findings };
}

/** The object schema members go into: the schema itself, or its array's items (made objects). */
function objectOf(schema: JsonSchema): JsonSchema & { properties?: Record<string, JsonSchema> } {
  const holder =
    schema.type === 'array'
      ? (((schema.items as JsonSchema | undefined) ?? (schema.items = { type: 'object' })) as JsonSchema)
      : schema;
  holder.type = 'object';
  return holder as JsonSchema & { properties?: Record<string, JsonSchema> };
}
