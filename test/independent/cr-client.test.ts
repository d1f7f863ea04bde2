// An AOI Client written from CR 002 (10.1.1, 10.1.2), CR 000 (10.1.5, 10.1.6), spec/decisions.yaml and
// JSON-RPC 2.0 alone, run against the reference AOI Server. The only project import starts the server; member names
// come from spec/schemas (test/reference/spec-members.ts), which is data.
//
// Where a literal reading of the CR text differs from the server, the test states which reading holds:
// - The CR examples are not JSON (unquoted keys, typographic quotes, `;` after tokenSeed): a literal
//   client sends the JSON the examples mean; sending the example bytes is a parse error (-32700).
// - The 10.1.5 example method is "clientAppRegistrationReq " (trailing space) and the 10.1.6 one
//   " clientAppDeregistrationReq "; the bullet lists ("method member set to …") are normative, so the
//   padded names are unknown methods (-32601).
// - 10.1.2's response schema enumerates " aoiClientDeregistrationRes" (leading space); the example and
//   every other messageType are unpadded, and that is what the server sends.
// - `code` is an integer everywhere although 10.1.5/10.1.6 say string (decision D1).
// - Message objects are closed (decision D2): an unlisted member is a 400 / -32602, not ignored.
// - 10.1.6's example sends tokenSeed; the parameter list (clientAppToken) is normative (decision D6).
// - The 10.1.5 success example's "ClientAppToken" is a typo for clientAppToken (decision D5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../reference/server.ts';
import { answerMembers, wireName, wireNames } from '../reference/spec-members.ts';
import { Peer, getJson, obj, type Json } from './wire.ts';

// Response members by the seed's names, as the spec now calls them (a later CR may rename one).
const REGISTRATION_RES = ['aoi1', 'aoiClientRegistrationRes'] as const;
const DEREGISTRATION_RES = ['aoi1', 'aoiClientDeregistrationRes'] as const;

let server: ReturnType<typeof createServer>;
let url: string;
let httpUrl: string;
const peers: Peer[] = [];

beforeAll(async () => {
  server = createServer({ port: 0, store: 'memory' });
  ({ aoiUrl: url, httpUrl } = await server.listen());
});
afterAll(async () => {
  for (const peer of peers) peer.close();
  await server.close();
});

async function connect(): Promise<Peer> {
  const peer = await Peer.open(url);
  peers.push(peer);
  return peer;
}

/** 10.1.1 with the CR's example deviceNumber; returns the clientID. */
async function register(peer: Peer, deviceNumber = '5465465416846865465'): Promise<string> {
  const answer = obj(await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber }));
  expect(answer.code).toBe(200);
  return answer.clientID as string;
}

const appRegistration = (id: Json, params: Json) => ({
  jsonrpc: '2.0',
  method: 'clientAppRegistrationReq',
  id,
  params,
});
const appDeregistration = (id: Json, params: Json) => ({
  jsonrpc: '2.0',
  method: 'clientAppDeregistrationReq',
  id,
  params,
});

/** A JSON-RPC 2.0 error Response object (§5, §5.1) with the given code and id. */
function expectJsonRpcError(answer: Json, code: number, id: Json): { [key: string]: Json } {
  const response = obj(answer);
  expect(Object.keys(response).sort()).toEqual(['error', 'id', 'jsonrpc']);
  expect(response.jsonrpc).toBe('2.0');
  expect(response.id).toStrictEqual(id);
  const error = obj(response.error);
  expect(error.code).toBe(code);
  expect(Number.isInteger(error.code)).toBe(true);
  expect(typeof error.message).toBe('string');
  for (const key of Object.keys(error)) expect(['code', 'message', 'data']).toContain(key);
  return error;
}

describe('10.1.1 AOI Client Registration', () => {
  it('answers the example request with exactly messageType, clientID, code 200 and desc', async () => {
    const peer = await connect();
    const answer = obj(
      await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' }),
    );
    expect(Object.keys(answer).sort()).toEqual(
      answerMembers(...REGISTRATION_RES, ['clientID', 'code', 'desc', 'messageType']),
    );
    expect(answer.messageType).toBe('aoiClientRegistrationRes');
    expect(answer.code).toBe(200);
    expect(typeof answer.clientID).toBe('string');
    expect(typeof answer[wireName(...REGISTRATION_RES, 'desc')]).toBe('string');
    // "Then the AOI Client keeps the websocket open": the socket is still usable afterwards.
    expect(peer.ws.readyState).toBe(peer.ws.OPEN);
  });

  it('issues a different clientID for each registration, even of the same deviceNumber', async () => {
    const peer = await connect();
    expect(await register(peer)).not.toBe(await register(peer));
  });

  it('answers a request without deviceNumber with an error response: messageType, code 400, desc, no clientID', async () => {
    const peer = await connect();
    const answer = obj(await peer.call({ messageType: 'aoiClientRegistrationReq' }));
    expect(Object.keys(answer).sort()).toEqual(wireNames(...REGISTRATION_RES, ['code', 'desc', 'messageType']));
    expect(answer).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 400 });
  });

  it('answers 400 to a deviceNumber that is not a string, and to an unlisted member (closed objects, D2)', async () => {
    const peer = await connect();
    expect(await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber: 5465465416846865 })).toMatchObject({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
    });
    expect(await peer.call({ messageType: 'aoiClientRegistrationReq', deviceNumber: '1', vendor: 'x' })).toMatchObject({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
    });
  });

  it('answers the CR example bytes (unquoted keys, typographic quotes) with a parse error, and keeps the socket', async () => {
    const peer = await connect();
    const exampleBytes =
      '{\n messageType: \u201caoiClientRegistrationReq\u201d,\n deviceNumber: \u201c5465465416846865465\u201d\n}';
    expectJsonRpcError(await peer.call(exampleBytes), -32700, null);
    await register(peer);
  });
});

describe('10.1.2 AOI Client Deregistration', () => {
  it('answers messageType aoiClientDeregistrationRes (unpadded) with code 200, then refuses the clientID with 401', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const answer = obj(await peer.call({ messageType: 'aoiClientDeregistrationReq', clientID }));
    expect(Object.keys(answer).sort()).toEqual(wireNames(...DEREGISTRATION_RES, ['code', 'desc', 'messageType']));
    expect(answer).toMatchObject({ messageType: 'aoiClientDeregistrationRes', code: 200 });
    expect(await peer.call({ messageType: 'aoiClientDeregistrationReq', clientID })).toMatchObject({
      messageType: 'aoiClientDeregistrationRes',
      code: 401,
    });
  });

  it('deregisters from a new websocket ("if not then it establishes it")', async () => {
    const first = await connect();
    const clientID = await register(first);
    first.close();
    const second = await connect();
    expect(await second.call({ messageType: 'aoiClientDeregistrationReq', clientID })).toMatchObject({ code: 200 });
  });

  it('answers 401 for the CR example clientID, which this server never issued', async () => {
    const peer = await connect();
    const answer = obj(await peer.call({ messageType: 'aoiClientDeregistrationReq', clientID: 'aoi123456789' }));
    expect(answer).toMatchObject({ messageType: 'aoiClientDeregistrationRes', code: 401 });
    expect(typeof answer[wireName(...DEREGISTRATION_RES, 'desc')]).toBe('string');
  });

  it('answers 400 in aoiClientDeregistrationRes when clientID is missing', async () => {
    const peer = await connect();
    expect(await peer.call({ messageType: 'aoiClientDeregistrationReq' })).toMatchObject({
      messageType: 'aoiClientDeregistrationRes',
      code: 400,
    });
  });
});

describe('10.1.5 / 10.1.6 Client Application Registration and Deregistration (JSON-RPC 2.0)', () => {
  it('registers with the example string id and tokenSeed, echoing the id; deregisters with the token', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const response = obj(await peer.call(appRegistration('116', { clientID, tokenSeed: 'tokenseed123456789' })));
    expect(Object.keys(response).sort()).toEqual(['id', 'jsonrpc', 'result']);
    expect(response).toMatchObject({ jsonrpc: '2.0', id: '116' });
    const result = obj(response.result);
    expect(result.code).toBe(200);
    expect(typeof result.message).toBe('string');
    expect(typeof result.clientAppToken).toBe('string');
    expect(result).not.toHaveProperty('ClientAppToken');
    const listed = answerMembers('aoi1', 'clientAppRegistrationRes', [
      'code',
      'message',
      'clientAppToken',
      'aoiServerUrl',
    ]);
    for (const key of Object.keys(result)) expect(listed).toContain(key);
    if ('aoiServerUrl' in result) expect(() => new URL(result.aoiServerUrl as string)).not.toThrow();

    const clientAppToken = result.clientAppToken as string;
    const gone = obj(await peer.call(appDeregistration('117', { clientID, clientAppToken })));
    expect(gone).toStrictEqual({
      jsonrpc: '2.0',
      id: '117',
      result: { code: 200, message: gone.result && obj(gone.result).message },
    });
    expect(typeof obj(gone.result).message).toBe('string');
    // The token is gone: deregistering it again is an error response with the same id echoed.
    expectJsonRpcError(await peer.call(appDeregistration('118', { clientID, clientAppToken })), 401, '118');
  });

  it('registers without tokenSeed under a numeric id and echoes the number, not a string', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const response = obj(await peer.call(appRegistration(116, { clientID })));
    expect(response.id).toBe(116);
    const first = obj(response.result).clientAppToken;
    const again = obj(await peer.call(appRegistration(116.5, { clientID })));
    expect(again.id).toBe(116.5);
    expect(obj(again.result).clientAppToken).not.toBe(first);
  });

  it('derives the same token from the same seed and a different one from another seed', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const token = async (tokenSeed: string) =>
      obj(obj(await peer.call(appRegistration(1, { clientID, tokenSeed }))).result).clientAppToken;
    const a = await token('seed-a');
    expect(await token('seed-a')).toBe(a);
    expect(await token('seed-b')).not.toBe(a);
  });

  it('answers error 401 (id echoed) for an unknown clientID, with no clientAppToken in the error (D3)', async () => {
    const peer = await connect();
    const error = expectJsonRpcError(await peer.call(appRegistration('116', { clientID: 'aoi123456789' })), 401, '116');
    expect(error).not.toHaveProperty('clientAppToken');
  });

  it('answers 401 to a clientID after the client deregistered', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    await peer.call({ messageType: 'aoiClientDeregistrationReq', clientID });
    expectJsonRpcError(await peer.call(appRegistration(7, { clientID })), 401, 7);
  });

  it('answers -32602 to the 10.1.6 example params (tokenSeed instead of clientAppToken, D6)', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    expectJsonRpcError(
      await peer.call(appDeregistration('117', { clientID, tokenSeed: 'token123456789' })),
      -32602,
      '117',
    );
  });

  it('answers -32601 to the padded example method names; the bullet list names are normative', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const padded = { jsonrpc: '2.0', method: 'clientAppRegistrationReq ', id: '116', params: { clientID } };
    expectJsonRpcError(await peer.call(padded), -32601, '116');
    const deregistration = {
      jsonrpc: '2.0',
      method: ' clientAppDeregistrationReq ',
      id: '117',
      params: { clientID, clientAppToken: 'x' },
    };
    expectJsonRpcError(await peer.call(deregistration), -32601, '117');
  });
});

describe('JSON-RPC 2.0 error handling on the AOI-1 socket', () => {
  it('answers -32700 with id null to invalid JSON', async () => {
    const peer = await connect();
    expectJsonRpcError(await peer.call('{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]'), -32700, null);
  });

  it('answers -32600 with id null when method is not a string', async () => {
    const peer = await connect();
    expectJsonRpcError(await peer.call({ jsonrpc: '2.0', method: 1, params: 'bar' }), -32600, null);
  });

  it('answers -32600 with the id when jsonrpc is not "2.0"', async () => {
    const peer = await connect();
    expectJsonRpcError(
      await peer.call({ jsonrpc: '1.0', method: 'clientAppRegistrationReq', id: 5, params: {} }),
      -32600,
      5,
    );
  });

  it('answers -32600 to an id that is an object (only string, number or null are ids)', async () => {
    const peer = await connect();
    expectJsonRpcError(
      await peer.call({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', id: { a: 1 }, params: {} }),
      -32600,
      null,
    );
  });

  it('answers -32600 with id null to id null: 10.1.5 wants a unique identifier, which null cannot be', async () => {
    // JSON-RPC 2.0 §4 tolerates a null id (discouraged); the CR asks for "an unique identifier for each
    // request", so the server reads the id as string | number.
    const peer = await connect();
    expectJsonRpcError(await peer.call(appRegistration(null, { clientID: 'aoi123456789' })), -32600, null);
  });

  it('answers an integer id beyond 2^53 with -32600 and id null instead of echoing a rounded id', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const text = JSON.stringify(appRegistration(0, { clientID })).replace('"id":0', '"id":12345678901234567890');
    expectJsonRpcError(await peer.call(text), -32600, null);
    expect(await peer.call(appRegistration(9007199254740991, { clientID }))).toMatchObject({
      id: 9007199254740991,
      result: { code: 200 },
    });
  });

  it('answers -32601 with the id to an unknown method, and to inherited names such as constructor', async () => {
    const peer = await connect();
    expectJsonRpcError(await peer.call({ jsonrpc: '2.0', method: 'foobar', id: '1' }), -32601, '1');
    expectJsonRpcError(await peer.call({ jsonrpc: '2.0', method: 'constructor', id: 2 }), -32601, 2);
    expectJsonRpcError(await peer.call({ jsonrpc: '2.0', method: '__proto__', id: 3 }), -32601, 3);
  });

  it('answers -32602 to params by position, a non-string clientID, or params missing altogether', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    expectJsonRpcError(
      await peer.call({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', id: 1, params: [clientID] }),
      -32602,
      1,
    );
    expectJsonRpcError(await peer.call(appRegistration(2, { clientID: 42 })), -32602, 2);
    expectJsonRpcError(await peer.call(appRegistration(3, { clientID, tokenSeed: 7 })), -32602, 3);
    // params MAY be omitted in a Request object (§4), so the object is a valid Request: the method's
    // parameters are what is wrong.
    expectJsonRpcError(await peer.call({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', id: 4 }), -32602, 4);
  });

  it('never answers a notification, even an invalid one, and keeps answering in order afterwards', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    peer.sendText(JSON.stringify({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } }));
    peer.sendText(JSON.stringify({ jsonrpc: '2.0', method: 'foobar' }));
    peer.sendText(JSON.stringify({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID: 1 } }));
    expect(await peer.call(appRegistration('after', { clientID }))).toMatchObject({
      id: 'after',
      result: { code: 200 },
    });
    expect(await peer.silentFor(200)).toBe(true);
  });

  it('answers a mixed batch with an array holding one response per request, none for notifications', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const answer = await peer.call([
      appRegistration('1', { clientID }),
      { jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } },
      { foo: 'boo' },
      { jsonrpc: '2.0', method: 'foo.get', params: { name: 'myself' }, id: '5' },
      appRegistration(9, { clientID: 'aoi123456789' }),
    ]);
    expect(Array.isArray(answer)).toBe(true);
    const byId = new Map((answer as Json[]).map((r) => [JSON.stringify(obj(r).id), obj(r)]));
    expect((answer as Json[]).length).toBe(4);
    expect(obj(byId.get('"1"')?.result).code).toBe(200);
    expect(obj(byId.get('null')?.error).code).toBe(-32600);
    expect(obj(byId.get('"5"')?.error).code).toBe(-32601);
    expect(obj(byId.get('9')?.error).code).toBe(401);
  });

  it('answers -32600 (single, id null) to an empty batch and one error per member to [1,2,3]', async () => {
    const peer = await connect();
    expectJsonRpcError(await peer.call('[]'), -32600, null);
    const answer = await peer.call('[1,2,3]');
    expect(answer).toHaveLength(3);
    for (const member of answer as Json[]) expectJsonRpcError(member, -32600, null);
  });

  it('answers a batch made of notifications only with nothing at all', async () => {
    const peer = await connect();
    peer.sendText(
      JSON.stringify([
        { jsonrpc: '2.0', method: 'notify_sum', params: [1, 2, 4] },
        { jsonrpc: '2.0', method: 'notify_hello', params: [7] },
      ]),
    );
    expect(await peer.call({ jsonrpc: '2.0', method: 'nope', id: 'probe' })).toMatchObject({ id: 'probe' });
    expect(await peer.silentFor(100)).toBe(true);
  });

  it('answers -32700 (single) to a batch that is not valid JSON', async () => {
    const peer = await connect();
    expectJsonRpcError(
      await peer.call(
        '[{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method"]',
      ),
      -32700,
      null,
    );
  });
});

describe('both envelopes on one socket (D4) and the server around it', () => {
  it('answers an unknown messageType with JSON-RPC -32601 and id null: there is no …Res name to answer in', async () => {
    const peer = await connect();
    // E.g. 10.1.3 Notification Channel Activation, which the CRs name but do not define.
    const error = expectJsonRpcError(
      await peer.call({ messageType: 'notificationChannelActivationReq', clientID: 'x' }),
      -32601,
      null,
    );
    expect(error.data).toStrictEqual({ messageType: 'notificationChannelActivationReq' });
    expectJsonRpcError(await peer.call({ messageType: 'aoiClientRegistrationReq ', deviceNumber: '1' }), -32601, null);
  });

  it('treats a messageType request that also carries jsonrpc as JSON-RPC (D4) and answers -32600', async () => {
    const peer = await connect();
    expectJsonRpcError(
      await peer.call({ jsonrpc: '2.0', messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }),
      -32600,
      null,
    );
  });

  it('runs all four procedures on one websocket, each answered in its own envelope', async () => {
    const peer = await connect();
    const clientID = await register(peer);
    const token = obj(obj(await peer.call(appRegistration('a', { clientID }))).result).clientAppToken as string;
    expect(await peer.call(appDeregistration('b', { clientID, clientAppToken: token }))).toMatchObject({
      id: 'b',
      result: { code: 200 },
    });
    expect(await peer.call({ messageType: 'aoiClientDeregistrationReq', clientID })).toMatchObject({ code: 200 });
    const health = await getJson(`${httpUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});
