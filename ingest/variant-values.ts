/**
 * "200 on success": a member's values in one variant of a response. The parameter grammar reads them with the
 * member (PropertyDef.valuesIn); they land here, once a section's messages have all their variants, in the schema
 * of the variant they name. A message without that variant cannot hold them, and lint says so.
 */
import type { MessageDef } from './definitions.ts';
import type { Finding } from './model.ts';
import { finding } from './rules.ts';

export function applyValuesIn(messages: MessageDef[], section: string): Finding[] {
  const findings: Finding[] = [];
  for (const message of messages) {
    const held = (name: string, role: string) =>
      message.variants.some((v) => v.role === role && v.properties.some((p) => p.name === name));
    const reported = new Set<string>();
    for (const variant of message.variants)
      for (const property of variant.properties) {
        if (!property.valuesIn) continue;
        for (const { role, values } of property.valuesIn) {
          const key = `${property.name}:${role}`;
          if (variant.role === role) property.schema.enum = values;
          else if (!held(property.name, role) && !reported.has(key)) {
            reported.add(key);
            findings.push(
              finding(
                'unread-constraint',
                property.loc,
                `"${property.name}": the values ${values.map((v) => JSON.stringify(v)).join(', ')} are said for the ${role} response, but ${message.name} has no ${role} variant with "${property.name}" to hold them; state them as a decision (patch)`,
                `${section}:${property.name}:values-in-${role}`,
              ),
            );
          }
        }
        delete property.valuesIn;
      }
  }
  return findings;
}
