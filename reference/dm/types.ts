/**
 * The package types and validator shape the DM binding works with: the generated ones
 * (generated/dm from spec/schemas/dm), plus the media types and headers.
 */
import type { ValidationResult } from '../../generated/common/validation.ts';
import type { DmPackage1, DmPackage2, DmPackage3 } from '../../generated/dm/types.ts';

export type { ValidationIssue, ValidationResult } from '../../generated/common/validation.ts';
export type { DmPackage1, DmPackage2, DmPackage3 } from '../../generated/dm/types.ts';

/** The validators the binding depends on (injected, so tests and other builds can swap them). */
export interface DmValidators {
  validateDmPackage1(x: unknown): ValidationResult<DmPackage1>;
  validateDmPackage2(x: unknown): ValidationResult<DmPackage2>;
  validateDmPackage3(x: unknown): ValidationResult<DmPackage3>;
}

export const DM_PACKAGE1_MEDIA_TYPE = 'application/vnd.oma.dm.initiation+json';
export const DM_PACKAGE2_MEDIA_TYPE = 'application/vnd.oma.dm.request+json';
/** Package#3, the client's statuses (provisional extension spec/extensions/dm-package3.yaml). */
export const DM_PACKAGE3_MEDIA_TYPE = 'application/vnd.oma.dm.response+json';
/** HTTP header carrying the DevInfo/DevID node value (CR 004, 5.2.2). */
export const DM_DEVID_HEADER = 'OMADM-DevID';
/**
 * Provisional (this project's, not a CR's): every Package#2 names its session and round in these
 * headers, and the Package#3 that answers it repeats them, so the server knows which Package#2 a
 * Package#3 answers and refuses a replayed or out-of-order one.
 */
export const DM_SESSION_HEADER = 'OMADM-SessionID';
export const DM_ROUND_HEADER = 'OMADM-Round';
