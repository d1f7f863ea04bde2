/**
 * TEMPORARY — stands in for generated/aoi1/dispatcher.ts (createAoi1Dispatcher) until the
 * generator lands on main; then this file is deleted and server.ts uses the generated one.
 * Hand-written checks instead of the compiled validators; same observable behaviour on the wire:
 * messageType requests → their response with code 400 when malformed; JSON-RPC 2.0 in full
 * (-32700 with id null, -32600, -32601, -32602, notifications unanswered, batches).
 */
import type { MessageHandler } from '../ws/socket-endpoint.ts';
import type { ConnectionContext } from '../ws/socket-endpoint.ts';
import type { Aoi1Handlers, JsonRpcId } from './wire-types.ts';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const onlyKeys = (x: Json, allowed: string[]) => Object.keys(x).every((k) => allowed.includes(k));

const rpcError = (id: JsonRpcId | null, code: number, message: string) => ({ jsonrpc: '2.0', id, error: { code, message } });

export function createInterimAoi1Dispatcher(handlers: Aoi1Handlers<ConnectionContext>): MessageHandler {
  async function messageType(msg: Json, ctx: ConnectionContext): Promise<unknown> {
    const bad = (responseType: string, detail: string) => ({ messageType: responseType, code: 400, desc: `Bad Request: ${detail}` });
    if (msg.messageType === 'aoiClientRegistrationReq') {
      if (!isString(msg.deviceNumber) || !onlyKeys(msg, ['messageType', 'deviceNumber'])) {
        return bad('aoiClientRegistrationRes', 'expected {messageType, deviceNumber: string}');
      }
      return handlers.aoiClientRegistrationReq({ messageType: msg.messageType, deviceNumber: msg.deviceNumber }, ctx);
    }
    if (msg.messageType === 'aoiClientDeregistrationReq') {
      if (!isString(msg.clientID) || !onlyKeys(msg, ['messageType', 'clientID'])) {
        return bad('aoiClientDeregistrationRes', 'expected {messageType, clientID: string}');
      }
      return handlers.aoiClientDeregistrationReq({ messageType: msg.messageType, clientID: msg.clientID }, ctx);
    }
    return { messageType: 'error', code: 400, desc: 'Bad Request: unknown messageType' };
  }

  async function jsonRpc(msg: unknown, ctx: ConnectionContext): Promise<unknown> {
    if (!isObject(msg)) return rpcError(null, -32600, 'Invalid Request');
    const hasId = 'id' in msg;
    const id = msg.id;
    if (hasId && !isString(id) && typeof id !== 'number') return rpcError(null, -32600, 'Invalid Request');
    if (msg.jsonrpc !== '2.0' || !isString(msg.method) || !onlyKeys(msg, ['jsonrpc', 'method', 'id', 'params'])) {
      return rpcError(hasId ? (id as JsonRpcId) : null, -32600, 'Invalid Request');
    }
    if ('params' in msg && typeof msg.params !== 'object') return rpcError(hasId ? (id as JsonRpcId) : null, -32600, 'Invalid Request');
    if (!hasId) return undefined; // a notification: never answered; AOI-1 defines none, so nothing to run
    const rid = id as JsonRpcId;
    const p = msg.params;
    if (msg.method === 'clientAppRegistrationReq') {
      if (!isObject(p) || !isString(p.clientID) || ('tokenSeed' in p && !isString(p.tokenSeed)) || !onlyKeys(p, ['clientID', 'tokenSeed'])) {
        return rpcError(rid, -32602, 'Invalid params');
      }
      const params = isString(p.tokenSeed) ? { clientID: p.clientID, tokenSeed: p.tokenSeed } : { clientID: p.clientID };
      return handlers.clientAppRegistrationReq({ jsonrpc: '2.0', method: msg.method, id: rid, params }, ctx);
    }
    if (msg.method === 'clientAppDeregistrationReq') {
      if (!isObject(p) || !isString(p.clientID) || !isString(p.clientAppToken) || !onlyKeys(p, ['clientID', 'clientAppToken'])) {
        return rpcError(rid, -32602, 'Invalid params');
      }
      const params = { clientID: p.clientID, clientAppToken: p.clientAppToken };
      return handlers.clientAppDeregistrationReq({ jsonrpc: '2.0', method: msg.method, id: rid, params }, ctx);
    }
    return rpcError(rid, -32601, 'Method not found');
  }

  return async (raw, ctx) => {
    let msg: unknown;
    try {
      msg = JSON.parse(raw);
    } catch {
      return JSON.stringify(rpcError(null, -32700, 'Parse error'));
    }
    if (Array.isArray(msg)) {
      if (msg.length === 0) return JSON.stringify(rpcError(null, -32600, 'Invalid Request'));
      const replies = [];
      for (const member of msg) {
        const reply = await jsonRpc(member, ctx);
        if (reply !== undefined) replies.push(reply);
      }
      return replies.length === 0 ? undefined : JSON.stringify(replies);
    }
    if (isObject(msg) && 'messageType' in msg && !('jsonrpc' in msg)) return JSON.stringify(await messageType(msg, ctx));
    const reply = await jsonRpc(msg, ctx);
    return reply === undefined ? undefined : JSON.stringify(reply);
  };
}
