import type { Redis } from 'ioredis';
import { LuaScript } from '../store/redis.ts';
import type { AddApplicationOutcome, AoiStore, ApplicationRecord, ClientRecord } from './store.ts';

/*
 * Keys (after the prefix): aoi:client:<id> is a hash of the client record; aoi:apps:<id> maps each of
 * its tokens to the registration time; aoi:token:<token> is the set of clients holding that token.
 * Every write touching more than one key is one Lua script, which Redis runs atomically.
 */

const ADD_CLIENT = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.error_reply('duplicate client id') end
redis.call('HSET', KEYS[1], 'secretHash', ARGV[1], 'deviceNumber', ARGV[2], 'createdAt', ARGV[3])
return 1`);

const REMOVE_CLIENT = new LuaScript(`
for _, token in ipairs(redis.call('HKEYS', KEYS[2])) do redis.call('SREM', ARGV[1] .. token, ARGV[2]) end
redis.call('DEL', KEYS[2])
return redis.call('DEL', KEYS[1])`);

/**
 * The proof, the limit check and the insert in one script: a batch of registrations cannot pass maxPerClient.
 * The hashes are compared in plain Lua: what a timing difference could reveal is a prefix of a SHA-256, no secret.
 */
const ADD_APPLICATION = new LuaScript(`
if redis.call('HGET', KEYS[1], 'secretHash') ~= ARGV[5] then return 'unauthorized' end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 'known' end
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[4]) then return 'full' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[3])
return 'added'`);

const REMOVE_APPLICATION = new LuaScript(`
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SREM', KEYS[2], ARGV[2])
return 1`);

/**
 * AoiStore in a Redis shared by several server nodes. A write's promise resolves once Redis answered,
 * which is durable only as far as Redis is configured to be (see durabilityWarning). The store does not
 * own the connection: whoever opened it closes it.
 */
export class RedisAoiStore implements AoiStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async addClient(client: ClientRecord): Promise<void> {
    await ADD_CLIENT.run(
      this.redis,
      [this.clientKey(client.id)],
      [client.secretHash, client.deviceNumber, client.createdAt],
    );
  }

  async getClient(id: string): Promise<ClientRecord | undefined> {
    const fields = await this.redis.hgetall(this.clientKey(id));
    if (fields.secretHash === undefined) return undefined;
    return {
      id,
      secretHash: fields.secretHash,
      deviceNumber: fields.deviceNumber!,
      createdAt: Number(fields.createdAt),
    };
  }

  async removeClient(id: string): Promise<boolean> {
    const removed = await REMOVE_CLIENT.run(
      this.redis,
      [this.clientKey(id), this.appsKey(id)],
      [`${this.prefix}aoi:token:`, id],
    );
    return removed === 1;
  }

  async addApplication(
    application: ApplicationRecord,
    maxPerClient: number,
    secretHash: string,
  ): Promise<AddApplicationOutcome> {
    const { clientId, token, createdAt } = application;
    return (await ADD_APPLICATION.run(
      this.redis,
      [this.clientKey(clientId), this.appsKey(clientId), this.tokenKey(token)],
      [token, createdAt, clientId, maxPerClient, secretHash],
    )) as AddApplicationOutcome;
  }

  async removeApplication(clientId: string, token: string): Promise<boolean> {
    const removed = await REMOVE_APPLICATION.run(
      this.redis,
      [this.appsKey(clientId), this.tokenKey(token)],
      [token, clientId],
    );
    return removed === 1;
  }

  async clientsForToken(token: string): Promise<string[]> {
    return (await this.redis.smembers(this.tokenKey(token))).sort();
  }

  async applicationsOf(clientId: string): Promise<ApplicationRecord[]> {
    const byToken = await this.redis.hgetall(this.appsKey(clientId));
    return Object.entries(byToken)
      .map(([token, createdAt]) => ({ clientId, token, createdAt: Number(createdAt) }))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  async close(): Promise<void> {}

  private clientKey(id: string): string {
    return `${this.prefix}aoi:client:${id}`;
  }

  private appsKey(id: string): string {
    return `${this.prefix}aoi:apps:${id}`;
  }

  private tokenKey(token: string): string {
    return `${this.prefix}aoi:token:${token}`;
  }
}
