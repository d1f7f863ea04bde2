/**
 * Optional members named through a generated `<iface>Fields` map (generator/emit-fields.ts): the reference's
 * name for a member (`key`, as the CR that introduced it spelt it) resolves to its wire name, and an optional member
 * a later CR removed resolves to nothing, so the code that sends or reads it keeps compiling and stops using it.
 */
type FieldMap = Readonly<Record<string, string>>;

/** `{ [wire name]: value }` when the message has the member and a value is given, else `{}`: spread it in. */
export function optionalMember<M extends FieldMap, K extends string, V>(
  fields: M,
  key: K,
  value: V | undefined,
): K extends keyof M ? { [P in M[K]]?: V } : Record<never, never> {
  const name = (fields as FieldMap)[key];
  return (name === undefined || value === undefined ? {} : { [name]: value }) as never;
}

/** The member of `object` the map names `key`; undefined when the message has no such member. */
export function readMember<O extends object, M extends FieldMap, K extends string>(
  object: O,
  fields: M,
  key: K,
): K extends keyof M ? (M[K] extends keyof O ? O[M[K]] : undefined) : undefined {
  const name = (fields as FieldMap)[key];
  return (name === undefined ? undefined : (object as Record<string, unknown>)[name]) as never;
}
