/** Shared by the message rules ambiguous-responses and type-conflict. */
import type { PropertyDef } from '../definitions.ts';

/** The single JSON type a property's schema declares, if any. */
export function declaredType(p: PropertyDef | undefined): string | undefined {
  const t = p?.schema.type;
  return typeof t === 'string' ? t : undefined;
}
