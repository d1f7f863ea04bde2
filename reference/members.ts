/**
 * Optional members named through a generated `<iface>Fields` map (generator/emit-fields.ts): the reference's
 * name for a member (`key`, as the CR that introduced it spelt it) resolves to its wire name, and an optional member
 * a later CR removed resolves to nothing, so the code that sends or reads it (`readText`) keeps compiling and stops using it.
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

/**
 * A message the reference assembles member by member through a Fields map. Which members are mandatory and
 * which values they may take is the CRs' to say, and a later CR may change either ("the “tokenSeed” parameter
 * becomes mandatory", "“code” is restricted to 200, 401 and 503"), so tsc does not hold the reference to
 * today's answer: the generated requester and dispatcher validate every message they send, and one the spec no
 * longer allows fails there with its JSON path and rule (RPC_INVALID_REQUEST, or an invalid-response log and
 * -32603 from the dispatcher) — the reference keeps compiling after `generate`, and its tests show the gap.
 */
export function assembled<T>(members: object, placeholders: readonly Placeholder[] = []): T {
  return completed(placeholders, members) as T;
}

/** The placeholders of message `name` in a generated `<iface>Placeholders` map; none once a CR deleted the message. */
export function placeholdersOf(map: object, name: string): readonly Placeholder[] {
  return ((map as Record<string, readonly Placeholder[] | undefined>)[name] ?? []) as readonly Placeholder[];
}

/** One object a message is assembled as (generated `<iface>Placeholders`, generator/emit-fields.ts). */
export interface Placeholder {
  readonly fill: Readonly<Record<string, unknown>>;
  readonly fixed: Readonly<Record<string, readonly unknown[]>>;
  readonly closed?: readonly string[];
}

const warned = new Set<string>();

/**
 * `members` with each mandatory member it lacks taken from the placeholders of the variant it fits (its fixed values
 * and allowed members), so that a member a later CR made mandatory does not make every message the reference sends
 * invalid: it sends the spec's placeholder and warns, once per member, that no code sets it yet.
 */
export function completed<T extends object>(placeholders: readonly Placeholder[], members: T): T {
  const given = members as Record<string, unknown>;
  const fits = placeholders.filter(
    (p) =>
      Object.keys(given).every((k) => !p.closed || p.closed.includes(k)) &&
      Object.entries(p.fixed).every(([k, values]) => !(k in given) || values.includes(given[k])),
  );
  const missing = (p: Placeholder) => Object.keys(p.fill).filter((k) => !(k in given));
  const best = fits.sort((a, b) => missing(a).length - missing(b).length)[0];
  if (!best || missing(best).length === 0) return members;
  const added = Object.fromEntries(missing(best).map((k) => [k, best.fill[k]]));
  for (const key of Object.keys(added)) {
    const label = `${String(given.messageType ?? given.method ?? Object.keys(best.fill).join(','))}:${key}`;
    if (warned.has(label)) continue;
    warned.add(label);
    process.emitWarning(
      `the spec makes "${key}" mandatory, but no reference code sets it; sending the placeholder ${JSON.stringify(added[key])} (${label})`,
      { code: 'OMASPEC_PLACEHOLDER' },
    );
  }
  return { ...added, ...given } as T;
}

/**
 * The member of `object` the map names `key`, as the text the reference works with; undefined when absent.
 * A later CR may retype a member ("the type of “tokenSeed” is changed to integer"): its value still travels
 * as text inside the reference, and `assembled` messages carry it on to be validated where they are sent.
 */
export function readText<M extends FieldMap>(object: object, fields: M, key: string): string | undefined {
  const value = readValue(object, fields, key);
  return value === undefined || value === null ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The member of `object` the map names `key`, of whatever type the spec now gives it; undefined when absent. */
export function readValue(object: object, fields: FieldMap, key: string): unknown {
  const name = fields[key];
  return name === undefined ? undefined : (object as Record<string, unknown>)[name];
}

/**
 * A procedure the reference implements and a later CR may delete ("Delete Following Section 10.1.6"): typed as the
 * generated handler while the spec has the request, and as a request of unknown members afterwards — the code
 * keeps compiling, `generate` reports it as a handler without a message, and the dispatcher no longer routes it.
 */
export type Procedure<Handlers, Name extends string, Ctx> = Name extends keyof Handlers
  ? Handlers[Name]
  : (request: RetiredMessage, ctx: Ctx) => Promise<unknown>;

/**
 * The handler names of an implementation object that a CR may delete: the object literal keeps them as its own
 * members (so `generate` sees them implemented) without tsc calling them excess once the spec drops them.
 */
export type Deletable<Names extends string> = Partial<Record<Names, unknown>>;

/** The generated requester's method for `Name`, or a function of unknown members when a CR deleted the request. */
export type RequestOf<Requester, Name extends string> = Name extends keyof Requester
  ? Requester[Name]
  : ((request: object) => Promise<RetiredMessage>) | undefined;

/** A message of a request a CR deleted: its members are unknown to the generated code. */
export type RetiredMessage = Readonly<Record<string, unknown>> & { readonly params: Readonly<Record<string, unknown>> };

/** The member names of message `name` in a generated Fields map; none when a CR deleted the message. */
export function fieldsOf<M extends object, K extends string>(
  fields: M,
  name: K,
): K extends keyof M ? M[K] : Readonly<Record<string, string>> {
  return ((fields as Record<string, unknown>)[name] ?? {}) as never;
}

/** The requester's method for request `name`, undefined when the spec no longer has the request. */
export function requestOf<R extends object, K extends string>(requester: R, name: K): RequestOf<R, K> {
  const method = (requester as Record<string, unknown>)[name];
  return (typeof method === 'function' ? method.bind(requester) : undefined) as never;
}
