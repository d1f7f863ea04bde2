/** Quote characters of the house style: “smart”, "straight", ‘single’, 'single', `back`. */
export const QUOTE_CHARS = '“”"‘’\'`„';
/** One quote character, as a regular-expression class. */
export const Q = `[${QUOTE_CHARS}]`;
/** A value as CRs list them: quoted, a number, or true/false. */
export const VALUE = `(?:${Q}[^${QUOTE_CHARS}]*${Q}|-?\\d+(?:\\.\\d+)?|true|false)`;
/** Values joined by commas, "or", "and" or bars ("200, 401 or 503", "'asc' | 'desc'"). */
export const VALUE_LIST = `${VALUE}(?:\\s*(?:,\\s*(?:or|and)?|or|and|\\|)\\s*${VALUE})*`;

/** A quoted token, tolerant of stray inner spaces (`" method "`); group 1 is the text inside. */
export const QUOTED = new RegExp(`${Q}\\s*([^${QUOTE_CHARS}]*?)\\s*${Q}`, 'g');

/** The quoted names of a sentence, in order, with their columns (1-based, relative to `text`). */
export function quotedNames(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1]!;
    if (/^[A-Za-z_$][\w$.#-]*$/.test(name)) out.push({ name, index: m.index! });
  }
  return out;
}

/** An enumeration value as written: a quoted string, a bare number, true/false, or a bare word. */
export function enumValue(raw: string): string | number | boolean {
  const t = raw.trim();
  const quoted = new RegExp(`^${Q}\\s*(.*?)\\s*${Q}$`).exec(t);
  if (quoted) return quoted[1]!;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return t;
}

/** The values of a VALUE_LIST match, as enumValue reads each. */
export const valuesOf = (list: string) => [...list.matchAll(new RegExp(VALUE, 'gi'))].map((v) => enumValue(v[0]));

export const WORD_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export function numberWord(raw: string): number {
  const lower = raw.toLowerCase();
  return lower in WORD_NUMBERS ? WORD_NUMBERS[lower]! : Number(raw);
}
