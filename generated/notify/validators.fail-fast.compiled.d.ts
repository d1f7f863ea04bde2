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

export declare const failFastNotificationSubmitReq: CompiledValidator;
export declare const failFastNotificationSubmitRes: CompiledValidator;
