/**
 * The one place ajv is set up. Every stage validates against the same published schemas, so the differences
 * between set-ups are named presets here instead of options repeated at each `new Ajv`.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { META_KEYWORD, SOURCE_KEYWORD, UNRESOLVED_KEYWORD } from './spec-format.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const AJV_PRESETS = {
  /**
   * ajv's code in the generated validators (for the schemas generator/guard/ does not compile, and for `errors`
   * on demand beside ours), and the reference our own code is tested and benchmarked against: strict, so a schema
   * ajv would interpret loosely fails generation instead of validating less than it says; unions such as
   * `type: [string, number]` (JSON-RPC ids) are allowed.
   */
  generated: { allErrors: true, strict: true, allowUnionTypes: true, formats: true },
  /** The same, stopping at the first error: what the generated type guards (`is…`) answer like. */
  generatedFailFast: { allErrors: false, strict: true, allowUnionTypes: true, formats: true },
  /**
   * Documents judged against the spec stage's schemas (CR examples while building, tests, the conformance
   * suite): every issue, formats checked; not strict, since what a schema may say is lint's business there.
   */
  documents: { allErrors: true, strict: false, allowUnionTypes: false, formats: true },
  /** Meta-validation of schema fragments only (the reader's keyword check): nothing is validated against them. */
  metaSchema: { allErrors: false, strict: false, allowUnionTypes: false, formats: false },
} as const;

export type AjvPreset = keyof typeof AJV_PRESETS;

export interface AjvSetup {
  /** Keep the generated code so ajv's standalone module can emit it (generator only). */
  standaloneCode?: boolean;
  /** Schemas to register by their `$id`, e.g. common/jsonrpc.schema.json that message schemas refer to. */
  schemas?: readonly unknown[];
}

/** An ajv instance for `preset`, with the omaspec annotation keywords (`x-omaspec`, `x-omaspec-source`) known. */
export function createAjv(preset: AjvPreset, setup: AjvSetup = {}): Ajv {
  const { formats, ...options } = AJV_PRESETS[preset];
  const ajv = new Ajv({
    ...options,
    validateFormats: formats,
    keywords: [META_KEYWORD, SOURCE_KEYWORD, UNRESOLVED_KEYWORD],
    ...(setup.standaloneCode ? { code: { source: true, esm: true, lines: true } } : {}),
  });
  if (formats) addFormats(ajv);
  for (const schema of setup.schemas ?? []) ajv.addSchema(schema as object);
  return ajv;
}
