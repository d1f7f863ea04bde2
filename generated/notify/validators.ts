/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type { NotificationSubmitReq, NotificationSubmitRes } from './types.js';
import { checkNotificationSubmitReq, checkNotificationSubmitRes } from './validators.compiled.js';
import { failFastNotificationSubmitReq, failFastNotificationSubmitRes } from './validators.fail-fast.compiled.js';

const sourcesNotificationSubmitReq: SourceTable = {
  root: { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 23 },
  bySchemaPath: {
    '#': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 23 },
    '#/properties/clientAppToken': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 34,
    },
    '#/properties/payload': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 38 },
    '#/properties/priority': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 42 },
    '#/properties/ttl': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 45 },
    '#/properties/idempotencyKey': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 48,
    },
  },
  byInstancePath: {
    '/clientAppToken': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 34 },
    '/payload': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 38 },
    '/priority': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 42 },
    '/ttl': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 45 },
    '/idempotencyKey': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 48 },
  },
};

/** Type guard for `notificationSubmitReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationSubmitReq = failFastNotificationSubmitReq as (
  value: unknown,
) => value is NotificationSubmitReq;

/**
 * Validates `notificationSubmitReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateNotificationSubmitReq(value: unknown): ValidationResult<NotificationSubmitReq> {
  return failFastNotificationSubmitReq(value) || checkNotificationSubmitReq(value)
    ? { ok: true, value: value as NotificationSubmitReq }
    : { ok: false, issues: toIssues(checkNotificationSubmitReq.errors, sourcesNotificationSubmitReq) };
}

const sourcesNotificationSubmitRes: SourceTable = {
  root: { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 56 },
  bySchemaPath: {
    '#': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 56 },
    '#/oneOf/0/properties/code': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 68 },
    '#/oneOf/0/properties/desc': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 72 },
    '#/oneOf/0/properties/notificationId': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 76,
    },
    '#/oneOf/1/properties/code': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 83 },
    '#/oneOf/1/properties/desc': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 87 },
  },
  byInstancePath: {
    '/code': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 68 },
    '/desc': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 72 },
    '/notificationId': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 76 },
  },
};

/** Type guard for `notificationSubmitRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationSubmitRes = failFastNotificationSubmitRes as (
  value: unknown,
) => value is NotificationSubmitRes;

/**
 * Validates `notificationSubmitRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateNotificationSubmitRes(value: unknown): ValidationResult<NotificationSubmitRes> {
  return failFastNotificationSubmitRes(value) || checkNotificationSubmitRes(value)
    ? { ok: true, value: value as NotificationSubmitRes }
    : { ok: false, issues: toIssues(checkNotificationSubmitRes.errors, sourcesNotificationSubmitRes) };
}
