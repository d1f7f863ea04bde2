import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Ajv } from 'ajv';
import { createAjv } from '../core/ajv.ts';
import { OmaspecError } from '../core/errors.ts';
import { compileGuard } from './guard/guard.ts';
import { compileIssues, ISSUES_PRELUDE } from './guard/issues.ts';
import { Scope } from './guard/scope.ts';
import { names } from './names.ts';
import type { InterfacePlan } from './plan.ts';
import type { LoadedMessage } from './spec-loader.ts';
import { sourceTable } from './sources.ts';
import { render } from './templates.ts';

/** ajv standalone emits `require(...)` for its runtime helpers and formats; give the ES module one. */
const ESM_REQUIRE = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";

/**
 * Two compilations of every message schema: `all` finds every violation (validate…), `failFast` stops at the first
 * (is…: a guard needs only the answer, and on invalid input stopping early is most of its speed).
 */
export type Compilation = 'all' | 'failFast';

const exportName = (compilation: Compilation) => (compilation === 'all' ? names.compiled : names.compiledFailFast);

/** The name ajv's function keeps beside ours: it answers `errors`, on demand. */
const ajvName = (name: string) => `ajv${name[0]!.toUpperCase()}${name.slice(1)}`;

/** The issue function of a message in validators.compiled.js (when generator/guard/ compiles its schema). */
const issuesName = (message: LoadedMessage) => `issues${names.type(message.meta)}`;

/** What `errors` reads before any rejection: ajv's functions answer null after an accepted value. */
const ACCEPTED = "const $accepted = Symbol('accepted');";

/**
 * Our code for one message in one compilation, or undefined when generator/guard/ does not handle its schema (ajv's
 * code then stands alone). `prefix` keeps the identifiers of the messages of one file apart.
 */
function ourCode(message: LoadedMessage, compilation: Compilation, prefix: string): string | undefined {
  const scope = new Scope(prefix);
  const name = exportName(compilation)(message.meta);
  const check = `$${prefix}check`;
  const code =
    compilation === 'failFast'
      ? compileGuard(message.schema, check, scope)
      : compileIssues(message.schema, check, sourceTable(message.schema, message.meta), scope);
  if (code === undefined) return undefined;
  const rejected = `$${prefix}rejected`;
  // Only the answer is paid for on every call: `errors` (the compiled-validator contract) is ajv's own for the
  // value last rejected, computed when read. The price is one rejected value kept alive per message.
  const remember = (accepted: string) => `${rejected} = ${accepted} ? $accepted : data;`;
  const exported =
    compilation === 'failFast'
      ? [
          `export const ${name} = function ${name}(data) {`,
          `  const valid = ${check}(data);`,
          `  ${remember('valid')}`,
          '  return valid;',
          '};',
        ]
      : [
          "/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */",
          `export function ${issuesName(message)}(data) {`,
          `  const issues = ${check}(data);`,
          `  ${remember('issues === null')}`,
          '  return issues;',
          '}',
          `export const ${name} = function ${name}(data) {`,
          `  return ${issuesName(message)}(data) === null;`,
          '};',
        ];
  const ajvFunction = ajvName(name);
  return [
    scope.code(),
    code,
    `let ${rejected} = $accepted;`,
    ...exported,
    `Object.defineProperty(${name}, 'errors', {`,
    `  get: () => (${rejected} === $accepted || ${ajvFunction}(${rejected}) ? null : ${ajvFunction}.errors),`,
    '});',
  ].join('\n');
}

/**
 * generated/<iface>/validators.compiled.js (every violation) and validators.fail-fast.compiled.js (the guards),
 * compiled here at generation time so the running program never compiles a schema (no Ajv instance in generated/).
 * Each holds our code (generator/guard/) for the schemas it handles and ajv's standalone code for the others, and
 * beside ours ajv's function for `errors`.
 */
export function emitCompiledValidators(plan: InterfacePlan, compilation: Compilation): string {
  const ajv = createAjv(compilation === 'all' ? 'generated' : 'generatedFailFast', { standaloneCode: true });
  const exports: Record<string, string> = {};
  const ours: string[] = [];
  plan.messages.forEach((message, index) => {
    const id = `${String(message.schema.$id ?? message.schemaPath)}`;
    ajv.addSchema(message.schema, id);
    compileStrictly(ajv, id, message.schemaPath);
    const name = exportName(compilation)(message.meta);
    const code = ourCode(message, compilation, `m${index}_`);
    exports[code === undefined ? name : ajvName(name)] = id;
    if (code !== undefined) ours.push(code);
  });
  const prelude = compilation === 'failFast' ? ACCEPTED : `${ACCEPTED}\n\n${ISSUES_PRELUDE}`;
  const ajvCode = standaloneCode.default(ajv, exports).replace(/^"use strict";/, '');
  return ESM_REQUIRE + ajvCode + (ours.length > 0 ? `\n${prelude}\n\n${ours.join('\n\n')}\n` : '');
}

/** ajv's strict refusal as an error naming the schema file (spec build has reported it as `schema-not-strict`). */
function compileStrictly(ajv: Ajv, id: string, schemaPath: string): void {
  try {
    ajv.getSchema(id);
  } catch (error) {
    throw new OmaspecError('GEN_SCHEMA_STRICT', `spec/schemas/${schemaPath}: ${(error as Error).message}`, {
      location: { file: `spec/schemas/${schemaPath}` },
      hint: 'omaspec lint reports it as schema-not-strict at the CR line; patch the schema with a decision and rebuild',
      cause: error,
    });
  }
}

export function emitCompiledDeclarations(plan: InterfacePlan, compilation: Compilation): string {
  const issues =
    compilation === 'all'
      ? plan.messages.filter((m, index) => ourCode(m, 'all', `m${index}_`) !== undefined).map(issuesName)
      : [];
  return render('compiled.d', { functions: plan.messages.map((m) => exportName(compilation)(m.meta)), issues });
}

/** generated/<iface>/validators.ts: typed guards and result-returning validators over the compiled code. */
export function emitValidators(plan: InterfacePlan): string {
  const validators = plan.messages.map((message, index) => ({
    type: names.type(message.meta),
    guard: names.guard(message.meta),
    validate: names.validate(message.meta),
    compiled: names.compiled(message.meta),
    failFast: names.compiledFailFast(message.meta),
    // Issues straight from our all-errors code; ajv's errors through toIssues for the schemas it is left with.
    issues: ourCode(message, 'all', `m${index}_`) === undefined ? undefined : issuesName(message),
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
