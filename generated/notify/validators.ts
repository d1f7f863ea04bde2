/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type { NotificationSubmitReq, NotificationSubmitRes } from './types.js';
import { issuesNotificationSubmitReq, issuesNotificationSubmitRes } from './validators.compiled.js';
import { failFastNotificationSubmitReq, failFastNotificationSubmitRes } from './validators.fail-fast.compiled.js';

/** Type guard for `notificationSubmitReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationSubmitReq = failFastNotificationSubmitReq as (
  value: unknown,
) => value is NotificationSubmitReq;

/** Validates `notificationSubmitReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateNotificationSubmitReq(value: unknown): ValidationResult<NotificationSubmitReq> {
  const issues = issuesNotificationSubmitReq(value);
  return issues === null ? { ok: true, value: value as NotificationSubmitReq } : { ok: false, issues };
}

/** Type guard for `notificationSubmitRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationSubmitRes = failFastNotificationSubmitRes as (
  value: unknown,
) => value is NotificationSubmitRes;

/** Validates `notificationSubmitRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. */
export function validateNotificationSubmitRes(value: unknown): ValidationResult<NotificationSubmitRes> {
  const issues = issuesNotificationSubmitRes(value);
  return issues === null ? { ok: true, value: value as NotificationSubmitRes } : { ok: false, issues };
}
