import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv } from '../core/ajv.ts';
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

/**
 * generated/<iface>/validators.compiled.js and validators.fail-fast.compiled.js: ajv standalone code, compiled here at
 * generation time so the running program never compiles a schema (no Ajv instance in generated/).
 */
export function emitCompiledValidators(plan: InterfacePlan, compilation: Compilation): string {
  const ajv = createAjv(compilation === 'all' ? 'generated' : 'generatedFailFast', { standaloneCode: true });
  const exports: Record<string, string> = {};
  for (const message of plan.messages) {
    const id = `${String(message.schema.$id ?? message.schemaPath)}`;
    ajv.addSchema(message.schema, id);
    exports[exportName(compilation)(message.meta)] = id;
  }
  return ESM_REQUIRE + standaloneCode.default(ajv, exports).replace(/^"use strict";/, '');
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
