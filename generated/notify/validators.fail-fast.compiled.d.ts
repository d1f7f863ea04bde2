/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import type { CompiledError } from '../common/validation.js';

/** An ajv standalone validate function: true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const failFastNotificationSubmitReq: CompiledValidator;
export declare const failFastNotificationSubmitRes: CompiledValidator;
