/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import { toIssues, type SourceTable, type ValidationResult } from '../common/validation.js';
import type { ClientAppRegistrationReq, ClientAppRegistrationRes } from './types.js';
import { checkClientAppRegistrationReq, checkClientAppRegistrationRes } from './validators.compiled.js';
import { failFastClientAppRegistrationReq, failFastClientAppRegistrationRes } from './validators.fail-fast.compiled.js';

const sourcesClientAppRegistrationReq: SourceTable = {
  root: { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 55 },
  bySchemaPath: {
    '#': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 55 },
    '#/properties/messageType': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 60 },
    '#/properties/applicationName': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 65 },
    '#/properties/tokenSeed': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 70 },
  },
  byInstancePath: {
    '/messageType': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 60 },
    '/applicationName': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 65 },
    '/tokenSeed': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 70 },
  },
};

/** Type guard for `clientApp.clientAppRegistrationReq`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppRegistrationReq = failFastClientAppRegistrationReq as (
  value: unknown,
) => value is ClientAppRegistrationReq;

/**
 * Validates `clientApp.clientAppRegistrationReq`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateClientAppRegistrationReq(value: unknown): ValidationResult<ClientAppRegistrationReq> {
  return failFastClientAppRegistrationReq(value) || checkClientAppRegistrationReq(value)
    ? { ok: true, value: value as ClientAppRegistrationReq }
    : { ok: false, issues: toIssues(checkClientAppRegistrationReq.errors, sourcesClientAppRegistrationReq) };
}

/** @deprecated Renamed to {@link isClientAppRegistrationReq }. */
export const isClientAppClientAppRegistrationReq = isClientAppRegistrationReq;

/** @deprecated Renamed to {@link validateClientAppRegistrationReq }. */
export const validateClientAppClientAppRegistrationReq = validateClientAppRegistrationReq;

const sourcesClientAppRegistrationRes: SourceTable = {
  root: { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 80 },
  bySchemaPath: {
    '#': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 80 },
    '#/oneOf/0/properties/messageType': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 85 },
    '#/oneOf/0/properties/code': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 90 },
    '#/oneOf/0/properties/desc': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 97 },
    '#/oneOf/0/properties/clientAppToken': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 102 },
    '#/oneOf/0/properties/aoiServerUrl': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 107 },
    '#/oneOf/1/properties/messageType': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 121 },
    '#/oneOf/1/properties/code': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 126 },
    '#/oneOf/1/properties/desc': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 139 },
  },
  byInstancePath: {
    '/messageType': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 85 },
    '/code': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 90 },
    '/desc': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 97 },
    '/clientAppToken': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 102 },
    '/aoiServerUrl': { cr: '001_5aa78a6be4cd429f.txt', section: '9.3.1', line: 107 },
  },
};

/** Type guard for `clientApp.clientAppRegistrationRes`: the compiled check that stops at the first violation, typed as a guard (no wrapper). */
export const isClientAppRegistrationRes = failFastClientAppRegistrationRes as (
  value: unknown,
) => value is ClientAppRegistrationRes;

/**
 * Validates `clientApp.clientAppRegistrationRes`, finding every violation; issues name the JSON path, the failed rule and the CR source. The guard
 * answers for valid values; only a rejected one pays for the search of every violation.
 */
export function validateClientAppRegistrationRes(value: unknown): ValidationResult<ClientAppRegistrationRes> {
  return failFastClientAppRegistrationRes(value) || checkClientAppRegistrationRes(value)
    ? { ok: true, value: value as ClientAppRegistrationRes }
    : { ok: false, issues: toIssues(checkClientAppRegistrationRes.errors, sourcesClientAppRegistrationRes) };
}

/** @deprecated Renamed to {@link isClientAppRegistrationRes }. */
export const isClientAppClientAppRegistrationRes = isClientAppRegistrationRes;

/** @deprecated Renamed to {@link validateClientAppRegistrationRes }. */
export const validateClientAppClientAppRegistrationRes = validateClientAppRegistrationRes;
