/** The rows of the DM tables (sqlite-tables.ts) as better-sqlite3 returns them, and their records. */
import type {
  DmDataResource,
  DmDeliveredCommand,
  DmSessionRecord,
  DmSessionState,
  DmStatus,
  QueuedDmCommand,
} from './store.ts';

export interface Row {
  device: { dev_id: string; first_seen: string; last_seen: string; sessions: number };
  mo: { ddf: string | null; moid: string | null; miids: string };
  alert: {
    received_at: string;
    alert_type: string | null;
    mime_type: string | null;
    source_uri: string | null;
    mark: string | null;
    data: string | null;
  };
  queue: { id: number; command: string; queued_at: string };
  session: {
    id: string;
    dev_id: string;
    started_at: string;
    updated_at: string;
    round: number;
    state: DmSessionState;
    ended_reason: string | null;
  };
  command: {
    session_id: string;
    round: number;
    position: number;
    command: string;
    status: string | null;
    reported_at: string | null;
  };
  credential: { digest: Buffer; issued_at: string };
  data: {
    path: string;
    media_type: string;
    body: Buffer;
    etag: string;
    updated_at: string;
    updated_by: string;
  };
}

export const toQueued = (r: Row['queue']): QueuedDmCommand => ({
  id: r.id,
  command: JSON.parse(r.command) as string[],
  queuedAt: r.queued_at,
});

export const toSession = (r: Row['session']): DmSessionRecord => ({
  id: r.id,
  devId: r.dev_id,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
  round: r.round,
  state: r.state,
  ...(r.ended_reason === null ? {} : { endedReason: r.ended_reason }),
});

export const toDelivered = (r: Row['command']): DmDeliveredCommand => ({
  sessionId: r.session_id,
  round: r.round,
  position: r.position,
  command: JSON.parse(r.command) as string[],
  ...(r.status === null ? {} : { status: JSON.parse(r.status) as DmStatus }),
  ...(r.reported_at === null ? {} : { reportedAt: r.reported_at }),
});

export const toResource = (r: Row['data']): DmDataResource => ({
  path: r.path,
  mediaType: r.media_type,
  body: r.body,
  etag: r.etag,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});
