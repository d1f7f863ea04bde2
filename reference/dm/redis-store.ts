import { randomBytes } from 'node:crypto';
import type { ChainableCommander, Redis } from 'ioredis';
import { bearerMatches, newCredential, sha256 } from './bearer.ts';
import { APPLY, ENQUEUE, PUT_DATA } from './redis-scripts.ts';
import {
  DEFAULT_DM_STORE_LIMITS,
  DmDataAreaFullError,
  DmQueueFullError,
  dataEtag,
  type DmDataResource,
  type DmDeliveredCommand,
  type DmDeviceState,
  type DmSessionHistory,
  type DmSessionRecord,
  type DmSessionState,
  type DmSessionView,
  type DmStatus,
  type DmStep,
  type DmStepOutcome,
  type DmStore,
  type DmStoreLimits,
  type QueuedDmCommand,
} from './store.ts';

/*
 * Keys (after the prefix):
 *   dm:seq               the last command id handed out (one counter for every device)
 *   dm:sessionSeq        the last session creation number
 *   dm:dev:<devId>       hash  firstSeen, lastSeen, sessions, mos (JSON; absent until a Package#1 carries MOS)
 *   dm:alerts:<devId>    list  each alert as JSON with its receivedAt, oldest first
 *   dm:q:<devId>         zset  undelivered commands, member JSON [id, queuedAt, command] scored by id;
 *                              a Package#2 taking a command removes it
 *   dm:sessions:<devId>  zset  member "<creation number, 16 digits>:<sessionId>" scored by startedAt (epoch ms),
 *                              so that sessions started in the same millisecond sort by creation
 *   dm:s:<sessionId>     hash  devId, startedAt, updatedAt, round, state, endedReason, delivered (how many
 *                              commands the last round carried)
 *   dm:sc:<sessionId>    hash  "<round>:<position>" → the command as JSON; with ":s" → its status as JSON,
 *                              with ":t" → reportedAt
 *   dm:cred:<devId>      hash  digest (the credential's SHA-256, 32 bytes), issuedAt
 *   dm:data:<devId>      hash  path → {mediaType, etag, updatedAt, updatedBy} as JSON
 *   dm:body:<devId>      hash  path → the body's bytes
 * Every write of more than one key is one script (redis-scripts.ts), which builds key names from the
 * prefix where they depend on the data: a standalone Redis (or a primary with replicas) allows that,
 * Redis Cluster would not. Reads of several keys are one MULTI, so they see one moment.
 */

export interface RedisDmStoreOptions {
  limits?: Partial<DmStoreLimits>;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * DmStore in a Redis shared by several server nodes: any node may answer any package of a session,
 * since every step is checked against the stored session and queue when it is applied. The store does
 * not own the connection.
 */
export class RedisDmStore implements DmStore {
  private readonly limits: DmStoreLimits;
  private readonly now: () => Date;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    options: RedisDmStoreOptions = {},
  ) {
    this.limits = { ...DEFAULT_DM_STORE_LIMITS, ...options.limits };
    this.now = options.now ?? (() => new Date());
  }

  async view(devId: string, sessionId: string | undefined, maxCommands: number): Promise<DmSessionView> {
    const tx = this.redis
      .multi()
      .zrange(this.key('q', devId), '-inf', '+inf', 'BYSCORE', 'LIMIT', 0, Math.max(maxCommands, 0));
    if (sessionId !== undefined) tx.hgetall(this.key('s', sessionId));
    const [members, fields] = (await replies(tx)) as [string[], Record<string, string> | undefined];
    const pending = members.map(toQueued);
    if (sessionId === undefined || fields?.devId !== devId) return { delivered: 0, pending };
    return { session: toSession(sessionId, fields), delivered: Number(fields.delivered), pending };
  }

  async apply(devId: string, step: DmStep): Promise<DmStepOutcome> {
    const now = this.now();
    const at = now.toISOString();
    const common = {
      devId,
      kind: step.kind,
      at,
      take: step.take.map(String),
      cmd: step.cmd.map((command) => JSON.stringify(command)),
      alerts: step.alerts.map((alert) => JSON.stringify({ ...alert, receivedAt: at })),
      ended: step.ended,
    };
    const payload =
      step.kind === 'begin'
        ? {
            ...common,
            sessionId: randomBytes(16).toString('hex'),
            startedMs: String(now.getTime()),
            mos: step.mos && JSON.stringify(step.mos),
            maxSessions: this.limits.maxSessionsPerDevice,
          }
        : {
            ...common,
            sessionId: step.sessionId,
            round: step.round,
            statuses: step.statuses.map((status) => JSON.stringify(status)),
          };
    const [applied, ...rest] = (await APPLY.run(this.redis, [], [this.prefix, JSON.stringify(payload)])) as [
      number,
      string,
      number?,
    ];
    return applied === 1 ? { applied: true, sessionId: rest[0], round: rest[1]! } : { applied: false, stale: rest[0] };
  }

  async enqueueAll(devId: string, commands: string[][]): Promise<QueuedDmCommand[]> {
    const queuedAt = this.now().toISOString();
    const max = this.limits.maxQueuedPerDevice;
    const [outcome, ...numbers] = (await ENQUEUE.run(
      this.redis,
      [this.key('q', devId), this.key('seq')],
      [max, JSON.stringify(queuedAt), ...commands.map((command) => JSON.stringify(command))],
    )) as [string, ...number[]];
    if (outcome === 'full') {
      throw new DmQueueFullError(
        `device '${devId}' has room for ${Math.max(numbers[0]!, 0)} more command(s) (limit ${max}), not ${commands.length}`,
      );
    }
    return numbers.map((id, i) => ({ id, command: commands[i]!, queuedAt }));
  }

  async pending(devId: string): Promise<QueuedDmCommand[]> {
    return (await this.redis.zrange(this.key('q', devId), 0, -1)).map(toQueued);
  }

  async device(devId: string): Promise<DmDeviceState | undefined> {
    const tx = this.redis.multi().hgetall(this.key('dev', devId)).lrange(this.key('alerts', devId), 0, -1);
    const [fields, alerts] = (await replies(tx)) as [Record<string, string>, string[]];
    if (fields.firstSeen === undefined) return undefined;
    return {
      devId,
      firstSeen: fields.firstSeen,
      lastSeen: fields.lastSeen!,
      sessions: Number(fields.sessions),
      mos: JSON.parse(fields.mos ?? '[]') as DmDeviceState['mos'],
      alerts: alerts.map((alert) => JSON.parse(alert) as DmDeviceState['alerts'][number]),
    };
  }

  async history(devId: string, limit = 10): Promise<DmSessionHistory[]> {
    if (limit < 1) return [];
    const members = await this.redis.zrevrange(this.key('sessions', devId), 0, limit - 1);
    const ids = members.map((member) => member.slice(member.indexOf(':') + 1));
    const tx = this.redis.multi();
    for (const id of ids) tx.hgetall(this.key('s', id)).hgetall(this.key('sc', id));
    const hashes = (await replies(tx)) as Record<string, string>[];
    // A session pruned since the ZREVRANGE has an empty hash now: it is no longer history.
    return ids.flatMap((id, i) =>
      hashes[2 * i]!.devId === undefined
        ? []
        : [{ ...toSession(id, hashes[2 * i]!), commands: toDelivered(id, hashes[2 * i + 1]!) }],
    );
  }

  async issueCredential(devId: string): Promise<string> {
    const credential = newCredential();
    await this.redis.hset(this.key('cred', devId), 'digest', sha256(credential), 'issuedAt', this.now().toISOString());
    return credential;
  }

  async verifyCredential(devId: string, authorization: string | undefined): Promise<boolean> {
    const digest = await this.redis.hgetBuffer(this.key('cred', devId), 'digest');
    return bearerMatches(authorization, digest ?? undefined);
  }

  async credentialIssuedAt(devId: string): Promise<string | undefined> {
    return (await this.redis.hget(this.key('cred', devId), 'issuedAt')) ?? undefined;
  }

  async putData(
    devId: string,
    path: string,
    body: Buffer,
    mediaType: string,
    updatedBy: string,
  ): Promise<DmDataResource> {
    const meta: DataMeta = { mediaType, etag: dataEtag(body), updatedAt: this.now().toISOString(), updatedBy };
    const max = this.limits.maxDataResourcesPerDevice;
    const outcome = await PUT_DATA.run(
      this.redis,
      [this.key('data', devId), this.key('body', devId)],
      [path, JSON.stringify(meta), body, max],
    );
    if (outcome !== 'stored')
      throw new DmDataAreaFullError(
        `the data area of '${devId}' already holds ${String(outcome)} resources (the limit)`,
      );
    return { path, body, ...meta };
  }

  async getData(devId: string, path: string): Promise<DmDataResource | undefined> {
    const tx = this.redis.multi().hget(this.key('data', devId), path).hgetBuffer(this.key('body', devId), path);
    const [meta, body] = (await replies(tx)) as [string | null, Buffer | null];
    return meta === null || body === null ? undefined : { path, body, ...(JSON.parse(meta) as DataMeta) };
  }

  async listData(devId: string): Promise<DmDataResource[]> {
    const tx = this.redis.multi().hgetall(this.key('data', devId)).hgetallBuffer(this.key('body', devId));
    const [metas, bodies] = (await replies(tx)) as [Record<string, string>, Record<string, Buffer>];
    return (
      Object.entries(metas)
        .map(([path, meta]) => ({ path, body: bodies[path]!, ...(JSON.parse(meta) as DataMeta) }))
        // By the paths' UTF-8 bytes, as SQLite orders text.
        .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
    );
  }

  async close(): Promise<void> {}

  private key(family: string, id?: string): string {
    return `${this.prefix}dm:${family}${id === undefined ? '' : `:${id}`}`;
  }
}

type DataMeta = Omit<DmDataResource, 'path' | 'body'>;

/** The replies of a MULTI, or the first error among them. */
async function replies(tx: ChainableCommander): Promise<unknown[]> {
  // exec() gives null only when a WATCHed key changed, and these transactions watch none.
  const results = (await tx.exec())!;
  return results.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

function toQueued(member: string): QueuedDmCommand {
  const [id, queuedAt, command] = JSON.parse(member) as [number, string, string[]];
  return { id, command, queuedAt };
}

function toSession(id: string, fields: Record<string, string>): DmSessionRecord {
  return {
    id,
    devId: fields.devId!,
    startedAt: fields.startedAt!,
    updatedAt: fields.updatedAt!,
    round: Number(fields.round),
    state: fields.state as DmSessionState,
    ...(fields.endedReason === undefined ? {} : { endedReason: fields.endedReason }),
  };
}

function toDelivered(sessionId: string, fields: Record<string, string>): DmDeliveredCommand[] {
  return Object.keys(fields)
    .filter((field) => /^\d+:\d+$/.test(field))
    .map((field) => {
      const [round, position] = field.split(':').map(Number) as [number, number];
      const status = fields[`${field}:s`];
      const reportedAt = fields[`${field}:t`];
      return {
        sessionId,
        round,
        position,
        command: JSON.parse(fields[field]!) as string[],
        ...(status === undefined ? {} : { status: JSON.parse(status) as DmStatus }),
        ...(reportedAt === undefined ? {} : { reportedAt }),
      };
    })
    .sort((a, b) => a.round - b.round || a.position - b.position);
}
