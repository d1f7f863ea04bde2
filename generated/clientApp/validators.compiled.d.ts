/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import type { CompiledError, ValidationIssue } from '../common/validation.js';

/** A compiled validate function (generator/guard/'s or ajv's standalone code): true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const checkClientAppRegistrationReq: CompiledValidator;
export declare const checkClientAppRegistrationRes: CompiledValidator;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesClientAppRegistrationReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesClientAppRegistrationRes(data: unknown): ValidationIssue[] | null;
