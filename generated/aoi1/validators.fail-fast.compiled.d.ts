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
import type { CompiledError, ValidationIssue } from '../common/validation.js';

/** A compiled validate function (generator/guard/'s or ajv's standalone code): true when valid, otherwise `errors` holds what failed. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}

export declare const failFastAoiClientDeregistrationReq: CompiledValidator;
export declare const failFastAoiClientDeregistrationRes: CompiledValidator;
export declare const failFastAoiClientRegistrationReq: CompiledValidator;
export declare const failFastAoiClientRegistrationRes: CompiledValidator;
export declare const failFastClientAppDeregistrationReq: CompiledValidator;
export declare const failFastClientAppDeregistrationRes: CompiledValidator;
export declare const failFastAoi1ClientAppRegistrationReq: CompiledValidator;
export declare const failFastAoi1ClientAppRegistrationRes: CompiledValidator;
export declare const failFastNotificationDeliveryReq: CompiledValidator;
export declare const failFastNotificationDeliveryRes: CompiledValidator;
