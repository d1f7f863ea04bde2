/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/common/jsonrpc.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationRes.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationRes.schema.json
 *   spec/schemas/aoi1/notificationDeliveryReq.schema.json
 *   spec/schemas/aoi1/notificationDeliveryRes.schema.json
 */
import type { CompiledError } from '../common/validation.js';

/** An ajv standalone validate function: true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const checkAoiClientDeregistrationReq: CompiledValidator;
export declare const checkAoiClientDeregistrationRes: CompiledValidator;
export declare const checkAoiClientRegistrationReq: CompiledValidator;
export declare const checkAoiClientRegistrationRes: CompiledValidator;
export declare const checkClientAppDeregistrationReq: CompiledValidator;
export declare const checkClientAppDeregistrationRes: CompiledValidator;
export declare const checkAoi1ClientAppRegistrationReq: CompiledValidator;
export declare const checkAoi1ClientAppRegistrationRes: CompiledValidator;
export declare const checkNotificationDeliveryReq: CompiledValidator;
export declare const checkNotificationDeliveryRes: CompiledValidator;
