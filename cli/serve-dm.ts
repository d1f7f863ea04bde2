import { DEFAULT_MAX_DEV_ID_LENGTH } from '../reference/dm/dev-id.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../reference/dm/http-handler.ts';
import type { DmOptions } from '../reference/dm/module.ts';
import { DEFAULT_DM_SESSION_LIMITS } from '../reference/dm/session.ts';
import { DEFAULT_DM_STORE_LIMITS, type DmStoreLimits } from '../reference/dm/store.ts';
import { limitFlags, limitOptions } from './serve-limits.ts';

/** The `omaspec serve` flag of each DM limit: a limit added to DmOptions does not type-check until it has one. */
export const DM_LIMIT_FLAGS = {
  maxBodyBytes: 'dm-max-body-bytes',
  maxDevIdLength: 'dm-max-dev-id-length',
  maxCommandsPerPackage: 'dm-max-commands-per-package',
  maxRounds: 'dm-max-rounds',
  maxSessionSeconds: 'dm-max-session-seconds',
} as const satisfies Record<Exclude<keyof DmOptions, 'store' | 'storeLimits'>, string>;

/** The flag of each per-device bound of the DM store (`dm.storeLimits`), checked against DmStoreLimits alike. */
export const DM_STORE_LIMIT_FLAGS = {
  maxQueuedPerDevice: 'dm-max-queued-per-device',
  maxDataResourcesPerDevice: 'dm-max-data-resources-per-device',
  maxSessionsPerDevice: 'dm-max-sessions-per-device',
} as const satisfies Record<keyof DmStoreLimits, string>;

export const dmFlags = { ...limitFlags(DM_LIMIT_FLAGS), ...limitFlags(DM_STORE_LIMIT_FLAGS) };

const { maxCommandsPerPackage, maxRounds, maxSessionSeconds } = DEFAULT_DM_SESSION_LIMITS;
const { maxQueuedPerDevice, maxDataResourcesPerDevice, maxSessionsPerDevice } = DEFAULT_DM_STORE_LIMITS;

export const dmUsage = `DM 2.0 sessions (POST /dm, see reference/dm/README.md):
  --dm-max-body-bytes BYTES        largest package or data area body, else 413 (default ${DEFAULT_MAX_BODY_BYTES})
  --dm-max-dev-id-length N         longest OMADM-DevID, else 400 (default ${DEFAULT_MAX_DEV_ID_LENGTH})
  --dm-max-commands-per-package N  queued commands in one Package#2, the rest in the next (default ${maxCommandsPerPackage})
  --dm-max-rounds N                Package#2s with commands in one session, then END (default ${maxRounds})
  --dm-max-session-seconds S       longest session, then END; leftover commands wait for the next (default ${maxSessionSeconds})
  --dm-max-queued-per-device N     undelivered commands one device may have, else 409 queue-full (default ${maxQueuedPerDevice})
  --dm-max-data-resources-per-device N  resources in one device's data area, else 409 (default ${maxDataResourcesPerDevice})
  --dm-max-sessions-per-device N   sessions of history kept per device, the oldest dropped (default ${maxSessionsPerDevice})`;

export function dmOptions(values: Record<string, unknown>): DmOptions {
  return { ...limitOptions(DM_LIMIT_FLAGS, values), storeLimits: limitOptions(DM_STORE_LIMIT_FLAGS, values) };
}
