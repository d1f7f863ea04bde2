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
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type {
  AoiClientDeregistrationReq,
  AoiClientDeregistrationRes,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationRes,
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationRes,
  NotificationDeliveryReq,
  NotificationDeliveryRes,
} from './types.js';
import {
  issuesAoiClientDeregistrationReq,
  issuesAoiClientDeregistrationRes,
  issuesAoiClientRegistrationReq,
  issuesAoiClientRegistrationRes,
  issuesClientAppDeregistrationReq,
  issuesClientAppDeregistrationRes,
  issuesAoi1ClientAppRegistrationReq,
  issuesAoi1ClientAppRegistrationRes,
  issuesNotificationDeliveryReq,
  issuesNotificationDeliveryRes,
} from './validators.compiled.js';
import {
  failFastAoiClientDeregistrationReq,
  failFastAoiClientDeregistrationRes,
  failFastAoiClientRegistrationReq,
  failFastAoiClientRegistrationRes,
  failFastClientAppDeregistrationReq,
  failFastClientAppDeregistrationRes,
  failFastAoi1ClientAppRegistrationReq,
  failFastAoi1ClientAppRegistrationRes,
  failFastNotificationDeliveryReq,
  failFastNotificationDeliveryRes,
} from './validators.fail-fast.compiled.js';

/** Type guard for `aoiClientDeregistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientDeregistrationReq = failFastAoiClientDeregistrationReq as (
  value: unknown,
) => value is AoiClientDeregistrationReq;

/** Validates `aoiClientDeregistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoiClientDeregistrationReq(value: unknown): ValidationResult<AoiClientDeregistrationReq> {
  const issues = issuesAoiClientDeregistrationReq(value);
  return issues === null ? { ok: true, value: value as AoiClientDeregistrationReq } : { ok: false, issues };
}

/** Type guard for `aoiClientDeregistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientDeregistrationRes = failFastAoiClientDeregistrationRes as (
  value: unknown,
) => value is AoiClientDeregistrationRes;

/** Validates `aoiClientDeregistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoiClientDeregistrationRes(value: unknown): ValidationResult<AoiClientDeregistrationRes> {
  const issues = issuesAoiClientDeregistrationRes(value);
  return issues === null ? { ok: true, value: value as AoiClientDeregistrationRes } : { ok: false, issues };
}

/** Type guard for `aoiClientRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientRegistrationReq = failFastAoiClientRegistrationReq as (
  value: unknown,
) => value is AoiClientRegistrationReq;

/** Validates `aoiClientRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoiClientRegistrationReq(value: unknown): ValidationResult<AoiClientRegistrationReq> {
  const issues = issuesAoiClientRegistrationReq(value);
  return issues === null ? { ok: true, value: value as AoiClientRegistrationReq } : { ok: false, issues };
}

/** Type guard for `aoiClientRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientRegistrationRes = failFastAoiClientRegistrationRes as (
  value: unknown,
) => value is AoiClientRegistrationRes;

/** Validates `aoiClientRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoiClientRegistrationRes(value: unknown): ValidationResult<AoiClientRegistrationRes> {
  const issues = issuesAoiClientRegistrationRes(value);
  return issues === null ? { ok: true, value: value as AoiClientRegistrationRes } : { ok: false, issues };
}

/** Type guard for `clientAppDeregistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppDeregistrationReq = failFastClientAppDeregistrationReq as (
  value: unknown,
) => value is ClientAppDeregistrationReq;

/** Validates `clientAppDeregistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateClientAppDeregistrationReq(value: unknown): ValidationResult<ClientAppDeregistrationReq> {
  const issues = issuesClientAppDeregistrationReq(value);
  return issues === null ? { ok: true, value: value as ClientAppDeregistrationReq } : { ok: false, issues };
}

/** Type guard for `clientAppDeregistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppDeregistrationRes = failFastClientAppDeregistrationRes as (
  value: unknown,
) => value is ClientAppDeregistrationRes;

/** Validates `clientAppDeregistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateClientAppDeregistrationRes(value: unknown): ValidationResult<ClientAppDeregistrationRes> {
  const issues = issuesClientAppDeregistrationRes(value);
  return issues === null ? { ok: true, value: value as ClientAppDeregistrationRes } : { ok: false, issues };
}

/** Type guard for `aoi1.clientAppRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoi1ClientAppRegistrationReq = failFastAoi1ClientAppRegistrationReq as (
  value: unknown,
) => value is Aoi1ClientAppRegistrationReq;

/** Validates `aoi1.clientAppRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoi1ClientAppRegistrationReq(value: unknown): ValidationResult<Aoi1ClientAppRegistrationReq> {
  const issues = issuesAoi1ClientAppRegistrationReq(value);
  return issues === null ? { ok: true, value: value as Aoi1ClientAppRegistrationReq } : { ok: false, issues };
}

/** Type guard for `aoi1.clientAppRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoi1ClientAppRegistrationRes = failFastAoi1ClientAppRegistrationRes as (
  value: unknown,
) => value is Aoi1ClientAppRegistrationRes;

/** Validates `aoi1.clientAppRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateAoi1ClientAppRegistrationRes(value: unknown): ValidationResult<Aoi1ClientAppRegistrationRes> {
  const issues = issuesAoi1ClientAppRegistrationRes(value);
  return issues === null ? { ok: true, value: value as Aoi1ClientAppRegistrationRes } : { ok: false, issues };
}

/** Type guard for `notificationDeliveryReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationDeliveryReq = failFastNotificationDeliveryReq as (
  value: unknown,
) => value is NotificationDeliveryReq;

/** Validates `notificationDeliveryReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateNotificationDeliveryReq(value: unknown): ValidationResult<NotificationDeliveryReq> {
  const issues = issuesNotificationDeliveryReq(value);
  return issues === null ? { ok: true, value: value as NotificationDeliveryReq } : { ok: false, issues };
}

/** Type guard for `notificationDeliveryRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationDeliveryRes = failFastNotificationDeliveryRes as (
  value: unknown,
) => value is NotificationDeliveryRes;

/** Validates `notificationDeliveryRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateNotificationDeliveryRes(value: unknown): ValidationResult<NotificationDeliveryRes> {
  const issues = issuesNotificationDeliveryRes(value);
  return issues === null ? { ok: true, value: value as NotificationDeliveryRes } : { ok: false, issues };
}
