import { positiveIntegerOption } from './command.ts';

/** Option name → `omaspec serve` flag, for limits that are positive integers taken as given. */
export type LimitFlagTable = Readonly<Record<string, string>>;

/** The parseArgs options of a table's flags. */
export function limitFlags<T extends LimitFlagTable>(table: T): Record<T[keyof T], { type: 'string' }> {
  return Object.fromEntries(Object.values(table).map((flag) => [flag, { type: 'string' }])) as Record<
    T[keyof T],
    { type: 'string' }
  >;
}

/** The limits given on the command line, by option name; a value that is not a positive integer names its flag. */
export function limitOptions<T extends LimitFlagTable>(
  table: T,
  values: Record<string, unknown>,
): Partial<Record<keyof T, number>> {
  const limits: Partial<Record<keyof T, number>> = {};
  for (const [name, flag] of Object.entries(table) as [keyof T, string][]) {
    const value = positiveIntegerOption(flag, values[flag] as string | undefined);
    if (value !== undefined) limits[name] = value;
  }
  return limits;
}

/** The flags of a table that were given. */
export function givenFlags(table: LimitFlagTable, values: Record<string, unknown>): string[] {
  return Object.values(table).filter((flag) => values[flag] !== undefined);
}
