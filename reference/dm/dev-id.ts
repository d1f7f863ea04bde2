/**
 * What an OMADM-DevID may look like. The value names the device everywhere — its queue, its
 * credential, its data area `/dm/data/{devId}/…` — so it is restricted to characters that cannot
 * step out of a path segment or be read two ways: letters, digits and `: . _ - + @`, starting
 * with a letter or digit (IMEI:490154203237518, MEID:A10000009296F2, urn-style ids).
 */
export const DEFAULT_MAX_DEV_ID_LENGTH = 256;

const DEV_ID = /^[A-Za-z0-9][A-Za-z0-9:._+@-]*$/;

/** Undefined when acceptable, else why not. */
export function devIdProblem(devId: string, maxLength = DEFAULT_MAX_DEV_ID_LENGTH): string | undefined {
  if (devId.length > maxLength) return `OMADM-DevID is ${devId.length} characters long, the limit is ${maxLength}`;
  if (!DEV_ID.test(devId)) {
    return 'OMADM-DevID may hold only letters, digits and : . _ - + @, and must start with a letter or digit';
  }
  return undefined;
}
