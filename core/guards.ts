/** Type guards shared by every stage (the generated runtime keeps its own: generated/ imports nothing from here). */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
