import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AOI_LIMITS } from '../../../reference/aoi/service.ts';
import { answerMembers, specMember, wireName } from '../spec-members.ts';
import type { OmaspecServer } from '../../../reference/server.ts';
import {
  RawSocket,
  appDeregistration,
  appRegistration,
  deregistration,
  registerClient,
  registration,
  startServer,
} from '../support.ts';

let server: OmaspecServer;
let url: string;
let httpUrl: string;
let socket: RawSocket;

beforeEach(async () => {
  ({ server, url, httpUrl } = await startServer({ aoi: { aoiServerUrl: 'https://aoi.example.test/notify' } }));
  socket = await RawSocket.open(url);
});
afterEach(async () => {
  socket.close();
  await server.close();
});

describe('AOI Client registration (8.2.1, 10.1.1)', () => {
  it('answers 200 with a clientID and stores the client', async () => {
    const response = await socket.request(registration());
    const desc = wireName('aoi1', 'aoiClientRegistrationRes', 'desc');
    expect(response).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 200, [desc]: 'OK' });
    expect(Object.keys(response).sort()).toEqual(
      answerMembers('aoi1', 'aoiClientRegistrationRes', ['clientID', 'code', 'desc', 'messageType']),
    );
    const handle = /^aoi-([0-9a-f]{16})\./.exec(response.clientID)?.[1];
    expect(await server.aoi.store.getClient(handle!)).toMatchObject({ deviceNumber: '5465465416846865465' });
  });

  it('assigns a different clientID to every registration', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(await registerClient(socket, '1'));
    expect(ids.size).toBe(5);
  });

  it('answers 400 for a deviceNumber that is empty or longer than the limit', async () => {
    expect(await socket.request(registration(''))).toMatchObject({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
    });
    // The server's limit, or the spec's when a CR set a lower one.
    const specMax = specMember('aoi1', 'aoiClientRegistrationReq', 'deviceNumber')?.maxLength;
    const max = Math.min(DEFAULT_AOI_LIMITS.maxDeviceNumberLength, typeof specMax === 'number' ? specMax : Infinity);
    expect(await socket.request(registration('9'.repeat(max + 1)))).toMatchObject({ code: 400 });
    expect(await socket.request(registration('9'.repeat(max)))).toMatchObject({ code: 200 });
  });

  it('answers 400 when deviceNumber is missing or not a string', async () => {
    expect(await socket.request({ messageType: 'aoiClientRegistrationReq' })).toMatchObject({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
    });
    expect(await socket.request({ messageType: 'aoiClientRegistrationReq', deviceNumber: 5 })).toMatchObject({
      code: 400,
    });
  });
});

describe('AOI Client deregistration (10.1.2)', () => {
  it('answers 200, removes the client and its applications, then answers 401 for that clientID', async () => {
    const clientID = await registerClient(socket);
    const app = await socket.request(appRegistration(1, clientID));
    expect(app.result.code).toBe(200);
    expect(await socket.request(deregistration(clientID))).toEqual({
      messageType: 'aoiClientDeregistrationRes',
      code: 200,
      [wireName('aoi1', 'aoiClientDeregistrationRes', 'desc')]: 'OK',
    });
    expect(await server.aoi.store.clientsForToken(app.result.clientAppToken)).toEqual([]);
    expect(await socket.request(deregistration(clientID))).toMatchObject({ code: 401 });
    expect((await socket.request(appRegistration(2, clientID))).error.code).toBe(401);
  });

  it('answers 401 for a clientID this server never issued', async () => {
    expect(await socket.request(deregistration('aoi123456789'))).toMatchObject({
      messageType: 'aoiClientDeregistrationRes',
      code: 401,
    });
  });
});

describe('Client Application registration (8.2.5, 10.1.5)', () => {
  // aoiServerUrl is sent while the spec has it (a CR may remove it).
  const sendsUrl = specMember('aoi1', 'clientAppRegistrationRes', 'aoiServerUrl') !== undefined;

  it('returns a token unique to the instance when no tokenSeed is given, with aoiServerUrl', async () => {
    const clientID = await registerClient(socket);
    const first = await socket.request(appRegistration('116', clientID));
    const second = await socket.request(appRegistration('117', clientID));
    expect(first).toMatchObject({
      jsonrpc: '2.0',
      id: '116',
      result: {
        code: 200,
        message: 'OK',
        clientAppToken: expect.any(String),
        ...(sendsUrl ? { aoiServerUrl: 'https://aoi.example.test/notify' } : {}),
      },
    });
    expect(Object.keys(first).sort()).toEqual(['id', 'jsonrpc', 'result']);
    const listed = ['code', 'message', 'clientAppToken', ...(sendsUrl ? ['aoiServerUrl'] : [])];
    expect(Object.keys(first.result).sort()).toEqual(answerMembers('aoi1', 'clientAppRegistrationRes', listed));
    expect(second.result.clientAppToken).not.toBe(first.result.clientAppToken);
    expect(await server.aoi.store.clientsForToken(first.result.clientAppToken)).toHaveLength(1);
  });

  it('gives every instance that presents the same tokenSeed the same token, and maps it to each client', async () => {
    const a = await registerClient(socket);
    const b = await registerClient(socket);
    const tokenA = (await socket.request(appRegistration(1, a, 'weather-alerts'))).result.clientAppToken;
    const tokenB = (await socket.request(appRegistration(2, b, 'weather-alerts'))).result.clientAppToken;
    const other = (await socket.request(appRegistration(3, b, 'traffic'))).result.clientAppToken;
    expect(tokenB).toBe(tokenA);
    expect(other).not.toBe(tokenA);
    expect((await server.aoi.store.clientsForToken(tokenA)).length).toBe(2);
  });

  it('derives the same seeded token on an independent server (no per-server secret)', async () => {
    const clientID = await registerClient(socket);
    const here = (await socket.request(appRegistration(1, clientID, 'shared-seed'))).result.clientAppToken;
    const elsewhere = await startServer();
    const remote = await RawSocket.open(elsewhere.url);
    try {
      const remoteId = await registerClient(remote);
      expect((await remote.request(appRegistration(1, remoteId, 'shared-seed'))).result.clientAppToken).toBe(here);
    } finally {
      remote.close();
      await elsewhere.server.close();
    }
  });

  it('does not hand out an intercepted token to a party that presents it as a seed', async () => {
    const victim = await registerClient(socket);
    const token = (await socket.request(appRegistration(1, victim, 'secret-seed'))).result.clientAppToken;
    expect(token).not.toContain('secret-seed');
    const attacker = await registerClient(socket);
    const got = (await socket.request(appRegistration(2, attacker, token))).result.clientAppToken;
    expect(got).not.toBe(token);
    expect(await server.aoi.store.clientsForToken(token)).toHaveLength(1);
  });

  it('answers error 401 for an unknown clientID and 400 for an empty tokenSeed', async () => {
    expect(await socket.request(appRegistration(9, 'aoi-0000000000000000.' + 'A'.repeat(43)))).toEqual({
      jsonrpc: '2.0',
      id: 9,
      error: { code: 401, message: expect.stringContaining('Unauthorized') },
    });
    const clientID = await registerClient(socket);
    expect((await socket.request(appRegistration(10, clientID, ''))).error.code).toBe(400);
  });
});

describe('Client Application deregistration (10.1.6)', () => {
  it('removes exactly one application and answers 401 when repeated', async () => {
    const clientID = await registerClient(socket);
    const keep = (await socket.request(appRegistration(1, clientID))).result.clientAppToken;
    const drop = (await socket.request(appRegistration(2, clientID))).result.clientAppToken;
    expect(await socket.request(appDeregistration('x', clientID, drop))).toEqual({
      jsonrpc: '2.0',
      id: 'x',
      result: { code: 200, message: 'OK' },
    });
    expect((await server.aoi.store.applicationsOf(clientID.slice(4, 20))).map((a) => a.token)).toEqual([keep]);
    expect((await socket.request(appDeregistration('y', clientID, drop))).error.code).toBe(401);
  });

  it('leaves the other instances of a seeded token registered', async () => {
    const a = await registerClient(socket);
    const b = await registerClient(socket);
    const token = (await socket.request(appRegistration(1, a, 'group'))).result.clientAppToken;
    await socket.request(appRegistration(2, b, 'group'));
    expect((await socket.request(appDeregistration(3, a, token))).result.code).toBe(200);
    expect(await server.aoi.store.clientsForToken(token)).toEqual([b.slice(4, 20)]);
  });
});

describe('GET /healthz', () => {
  it('answers 200 JSON with the number of open connections', async () => {
    const response = await fetch(`${httpUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'memory', connections: 1 });
  });
});
