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

export declare const failFastDmPackage1: CompiledValidator;
export declare const failFastDmPackage2: CompiledValidator;
export declare const failFastDmPackage3: CompiledValidator;
