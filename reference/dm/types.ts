/**
 * Package types of the OMA DM 2.0 JSON binding (CR 004, 7.2 and 7.3) and the validator shape
 * the binding consumes.
 *
 * PROVISIONAL: these mirror the brief's contract for generated/dm/types.ts and
 * generated/common/validation.ts. When generated/ lands on main, this file re-exports from there
 * and nothing else in reference/dm changes.
 */

export interface ValidationIssue {
  /** JSON pointer into the validated value, '' for the root. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. 'required', 'type'. */
  rule: string;
  message: string;
  source?: unknown;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** One supported Management Object: DDF link, MOID, and the MIIDs of its instances. */
export interface DmMoSupport {
  DDF?: string;
  MOID?: string;
  MIID?: string[];
}

/** One Client Initiated Alert item (provisional: shaped after the CR's illustrative example). */
export interface DmAlertItem {
  AlertType?: string;
  MIMEType?: string;
  SourceURI?: string;
  Mark?: string;
  Data?: unknown;
}

/** Package#1, application/vnd.oma.dm.initiation+json. */
export interface DmPackage1 {
  MOS?: DmMoSupport[];
  Alert?: { Items?: DmAlertItem[] };
}

/** Package#2, application/vnd.oma.dm.request+json: commands, each [name, ...parameters]. */
export interface DmPackage2 {
  Cmd: string[][];
}

/** The validators the binding needs; generated/dm/validators.ts provides exactly these. */
export interface DmValidators {
  validateDmPackage1(x: unknown): ValidationResult<DmPackage1>;
  validateDmPackage2(x: unknown): ValidationResult<DmPackage2>;
}

export const DM_PACKAGE1_MEDIA_TYPE = 'application/vnd.oma.dm.initiation+json';
export const DM_PACKAGE2_MEDIA_TYPE = 'application/vnd.oma.dm.request+json';
/** HTTP header carrying the DevInfo/DevID node value (CR 004, 5.2.2). */
export const DM_DEVID_HEADER = 'OMADM-DevID';
