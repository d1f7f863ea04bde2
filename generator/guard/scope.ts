/**
 * The module-level code one message's generated checks share: constants (formats, patterns, runtime helpers) and
 * functions (combinator branches, $ref targets), each written once. Names start with `$` and the message's prefix,
 * so they meet neither ajv's identifiers (validate10, schema11, formats0, func2…) nor another message's.
 */
export class Scope {
  private readonly declarations: string[] = [];
  private readonly byKey = new Map<string, string>();
  private counter = 0;

  constructor(private readonly prefix: string) {}

  /** Why the schema being compiled cannot be (the caller then keeps ajv's code for it); empty when it can. */
  readonly unsupported: string[] = [];

  /** A fresh identifier, for locals as well as declarations. */
  name(prefix: string): string {
    return `$${this.prefix}${prefix}${this.counter++}`;
  }

  /** The identifier of a module-level `const` initialised with `code`, declared on first use. */
  constant(prefix: string, code: string): string {
    const key = `const ${code}`;
    let found = this.byKey.get(key);
    if (found === undefined) {
      found = this.name(prefix);
      this.byKey.set(key, found);
      this.declarations.push(`const ${found} = ${code};`);
    }
    return found;
  }

  /** A module-level function `name(parameter) { body }` remembered under `key` (a $ref target, say). */
  function(key: string | undefined, prefix: string, emit: (name: string) => string): string {
    if (key !== undefined) {
      const found = this.byKey.get(`function ${key}`);
      if (found !== undefined) return found;
    }
    const name = this.name(prefix);
    if (key !== undefined) this.byKey.set(`function ${key}`, name);
    // Reserve the slot before emitting the body: a recursive $ref refers to the name while it is being written.
    const at = this.declarations.push('') - 1;
    this.declarations[at] = emit(name);
    return name;
  }

  fail(reason: string): void {
    this.unsupported.push(reason);
  }

  code(): string {
    return this.declarations.join('\n');
  }
}
