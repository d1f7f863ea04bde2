/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 */
import type { CompiledError, ValidationIssue } from '../common/validation.js';

/** A compiled validate function (generator/guard/'s or ajv's standalone code): true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const checkDmPackage1: CompiledValidator;
export declare const checkDmPackage2: CompiledValidator;
export declare const checkDmPackage3: CompiledValidator;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesDmPackage1(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesDmPackage2(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesDmPackage3(data: unknown): ValidationIssue[] | null;
