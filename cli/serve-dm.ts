import { DEFAULT_MAX_DEV_ID_LENGTH } from '../reference/dm/dev-id.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../reference/dm/http-handler.ts';
import type { DmOptions } from '../reference/dm/module.ts';
import { limitFlags, limitOptions } from './serve-limits.ts';

/** The `omaspec serve` flag of each DM limit: a limit added to DmOptions does not type-check until it has one. */
export const DM_LIMIT_FLAGS = {
  maxBodyBytes: 'dm-max-body-bytes',
  maxDevIdLength: 'dm-max-dev-id-length',
  maxCommandsPerPackage: 'dm-max-commands-per-package',
  maxRounds: 'dm-max-rounds',
  maxSessionSeconds: 'dm-max-session-seconds',
} as const satisfies Record<keyof DmOptions, string>;

export const dmFlags = limitFlags(DM_LIMIT_FLAGS);

// The session defaults are those of reference/dm/session.ts, which does not export them.
export const dmUsage = `DM 2.0 sessions (POST /dm, see reference/dm/README.md):
  --dm-max-body-bytes BYTES        largest package or data area body, else 413 (default ${DEFAULT_MAX_BODY_BYTES})
  --dm-max-dev-id-length N         longest OMADM-DevID, else 400 (default ${DEFAULT_MAX_DEV_ID_LENGTH})
  --dm-max-commands-per-package N  queued commands in one Package#2, the rest in the next (default 100)
  --dm-max-rounds N                Package#2s with commands in one session, then END (default 20)
  --dm-max-session-seconds S       longest session, then END; leftover commands wait for the next (default 600)`;

export function dmOptions(values: Record<string, unknown>): DmOptions {
  return limitOptions(DM_LIMIT_FLAGS, values);
}
