/**
 * PROVISIONAL STAND-IN for generated/dm/validators.ts.
 *
 * The generated validators (ajv standalone code) are not on main yet, so this module compiles
 * the spec's own schemas, spec/schemas/dm/dmPackage{1,2}.schema.json, with ajv when it is first
 * loaded. It exports the same two functions with the same result shape; when generated/ lands,
 * this file becomes a re-export of generated/dm/validators.ts (no run-time compilation).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { META_KEYWORD, SOURCE_KEYWORD } from '../../spec/src/spec-format.ts';
import type { DmPackage1, DmPackage2, DmValidators, ValidationIssue, ValidationResult } from './types.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addKeyword({ keyword: META_KEYWORD });
ajv.addKeyword({ keyword: SOURCE_KEYWORD });

/** Same path convention as the generator's toIssues: a missing or extra member is named in the path. */
function toIssue(error: ErrorObject): ValidationIssue {
  const member =
    error.keyword === 'required' ? `/${String(error.params.missingProperty)}`
    : error.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}`
    : '';
  return { path: error.instancePath + member, rule: error.keyword, message: error.message ?? error.keyword };
}

function validatorFor<T>(name: string): (x: unknown) => ValidationResult<T> {
  const url = new URL(`../../spec/schemas/dm/${name}.schema.json`, import.meta.url);
  const check = ajv.compile<T>(JSON.parse(readFileSync(url, 'utf8')) as object);
  return (x) => (check(x) ? { ok: true, value: x } : { ok: false, issues: (check.errors ?? []).map(toIssue) });
}

export const validateDmPackage1 = validatorFor<DmPackage1>('dmPackage1');
export const validateDmPackage2 = validatorFor<DmPackage2>('dmPackage2');
export const dmValidators: DmValidators = { validateDmPackage1, validateDmPackage2 };
