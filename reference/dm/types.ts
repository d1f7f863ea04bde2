/**
 * The package types and validator shape the DM binding works with: the generated ones
 * (generated/dm from spec/schemas/dm), plus the media types and header of CR 004.
 */
import type { ValidationResult } from '../../generated/common/validation.ts';
import type { DmPackage1, DmPackage2 } from '../../generated/dm/types.ts';

export type { ValidationIssue, ValidationResult } from '../../generated/common/validation.ts';
export type { DmPackage1, DmPackage2 } from '../../generated/dm/types.ts';

/** The validators the binding depends on (injected, so tests and other builds can swap them). */
export interface DmValidators {
  validateDmPackage1(x: unknown): ValidationResult<DmPackage1>;
  validateDmPackage2(x: unknown): ValidationResult<DmPackage2>;
}

export const DM_PACKAGE1_MEDIA_TYPE = 'application/vnd.oma.dm.initiation+json';
export const DM_PACKAGE2_MEDIA_TYPE = 'application/vnd.oma.dm.request+json';
/** HTTP header carrying the DevInfo/DevID node value (CR 004, 5.2.2). */
export const DM_DEVID_HEADER = 'OMADM-DevID';
