/*
 * The Lua scripts of RedisDmStore (redis-store.ts, which documents the key layout). Each is one write
 * Redis runs atomically: it checks everything it may refuse before it changes anything, so a refused
 * step or a full queue leaves no trace. Values that Lua only stores (commands, statuses, alerts, MOS)
 * arrive already as JSON text and are never decoded here: cjson would turn an empty array into {}.
 */
import { LuaScript } from '../store/redis.ts';

/**
 * ARGV: prefix, then the step as JSON: {devId, kind, at, sessionId (new for 'begin'), take, cmd, alerts,
 * ended?} plus, for 'begin', {startedMs, mos?, maxSessions} and, for 'continue', {round, statuses}.
 * Returns {1, sessionId, round} or {0, why it is stale}.
 */
export const APPLY = new LuaScript(`
local p, step = ARGV[1], cjson.decode(ARGV[2])
local dev, at, id = step.devId, step.at, step.sessionId
local queue, sessions, session = p .. 'dm:q:' .. dev, p .. 'dm:sessions:' .. dev, p .. 'dm:s:' .. id
local commands = p .. 'dm:sc:' .. id
for _, take in ipairs(step.take) do
  if redis.call('ZCOUNT', queue, take, take) == 0 then return {0, 'command ' .. take .. ' is not queued for ' .. dev} end
end
local round = 1
if step.kind == 'continue' then
  local found = redis.call('HMGET', session, 'devId', 'state', 'round')
  if found[1] ~= dev then return {0, 'no session ' .. id .. ' of ' .. dev} end
  if found[2] ~= 'open' then return {0, 'session ' .. id .. ' has ended'} end
  if tonumber(found[3]) ~= step.round then
    return {0, 'session ' .. id .. ' is at round ' .. found[3] .. ', not ' .. step.round}
  end
  round = step.round + 1
  for i, status in ipairs(step.statuses) do
    local field = step.round .. ':' .. (i - 1)
    if redis.call('HEXISTS', commands, field) == 1 then
      redis.call('HSET', commands, field .. ':s', status, field .. ':t', at)
    end
  end
else
  local device = p .. 'dm:dev:' .. dev
  redis.call('HSETNX', device, 'firstSeen', at)
  redis.call('HSET', device, 'lastSeen', at)
  redis.call('HINCRBY', device, 'sessions', 1)
  if step.mos then redis.call('HSET', device, 'mos', step.mos) end
  for _, member in ipairs(redis.call('ZRANGE', sessions, 0, -1)) do
    local other = p .. 'dm:s:' .. string.sub(member, 18)
    if redis.call('HGET', other, 'state') == 'open' then
      redis.call('HSET', other, 'state', 'ended', 'endedReason', 'superseded', 'updatedAt', at)
    end
  end
  local member = string.format('%016d:%s', redis.call('INCR', p .. 'dm:sessionSeq'), id)
  redis.call('HSET', session, 'devId', dev, 'startedAt', at, 'state', 'open')
  redis.call('ZADD', sessions, step.startedMs, member)
end
for i, command in ipairs(step.cmd) do redis.call('HSET', commands, round .. ':' .. (i - 1), command) end
redis.call('HSET', session, 'round', round, 'delivered', #step.cmd, 'updatedAt', at)
if step.ended then redis.call('HSET', session, 'state', 'ended', 'endedReason', step.ended) end
for _, alert in ipairs(step.alerts) do redis.call('RPUSH', p .. 'dm:alerts:' .. dev, alert) end
for _, take in ipairs(step.take) do redis.call('ZREMRANGEBYSCORE', queue, take, take) end
if step.kind == 'begin' then
  local excess = redis.call('ZCARD', sessions) - step.maxSessions
  if excess > 0 then
    for _, member in ipairs(redis.call('ZRANGE', sessions, 0, excess - 1)) do
      local old = string.sub(member, 18)
      redis.call('DEL', p .. 'dm:s:' .. old, p .. 'dm:sc:' .. old)
    end
    redis.call('ZREMRANGEBYRANK', sessions, 0, excess - 1)
  end
end
return {1, id, round}`);

/**
 * KEYS: the device's queue, the id counter. ARGV: the limit, queuedAt as JSON, each command as JSON.
 * Returns {'queued', id…} or {'full', room left}.
 */
export const ENQUEUE = new LuaScript(`
local room = tonumber(ARGV[1]) - redis.call('ZCARD', KEYS[1])
if #ARGV - 2 > room then return {'full', room} end
local queued = {'queued'}
for i = 3, #ARGV do
  local id = redis.call('INCR', KEYS[2])
  redis.call('ZADD', KEYS[1], id, '[' .. id .. ',' .. ARGV[2] .. ',' .. ARGV[i] .. ']')
  table.insert(queued, id)
end
return queued`);

/**
 * KEYS: the device's metadata and body hashes. ARGV: path, metadata JSON, body, the limit.
 * Returns 'stored', or how many other paths the device holds when a new path would pass the limit.
 */
export const PUT_DATA = new LuaScript(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  local held = redis.call('HLEN', KEYS[1])
  if held >= tonumber(ARGV[4]) then return held end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
return 'stored'`);
