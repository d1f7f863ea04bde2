import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv } from '../core/ajv.ts';
import { compileGuard } from './guard/guard.ts';
import { Scope } from './guard/scope.ts';
import { names } from './names.ts';
import type { InterfacePlan } from './plan.ts';
import { sourceTable } from './sources.ts';
import { render } from './templates.ts';

/** ajv standalone emits `require(...)` for its runtime helpers and formats; give the ES module one. */
const ESM_REQUIRE = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";

/**
 * Two compilations of every message schema: `all` collects every error (validate…), `failFast` stops at the first
 * (is…: a guard needs only the answer, and on invalid input stopping early is most of its speed).
 */
export type Compilation = 'all' | 'failFast';

const exportName = (compilation: Compilation) => (compilation === 'all' ? names.compiled : names.compiledFailFast);

/** The name ajv's fail-fast function keeps beside a generated guard: it answers `errors`, on demand. */
const ajvName = (name: string) => `ajv${name[0]!.toUpperCase()}${name.slice(1)}`;

/**
 * generated/<iface>/validators.compiled.js and validators.fail-fast.compiled.js, compiled here at generation time so
 * the running program never compiles a schema (no Ajv instance in generated/). `all` is ajv's standalone code. The
 * fail-fast file holds our own guard for every schema generator/guard/ understands (ajv's code for the others),
 * with ajv's fail-fast function beside it for `errors`.
 */
export function emitCompiledValidators(plan: InterfacePlan, compilation: Compilation): string {
  const ajv = createAjv(compilation === 'all' ? 'generated' : 'generatedFailFast', { standaloneCode: true });
  const exports: Record<string, string> = {};
  const guards: string[] = [];
  plan.messages.forEach((message, index) => {
    const id = `${String(message.schema.$id ?? message.schemaPath)}`;
    ajv.addSchema(message.schema, id);
    const name = exportName(compilation)(message.meta);
    const guard =
      compilation === 'failFast' ? guardModule(message.schema, name, ajvName(name), `m${index}_`) : undefined;
    exports[guard === undefined ? name : ajvName(name)] = id;
    if (guard !== undefined) guards.push(guard);
  });
  const ajvCode = standaloneCode.default(ajv, exports).replace(/^"use strict";/, '');
  return ESM_REQUIRE + ajvCode + (guards.length > 0 ? `\n${GUARD_PRELUDE}\n${guards.join('\n\n')}\n` : '');
}

/** What `errors` reads before any rejection: ajv's functions answer null after an accepted value. */
const GUARD_PRELUDE = "const $accepted = Symbol('accepted');";

/**
 * The exported guard `name`: our compiled check, remembering the value it last rejected so that `name.errors` (the
 * compiled-validator contract) is ajv's own answer for it, computed only when read. Only the answer is paid for on
 * every call; the price is keeping one rejected value alive per message until the next call.
 */
function guardModule(schema: unknown, name: string, ajvFunction: string, prefix: string): string | undefined {
  const scope = new Scope(prefix);
  const check = compileGuard(schema, `$${prefix}guard`, scope);
  if (check === undefined) return undefined;
  const rejected = `$${prefix}rejected`;
  return [
    scope.code(),
    check,
    `let ${rejected} = $accepted;`,
    `export function ${name}(data) {`,
    `  if ($${prefix}guard(data)) {`,
    `    ${rejected} = $accepted;`,
    '    return true;',
    '  }',
    `  ${rejected} = data;`,
    '  return false;',
    '}',
    `Object.defineProperty(${name}, 'errors', {`,
    `  get: () => (${rejected} === $accepted || ${ajvFunction}(${rejected}) ? null : ${ajvFunction}.errors),`,
    '});',
  ].join('\n');
}

export function emitCompiledDeclarations(plan: InterfacePlan, compilation: Compilation): string {
  return render('compiled.d', { functions: plan.messages.map((m) => exportName(compilation)(m.meta)) });
}

/** generated/<iface>/validators.ts: typed guards and result-returning validators over the compiled code. */
export function emitValidators(plan: InterfacePlan): string {
  const validators = plan.messages.map((message) => ({
    type: names.type(message.meta),
    guard: names.guard(message.meta),
    validate: names.validate(message.meta),
    compiled: names.compiled(message.meta),
    failFast: names.compiledFailFast(message.meta),
    sources: names.sources(message.meta),
    table: JSON.stringify(sourceTable(message.schema, message.meta)),
    id: message.meta.id,
    // Renamed types keep their old guard and validator names too (deprecated), like their type aliases.
    previous: (message.meta.previousNames ?? []).map((old) => ({
      guard: names.guard({ id: message.meta.id, typeName: old }),
      validate: names.validate({ id: message.meta.id, typeName: old }),
    })),
  }));
  return render('validators', { validators });
}
