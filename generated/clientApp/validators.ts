/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type { ClientAppRegistrationReq, ClientAppRegistrationRes } from './types.js';
import { issuesClientAppRegistrationReq, issuesClientAppRegistrationRes } from './validators.compiled.js';
import { failFastClientAppRegistrationReq, failFastClientAppRegistrationRes } from './validators.fail-fast.compiled.js';

/** Type guard for `clientApp.clientAppRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppRegistrationReq = failFastClientAppRegistrationReq as (
  value: unknown,
) => value is ClientAppRegistrationReq;

/** Validates `clientApp.clientAppRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateClientAppRegistrationReq(value: unknown): ValidationResult<ClientAppRegistrationReq> {
  const issues = issuesClientAppRegistrationReq(value);
  return issues === null ? { ok: true, value: value as ClientAppRegistrationReq } : { ok: false, issues };
}

/** @deprecated Renamed to {@link isClientAppRegistrationReq }. */
export const isClientAppClientAppRegistrationReq = isClientAppRegistrationReq;

/** @deprecated Renamed to {@link validateClientAppRegistrationReq }. */
export const validateClientAppClientAppRegistrationReq = validateClientAppRegistrationReq;

/** Type guard for `clientApp.clientAppRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppRegistrationRes = failFastClientAppRegistrationRes as (
  value: unknown,
) => value is ClientAppRegistrationRes;

/** Validates `clientApp.clientAppRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateClientAppRegistrationRes(value: unknown): ValidationResult<ClientAppRegistrationRes> {
  const issues = issuesClientAppRegistrationRes(value);
  return issues === null ? { ok: true, value: value as ClientAppRegistrationRes } : { ok: false, issues };
}

/** @deprecated Renamed to {@link isClientAppRegistrationRes }. */
export const isClientAppClientAppRegistrationRes = isClientAppRegistrationRes;

/** @deprecated Renamed to {@link validateClientAppRegistrationRes }. */
export const validateClientAppClientAppRegistrationRes = validateClientAppRegistrationRes;
