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
import { checkDmPackage1, checkDmPackage2, checkDmPackage3 } from './validators.compiled.js';
import { failFastDmPackage1, failFastDmPackage2, failFastDmPackage3 } from './validators.fail-fast.compiled.js';

const sourcesDmPackage1: SourceTable = {
  root: { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 60 },
  bySchemaPath: {
    '#': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 60 },
    '#/properties/MOS': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 78 },
    '#/properties/MOS/items/properties/DDF': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 103 },
    '#/properties/MOS/items/properties/MOID': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 110 },
    '#/properties/MOS/items/properties/MIID': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 117 },
    '#/properties/Alert': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 163 },
  },
  byInstancePath: {
    '/MOS': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 78 },
    '/MOS/*/DDF': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 103 },
    '/MOS/*/MOID': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 110 },
    '/MOS/*/MIID': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 117 },
    '/Alert': { cr: '004_a402fc140745ff35.txt', section: '7.2', line: 163 },
  },
};

/** Type guard for `dmPackage1`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage1 = failFastDmPackage1 as (value: unknown) => value is DmPackage1;

/**
 * Validates `dmPackage1`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateDmPackage1(value: unknown): ValidationResult<DmPackage1> {
  return failFastDmPackage1(value) || checkDmPackage1(value)
    ? { ok: true, value: value as DmPackage1 }
    : { ok: false, issues: toIssues(checkDmPackage1.errors, sourcesDmPackage1) };
}

const sourcesDmPackage2: SourceTable = {
  root: { cr: '004_a402fc140745ff35.txt', section: '7.3', line: 333 },
  bySchemaPath: {
    '#': { cr: '004_a402fc140745ff35.txt', section: '7.3', line: 333 },
    '#/properties/Cmd': { cr: '004_a402fc140745ff35.txt', section: '7.3', line: 351 },
  },
  byInstancePath: { '/Cmd': { cr: '004_a402fc140745ff35.txt', section: '7.3', line: 351 } },
};

/** Type guard for `dmPackage2`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage2 = failFastDmPackage2 as (value: unknown) => value is DmPackage2;

/**
 * Validates `dmPackage2`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateDmPackage2(value: unknown): ValidationResult<DmPackage2> {
  return failFastDmPackage2(value) || checkDmPackage2(value)
    ? { ok: true, value: value as DmPackage2 }
    : { ok: false, issues: toIssues(checkDmPackage2.errors, sourcesDmPackage2) };
}

const sourcesDmPackage3: SourceTable = {
  root: { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 17 },
  bySchemaPath: {
    '#': { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 17 },
    '#/properties/Status': { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 28 },
    '#/properties/Alert': { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 54 },
  },
  byInstancePath: {
    '/Status': { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 28 },
    '/Alert': { cr: 'extensions/dm-package3.yaml', section: 'extension:dm-package3', line: 54 },
  },
};

/** Type guard for `dmPackage3`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isDmPackage3 = failFastDmPackage3 as (value: unknown) => value is DmPackage3;

/**
 * Validates `dmPackage3`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateDmPackage3(value: unknown): ValidationResult<DmPackage3> {
  return failFastDmPackage3(value) || checkDmPackage3(value)
    ? { ok: true, value: value as DmPackage3 }
    : { ok: false, issues: toIssues(checkDmPackage3.errors, sourcesDmPackage3) };
}
