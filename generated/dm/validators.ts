/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 */
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type { DmPackage1, DmPackage2, DmPackage3 } from './types.js';
import { issuesDmPackage1, issuesDmPackage2, issuesDmPackage3 } from './validators.compiled.js';
import { failFastDmPackage1, failFastDmPackage2, failFastDmPackage3 } from './validators.fail-fast.compiled.js';

/** Type guard for `dmPackage1`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage1 = failFastDmPackage1 as (value: unknown) => value is DmPackage1;

/** Validates `dmPackage1`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateDmPackage1(value: unknown): ValidationResult<DmPackage1> {
  const issues = issuesDmPackage1(value);
  return issues === null ? { ok: true, value: value as DmPackage1 } : { ok: false, issues };
}

/** Type guard for `dmPackage2`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage2 = failFastDmPackage2 as (value: unknown) => value is DmPackage2;

/** Validates `dmPackage2`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateDmPackage2(value: unknown): ValidationResult<DmPackage2> {
  const issues = issuesDmPackage2(value);
  return issues === null ? { ok: true, value: value as DmPackage2 } : { ok: false, issues };
}

/** Type guard for `dmPackage3`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage3 = failFastDmPackage3 as (value: unknown) => value is DmPackage3;

/** Validates `dmPackage3`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateDmPackage3(value: unknown): ValidationResult<DmPackage3> {
  const issues = issuesDmPackage3(value);
  return issues === null ? { ok: true, value: value as DmPackage3 } : { ok: false, issues };
}
