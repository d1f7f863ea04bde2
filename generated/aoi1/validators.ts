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
  checkAoiClientDeregistrationReq,
  checkAoiClientDeregistrationRes,
  checkAoiClientRegistrationReq,
  checkAoiClientRegistrationRes,
  checkClientAppDeregistrationReq,
  checkClientAppDeregistrationRes,
  checkAoi1ClientAppRegistrationReq,
  checkAoi1ClientAppRegistrationRes,
  checkNotificationDeliveryReq,
  checkNotificationDeliveryRes,
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

const sourcesAoiClientDeregistrationReq: SourceTable = {
  root: { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 160 },
  bySchemaPath: {
    '#': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 160 },
    '#/properties/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 168 },
    '#/properties/clientID': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 175 },
  },
  byInstancePath: {
    '/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 168 },
    '/clientID': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 175 },
  },
};

/** Type guard for `aoiClientDeregistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientDeregistrationReq = failFastAoiClientDeregistrationReq as (
  value: unknown,
) => value is AoiClientDeregistrationReq;

/**
 * Validates `aoiClientDeregistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoiClientDeregistrationReq(value: unknown): ValidationResult<AoiClientDeregistrationReq> {
  return failFastAoiClientDeregistrationReq(value) || checkAoiClientDeregistrationReq(value)
    ? { ok: true, value: value as AoiClientDeregistrationReq }
    : { ok: false, issues: toIssues(checkAoiClientDeregistrationReq.errors, sourcesAoiClientDeregistrationReq) };
}

const sourcesAoiClientDeregistrationRes: SourceTable = {
  root: { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 195 },
  bySchemaPath: {
    '#': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 195 },
    '#/properties/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 203 },
    '#/properties/code': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 210 },
    '#/properties/desc': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 215 },
  },
  byInstancePath: {
    '/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 203 },
    '/code': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 210 },
    '/desc': { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 215 },
  },
};

/** Type guard for `aoiClientDeregistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientDeregistrationRes = failFastAoiClientDeregistrationRes as (
  value: unknown,
) => value is AoiClientDeregistrationRes;

/**
 * Validates `aoiClientDeregistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoiClientDeregistrationRes(value: unknown): ValidationResult<AoiClientDeregistrationRes> {
  return failFastAoiClientDeregistrationRes(value) || checkAoiClientDeregistrationRes(value)
    ? { ok: true, value: value as AoiClientDeregistrationRes }
    : { ok: false, issues: toIssues(checkAoiClientDeregistrationRes.errors, sourcesAoiClientDeregistrationRes) };
}

const sourcesAoiClientRegistrationReq: SourceTable = {
  root: { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 32 },
  bySchemaPath: {
    '#': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 32 },
    '#/properties/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 40 },
    '#/properties/deviceNumber': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 47 },
  },
  byInstancePath: {
    '/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 40 },
    '/deviceNumber': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 47 },
  },
};

/** Type guard for `aoiClientRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientRegistrationReq = failFastAoiClientRegistrationReq as (
  value: unknown,
) => value is AoiClientRegistrationReq;

/**
 * Validates `aoiClientRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoiClientRegistrationReq(value: unknown): ValidationResult<AoiClientRegistrationReq> {
  return failFastAoiClientRegistrationReq(value) || checkAoiClientRegistrationReq(value)
    ? { ok: true, value: value as AoiClientRegistrationReq }
    : { ok: false, issues: toIssues(checkAoiClientRegistrationReq.errors, sourcesAoiClientRegistrationReq) };
}

const sourcesAoiClientRegistrationRes: SourceTable = {
  root: { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 66 },
  bySchemaPath: {
    '#': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 66 },
    '#/oneOf/0/properties/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 74 },
    '#/oneOf/0/properties/clientID': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 81 },
    '#/oneOf/0/properties/code': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 86 },
    '#/oneOf/0/properties/desc': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 92 },
    '#/oneOf/1/properties/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 124 },
    '#/oneOf/1/properties/code': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 131 },
    '#/oneOf/1/properties/desc': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 136 },
  },
  byInstancePath: {
    '/messageType': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 74 },
    '/clientID': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 81 },
    '/code': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 86 },
    '/desc': { cr: '002_c738242bc884de22.txt', section: '10.1.1', line: 92 },
  },
};

/** Type guard for `aoiClientRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoiClientRegistrationRes = failFastAoiClientRegistrationRes as (
  value: unknown,
) => value is AoiClientRegistrationRes;

/**
 * Validates `aoiClientRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoiClientRegistrationRes(value: unknown): ValidationResult<AoiClientRegistrationRes> {
  return failFastAoiClientRegistrationRes(value) || checkAoiClientRegistrationRes(value)
    ? { ok: true, value: value as AoiClientRegistrationRes }
    : { ok: false, issues: toIssues(checkAoiClientRegistrationRes.errors, sourcesAoiClientRegistrationRes) };
}

const sourcesClientAppDeregistrationReq: SourceTable = {
  root: { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 82 },
  bySchemaPath: {
    '#': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 82 },
    '#/properties/params/properties/clientID': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 86 },
    '#/properties/params/properties/clientAppToken': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 87 },
  },
  byInstancePath: {
    '/params/clientID': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 86 },
    '/params/clientAppToken': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 87 },
  },
};

/** Type guard for `clientAppDeregistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppDeregistrationReq = failFastClientAppDeregistrationReq as (
  value: unknown,
) => value is ClientAppDeregistrationReq;

/**
 * Validates `clientAppDeregistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateClientAppDeregistrationReq(value: unknown): ValidationResult<ClientAppDeregistrationReq> {
  return failFastClientAppDeregistrationReq(value) || checkClientAppDeregistrationReq(value)
    ? { ok: true, value: value as ClientAppDeregistrationReq }
    : { ok: false, issues: toIssues(checkClientAppDeregistrationReq.errors, sourcesClientAppDeregistrationReq) };
}

const sourcesClientAppDeregistrationRes: SourceTable = {
  root: { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
  bySchemaPath: {
    '#': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
    '#/oneOf/0/properties/result/properties/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
    '#/oneOf/0/properties/result/properties/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 110 },
    '#/oneOf/1/properties/error/properties/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
    '#/oneOf/1/properties/error/properties/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 110 },
    '#/oneOf/1/properties/error/properties/data': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
  },
  byInstancePath: {
    '/result/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
    '/result/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 110 },
    '/error/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
    '/error/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 110 },
    '/error/data': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.6', line: 109 },
  },
};

/** Type guard for `clientAppDeregistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppDeregistrationRes = failFastClientAppDeregistrationRes as (
  value: unknown,
) => value is ClientAppDeregistrationRes;

/**
 * Validates `clientAppDeregistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateClientAppDeregistrationRes(value: unknown): ValidationResult<ClientAppDeregistrationRes> {
  return failFastClientAppDeregistrationRes(value) || checkClientAppDeregistrationRes(value)
    ? { ok: true, value: value as ClientAppDeregistrationRes }
    : { ok: false, issues: toIssues(checkClientAppDeregistrationRes.errors, sourcesClientAppDeregistrationRes) };
}

const sourcesAoi1ClientAppRegistrationReq: SourceTable = {
  root: { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 21 },
  bySchemaPath: {
    '#': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 21 },
    '#/properties/params/properties/clientID': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 25 },
    '#/properties/params/properties/tokenSeed': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 26 },
  },
  byInstancePath: {
    '/params/clientID': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 25 },
    '/params/tokenSeed': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 26 },
  },
};

/** Type guard for `aoi1.clientAppRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoi1ClientAppRegistrationReq = failFastAoi1ClientAppRegistrationReq as (
  value: unknown,
) => value is Aoi1ClientAppRegistrationReq;

/**
 * Validates `aoi1.clientAppRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoi1ClientAppRegistrationReq(value: unknown): ValidationResult<Aoi1ClientAppRegistrationReq> {
  return failFastAoi1ClientAppRegistrationReq(value) || checkAoi1ClientAppRegistrationReq(value)
    ? { ok: true, value: value as Aoi1ClientAppRegistrationReq }
    : { ok: false, issues: toIssues(checkAoi1ClientAppRegistrationReq.errors, sourcesAoi1ClientAppRegistrationReq) };
}

const sourcesAoi1ClientAppRegistrationRes: SourceTable = {
  root: { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
  bySchemaPath: {
    '#': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
    '#/oneOf/0/properties/result/properties/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
    '#/oneOf/0/properties/result/properties/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 47 },
    '#/oneOf/0/properties/result/properties/clientAppToken': {
      cr: '000_405bc08fdded4f6d.txt',
      section: '10.1.5',
      line: 48,
    },
    '#/oneOf/0/properties/result/properties/aoiServerUrl': {
      cr: '000_405bc08fdded4f6d.txt',
      section: '10.1.5',
      line: 49,
    },
    '#/oneOf/1/properties/error/properties/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
    '#/oneOf/1/properties/error/properties/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 47 },
    '#/oneOf/1/properties/error/properties/data': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
  },
  byInstancePath: {
    '/result/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
    '/result/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 47 },
    '/result/clientAppToken': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 48 },
    '/result/aoiServerUrl': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 49 },
    '/error/code': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
    '/error/message': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 47 },
    '/error/data': { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 46 },
  },
};

/** Type guard for `aoi1.clientAppRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isAoi1ClientAppRegistrationRes = failFastAoi1ClientAppRegistrationRes as (
  value: unknown,
) => value is Aoi1ClientAppRegistrationRes;

/**
 * Validates `aoi1.clientAppRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateAoi1ClientAppRegistrationRes(value: unknown): ValidationResult<Aoi1ClientAppRegistrationRes> {
  return failFastAoi1ClientAppRegistrationRes(value) || checkAoi1ClientAppRegistrationRes(value)
    ? { ok: true, value: value as Aoi1ClientAppRegistrationRes }
    : { ok: false, issues: toIssues(checkAoi1ClientAppRegistrationRes.errors, sourcesAoi1ClientAppRegistrationRes) };
}

const sourcesNotificationDeliveryReq: SourceTable = {
  root: { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 99 },
  bySchemaPath: {
    '#': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 99 },
    '#/properties/params/properties/clientAppToken': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 110,
    },
    '#/properties/params/properties/payload': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 114,
    },
    '#/properties/params/properties/priority': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 118,
    },
    '#/properties/params/properties/notificationId': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 122,
    },
  },
  byInstancePath: {
    '/params/clientAppToken': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 110 },
    '/params/payload': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 114 },
    '/params/priority': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 118 },
    '/params/notificationId': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 122 },
  },
};

/** Type guard for `notificationDeliveryReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationDeliveryReq = failFastNotificationDeliveryReq as (
  value: unknown,
) => value is NotificationDeliveryReq;

/**
 * Validates `notificationDeliveryReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateNotificationDeliveryReq(value: unknown): ValidationResult<NotificationDeliveryReq> {
  return failFastNotificationDeliveryReq(value) || checkNotificationDeliveryReq(value)
    ? { ok: true, value: value as NotificationDeliveryReq }
    : { ok: false, issues: toIssues(checkNotificationDeliveryReq.errors, sourcesNotificationDeliveryReq) };
}

const sourcesNotificationDeliveryRes: SourceTable = {
  root: { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 131 },
  bySchemaPath: {
    '#': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 131 },
    '#/oneOf/0/properties/result/properties/code': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 142,
    },
    '#/oneOf/0/properties/result/properties/message': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 146,
    },
    '#/oneOf/1/properties/error/properties/code': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 152,
    },
    '#/oneOf/1/properties/error/properties/message': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 156,
    },
    '#/oneOf/1/properties/error/properties/data': {
      cr: 'extensions/notifications.yaml',
      section: 'extension:notifications',
      line: 150,
    },
  },
  byInstancePath: {
    '/result/code': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 142 },
    '/result/message': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 146 },
    '/error/code': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 152 },
    '/error/message': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 156 },
    '/error/data': { cr: 'extensions/notifications.yaml', section: 'extension:notifications', line: 150 },
  },
};

/** Type guard for `notificationDeliveryRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isNotificationDeliveryRes = failFastNotificationDeliveryRes as (
  value: unknown,
) => value is NotificationDeliveryRes;

/**
 * Validates `notificationDeliveryRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateNotificationDeliveryRes(value: unknown): ValidationResult<NotificationDeliveryRes> {
  return failFastNotificationDeliveryRes(value) || checkNotificationDeliveryRes(value)
    ? { ok: true, value: value as NotificationDeliveryRes }
    : { ok: false, issues: toIssues(checkNotificationDeliveryRes.errors, sourcesNotificationDeliveryRes) };
}
