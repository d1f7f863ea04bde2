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

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoiClientDeregistrationReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoiClientDeregistrationRes(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoiClientRegistrationReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoiClientRegistrationRes(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesClientAppDeregistrationReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesClientAppDeregistrationRes(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoi1ClientAppRegistrationReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesAoi1ClientAppRegistrationRes(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesNotificationDeliveryReq(data: unknown): ValidationIssue[] | null;

/** The issues `validate…` reports for `data` (path, rule, message, CR source), null when it is valid. */
export declare function issuesNotificationDeliveryRes(data: unknown): ValidationIssue[] | null;
