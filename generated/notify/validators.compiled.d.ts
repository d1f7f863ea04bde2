/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import type { CompiledError, ValidationIssue } from '../common/validation.js';

/** A compiled validate function (generator/guard/'s or ajv's standalone code): true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const checkNotificationSubmitReq: CompiledValidator;
export declare const checkNotificationSubmitRes: CompiledValidator;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesNotificationSubmitReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesNotificationSubmitRes(data: unknown): ValidationIssue[] | null;
