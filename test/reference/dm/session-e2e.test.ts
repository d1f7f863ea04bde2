/** Whole DM 2.0 sessions over real HTTP: the reference DM Client against the reference DM server. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MoTree } from '../../../reference/dm/client/mo-tree.ts';
import { runDmSession, type DmSessionRequest } from '../../../reference/dm/client/session.ts';
import { emptyClientState, EXEC_RESULT_ALERT, NODE_CHANGED_ALERT } from '../../../reference/dm/client/state.ts';
import { startDmServer, type RunningDmServer } from '../../../reference/dm/server.ts';
import { READS_PACKAGE3_STATUSES } from '../../../reference/dm/session.ts';
import { openInMemoryDmStore } from '../../../reference/dm/sqlite-store.ts';
import type { DmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { provisionedHeaders } from './http-fixture.ts';

const DEV = 'IMEI:490154203237518';
const OTHER = 'IMEI:356938035643809';
const P3 = 'application/vnd.oma.dm.response+json';

let store: DmStore;
let server: RunningDmServer;
let credential: string;
const extra: { close(): void }[] = [];

beforeEach(async () => {
  store = openInMemoryDmStore();
  credential = await store.issueCredential(DEV);
  server = await startDmServer({ store, validators: dmValidators, maxCommandsPerPackage: 3 });
});
afterEach(async () => {
  for (const s of extra.splice(0)) s.close();
  await server.close();
});

const data = (path: string, devId = DEV) => `${server.url}/data/${encodeURIComponent(devId)}/${path}`;

function device(overrides: Partial<DmSessionRequest> = {}): DmSessionRequest {
  return {
    url: server.url,
    devId: DEV,
    credential,
    package1: {},
    tree: MoTree.fromLeaves({ 'DevInfo1/DevID': DEV, 'DevInfo1/Man': 'Acme', 'DevInfo1/Mod': 'Roadrunner 2' }),
    state: { ...emptyClientState(), permanent: ['DevInfo1/DevID'] },
    validators: dmValidators,
    ...overrides,
  };
}

async function queue(...commands: string[][]): Promise<void> {
  await store.enqueueAll(DEV, commands);
}

/** Every command the server delivered in the device's last session, with the status Package#3 reported. */
async function lastSession() {
  const [session] = await store.history(DEV, 1);
  if (!session) throw new Error('no session');
  return { ...session, outcomes: session.commands.map((c) => [c.command[0], c.status?.sc ?? null]) };
}

// Needs the spec's Package#3 to carry the "Status" list the binding reads (omaspec serve warns when it does not).
describe.skipIf(!READS_PACKAGE3_STATUSES)('a DM 2.0 session end to end', () => {
  it('runs several rounds of HGET/HPUT/HPOST/GET/DELETE/EXEC and the server stores every status', async () => {
    await store.putData(DEV, 'config/Man', Buffer.from('Globex'), 'text/plain', 'operator');
    await queue(
      ['HGET', data('config/Man'), 'DevInfo1/Man'],
      ['HPUT', data('reported/Mod'), 'DevInfo1/Mod'],
      ['HPOST', data('reported/all'), 'DevInfo1/Man', 'DevInfo1/Mod'],
      ['GET', 'DevInfo1/Mod'],
      ['DELETE', 'DevInfo1/Nope'],
      ['DELETE', 'DevInfo1/DevID'],
      ['EXEC', 'DevInfo1/Mod', 'corr-1'],
    );
    const request = device();
    const result = await runDmSession(request);
    expect(result.ok).toBe(true);
    expect(result.rounds.map((r) => r.package2.Cmd.map((c) => c[0]))).toEqual([
      ['HGET', 'HPUT', 'HPOST', 'CONT'],
      ['GET', 'DELETE', 'DELETE', 'CONT'],
      ['EXEC', 'CONT'],
      ['END'],
    ]);
    const session = await lastSession();
    expect(session).toMatchObject({ state: 'ended', endedReason: 'completed', round: 4 });
    expect(session.outcomes).toEqual([
      ['HGET', 200],
      ['HPUT', 200],
      ['HPOST', 200],
      ['CONT', 200],
      ['GET', 200],
      ['DELETE', 404],
      ['DELETE', 405],
      ['CONT', 200],
      ['EXEC', 202],
      ['CONT', 200],
      ['END', null],
    ]);
    expect(session.commands[4]?.status).toEqual({ sc: 200, URI: ['DevInfo1/Mod'], Data: ['Roadrunner 2'] });
    // HGET wrote the device's node; HPUT and HPOST wrote the server's data area.
    expect(request.tree.leaves()['DevInfo1/Man']).toBe('Globex');
    expect(result.changed).toBe(true);
    expect((await store.getData(DEV, 'reported/Mod'))?.body.toString()).toBe('Roadrunner 2');
    expect(JSON.parse((await store.getData(DEV, 'reported/all'))?.body.toString() ?? '')).toEqual({
      'DevInfo1/Man': 'Globex',
      'DevInfo1/Mod': 'Roadrunner 2',
    });
    // EXEC's result is owed to the next package: the session ended, so it waits for the next Package#1.
    expect(request.state.pendingAlerts).toEqual([
      { AlertType: EXEC_RESULT_ALERT, SourceURI: 'DevInfo1/Mod', Data: { sc: 200, Correlator: 'corr-1' } },
    ]);
    await runDmSession(request);
    expect((await store.device(DEV))?.alerts.map((a) => a.AlertType)).toEqual([EXEC_RESULT_ALERT]);
    expect(request.state.pendingAlerts).toEqual([]);
  });

  it('sends an EXEC result in the Package#3 after the one with its 202 when the session goes on', async () => {
    store = openInMemoryDmStore();
    credential = await store.issueCredential(DEV);
    await server.close();
    server = await startDmServer({ store, validators: dmValidators, maxCommandsPerPackage: 1 });
    await queue(['EXEC', 'DevInfo1/Mod'], ['GET', 'DevInfo1/Man']);
    const request = device();
    await runDmSession(request);
    expect((await store.device(DEV))?.alerts).toEqual([expect.objectContaining({ AlertType: EXEC_RESULT_ALERT })]);
    expect(request.state.pendingAlerts).toEqual([]);
  });

  it('reports 415, 406 and 400 for what the client cannot take, and goes on', async () => {
    await store.putData(DEV, 'blob', Buffer.from([0, 1, 2]), 'application/octet-stream', 'operator');
    await queue(
      ['HGET', data('blob'), 'DevInfo1/Blob'],
      ['FROB', 'x'],
      ['GET'],
      ['REPLACE', 'DevInfo1/Man', 'X'],
      ['GET', 'DevInfo1/Man'],
    );
    const result = await runDmSession(device());
    expect(result.ok).toBe(true);
    expect((await lastSession()).outcomes.filter(([name]) => name !== 'CONT' && name !== 'END')).toEqual([
      ['HGET', 415],
      ['FROB', 406],
      ['GET', 400],
      ['REPLACE', 406],
      ['GET', 200],
    ]);
  });

  it('answers 304 to an HGET whose ServerURI has not changed since the last one', async () => {
    await store.putData(DEV, 'config/Man', Buffer.from('Globex'), 'text/plain', 'operator');
    const request = device();
    await queue(['HGET', data('config/Man'), 'DevInfo1/Man']);
    await runDmSession(request);
    await queue(['HGET', data('config/Man'), 'DevInfo1/Man']);
    await runDmSession(request);
    expect((await lastSession()).outcomes[0]).toEqual(['HGET', 304]);
  });

  it('reports a subscribed node that changed between sessions in the next Package#1', async () => {
    const request = device();
    await queue(['SUB', 'DevInfo1/Mod']);
    await runDmSession(request);
    request.tree.replace('DevInfo1/Mod', 'Roadrunner 3');
    await runDmSession(request);
    expect((await store.device(DEV))?.alerts).toEqual([
      expect.objectContaining({
        AlertType: NODE_CHANGED_ALERT,
        SourceURI: 'DevInfo1/Mod',
        Data: { value: 'Roadrunner 3' },
      }),
    ]);
  });

  it('does not send the credential to a ServerURI of another origin', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('v2');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    extra.push(elsewhere);
    const { port } = elsewhere.address() as AddressInfo;
    await queue(['HGET', `http://127.0.0.1:${port}/fw`, 'DevInfo1/Fw']);
    await runDmSession(device());
    expect((await lastSession()).outcomes[0]).toEqual(['HGET', 200]);
    expect(seen[0]?.authorization).toBeUndefined();
  });
});

describe.skipIf(!READS_PACKAGE3_STATUSES)('sessions the server refuses', () => {
  it('answers 401 to a wrong or missing credential and dequeues nothing', async () => {
    await queue(['GET', 'DevInfo1/Mod']);
    for (const wrong of [undefined, 'not-the-credential']) {
      const result = await runDmSession(device(wrong === undefined ? { credential: '' } : { credential: wrong }));
      expect(result).toMatchObject({ ok: false, error: { code: 'httpStatus', status: 401 } });
    }
    const unprovisioned = await runDmSession(device({ devId: OTHER }));
    expect(unprovisioned.error?.status).toBe(401);
    expect(await store.pending(DEV)).toHaveLength(1);
    expect(await store.device(DEV)).toBeUndefined();
  });

  it('aborts the session on an HTTP error mid-way; the next Package#1 supersedes it', async () => {
    // The HGET target rotates the device's credential, so the Package#3 that follows is refused with 401.
    const rotator = createServer((_req, res) => {
      void store.issueCredential(DEV).then(() => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('x'));
    });
    await new Promise<void>((resolve) => rotator.listen(0, '127.0.0.1', resolve));
    extra.push(rotator);
    await queue(['HGET', `http://127.0.0.1:${(rotator.address() as AddressInfo).port}/x`, 'DevInfo1/X']);
    const result = await runDmSession(device());
    expect(result).toMatchObject({ ok: false, error: { code: 'httpStatus', status: 401 } });
    expect(result.rounds).toHaveLength(1);
    const aborted = await lastSession();
    expect(aborted).toMatchObject({ state: 'open' });
    expect(aborted.outcomes).toEqual([
      ['HGET', null],
      ['CONT', null],
    ]);
    credential = await store.issueCredential(DEV);
    await runDmSession(device());
    const superseded = (await store.history(DEV)).find((s) => s.id === aborted.id);
    expect(superseded).toMatchObject({ state: 'ended', endedReason: 'superseded' });
  });

  it('refuses a replayed Package#3 with 409, and a Package#3 with the wrong status count with 400', async () => {
    await queue(['GET', 'DevInfo1/Mod'], ['GET', 'DevInfo1/Man']);
    const headers = { ...(await provisionedHeaders(store, DEV)) };
    const first = await fetch(server.url, { method: 'POST', headers, body: '{}' });
    const session = {
      'OMADM-SessionID': first.headers.get('omadm-sessionid') as string,
      'OMADM-Round': first.headers.get('omadm-round') as string,
    };
    const p3 = (body: unknown) =>
      fetch(server.url, {
        method: 'POST',
        headers: { ...headers, ...session, 'Content-Type': P3 },
        body: JSON.stringify(body),
      });
    const short = await p3({ Status: [{ sc: 200 }] });
    expect([short.status, ((await short.json()) as { type: string }).type]).toEqual([
      400,
      'https://omaspec.dev/problems/dm/status-count-mismatch',
    ]);
    const statuses = { Status: [{ sc: 200 }, { sc: 200 }, { sc: 200 }] };
    expect((await p3(statuses)).status).toBe(200);
    const replay = await p3(statuses);
    expect([replay.status, ((await replay.json()) as { type: string }).type]).toEqual([
      409,
      'https://omaspec.dev/problems/dm/session-conflict',
    ]);
    const missing = await fetch(server.url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': P3 },
      body: '{"Status":[]}',
    });
    expect(missing.status).toBe(400);
  });

  it("keeps two devices' interleaved sessions apart, and hides one device's session from the other", async () => {
    await store.enqueueAll(DEV, [['GET', 'A']]);
    await store.enqueueAll(OTHER, [['GET', 'B']]);
    const a = await provisionedHeaders(store, DEV);
    const b = await provisionedHeaders(store, OTHER);
    const open = async (headers: Record<string, string>) => {
      const res = await fetch(server.url, { method: 'POST', headers, body: '{}' });
      const body = (await res.json()) as { Cmd: string[][] };
      return {
        cmd: body.Cmd,
        session: { 'OMADM-SessionID': res.headers.get('omadm-sessionid') as string, 'OMADM-Round': '1' },
      };
    };
    const [sa, sb] = [await open(a), await open(b)];
    expect([sa.cmd[0], sb.cmd[0]]).toEqual([
      ['GET', 'A'],
      ['GET', 'B'],
    ]);
    const answer = (headers: Record<string, string>, session: Record<string, string>) =>
      fetch(server.url, {
        method: 'POST',
        headers: { ...headers, ...session, 'Content-Type': P3 },
        body: JSON.stringify({ Status: [{ sc: 200 }, { sc: 200 }] }),
      });
    expect((await answer(b, sa.session)).status).toBe(404);
    expect((await answer(b, sb.session)).status).toBe(200);
    expect((await answer(a, sa.session)).status).toBe(200);
    expect((await store.history(DEV))[0]?.commands[0]).toMatchObject({ command: ['GET', 'A'], status: { sc: 200 } });
    expect((await store.history(OTHER))[0]?.commands[0]).toMatchObject({ command: ['GET', 'B'], status: { sc: 200 } });
  });

  it('answers 400 json-limits, naming the limit, to an Alert Data nested 6,000 levels, and records nothing', async () => {
    await queue(['GET', 'DevInfo1/Mod']);
    const deep = `{"Alert":{"Items":[{"AlertType":"urn:x","Data":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}]}}`;
    const res = await fetch(server.url, { method: 'POST', headers: await provisionedHeaders(store, DEV), body: deep });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { type: string; detail: string };
    expect(problem.type).toBe('https://omaspec.dev/problems/dm/json-limits');
    expect(problem.detail).toMatch(/nests deeper than 64 levels/);
    expect(await store.pending(DEV)).toHaveLength(1);
    expect(await store.device(DEV)).toBeUndefined();
  });
});
