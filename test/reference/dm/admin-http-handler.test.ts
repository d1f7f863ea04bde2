import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDmServer, type RunningDmServer } from '../../../reference/dm/server.ts';
import { openInMemoryDmStore } from '../../../reference/dm/sqlite-store.ts';
import type { DmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { provisionedHeaders, recordPackage1 } from './http-fixture.ts';

const DEV = 'IMEI:490154203237518';
let store: DmStore;
let server: RunningDmServer;

beforeEach(async () => {
  store = openInMemoryDmStore({ limits: { maxQueuedPerDevice: 3 } });
  server = await startDmServer({ store, validators: dmValidators, admin: true });
});
afterEach(() => server.close());

const deviceUrl = (devId = DEV) => `${server.url}/admin/devices/${encodeURIComponent(devId)}`;

function queue(body: unknown, contentType = 'application/json') {
  return fetch(`${deviceUrl()}/queue`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: JSON.stringify(body),
  });
}

describe('DM admin endpoint', () => {
  it('queues commands that the device then receives in Package#2', async () => {
    const res = await queue({
      Cmd: [
        ['GET', './DevInfo/Mod'],
        ['DELETE', './Tmp'],
      ],
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      pending: 2,
      queued: [{ command: ['GET', './DevInfo/Mod'] }, { command: ['DELETE', './Tmp'] }],
    });
    const pkg2 = await fetch(server.url, { method: 'POST', headers: await provisionedHeaders(store, DEV), body: '{}' });
    expect(await pkg2.json()).toEqual({ Cmd: [['GET', './DevInfo/Mod'], ['DELETE', './Tmp'], ['CONT']] });
  });

  it('shows device state and pending commands', async () => {
    await recordPackage1(store, DEV, [{ DDF: 'd', MOID: 'm', MIID: ['1'] }], []);
    await store.enqueueAll(DEV, [['GET', './A']]);
    const res = await fetch(deviceUrl());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      devId: DEV,
      device: { mos: [{ MOID: 'm' }] },
      pending: [{ command: ['GET', './A'] }],
    });
  });

  it('refuses the whole batch with 400 and the index of each bad command', async () => {
    const res = await queue({ Cmd: [['GET', './A'], ['GET'], ['FROB'], ['REPLACE', './B', 'v'], ['END']] });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: 'https://omaspec.dev/problems/dm/invalid-command',
      issues: [
        { path: '/Cmd/1', rule: 'wrongArity' },
        { path: '/Cmd/2', rule: 'unknownCommand' },
        { path: '/Cmd/3', rule: 'extensionCommand' },
        { path: '/Cmd/4', rule: 'framingCommand' },
      ],
    });
    expect(await store.pending(DEV)).toEqual([]);
  });

  it('answers 400 schema-violation to a body that is not {"Cmd": [[string]]}', async () => {
    const res = await queue({ Cmd: [['GET', 5]] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ issues: [expect.objectContaining({ path: '/Cmd/0/1', rule: 'type' })] });
  });

  it('answers 409 when the batch does not fit in the queue, and queues nothing', async () => {
    await store.enqueueAll(DEV, [['GET', './A']]);
    expect(
      (
        await queue({
          Cmd: [
            ['GET', './B'],
            ['GET', './C'],
          ],
        })
      ).status,
    ).toBe(201);
    const res = await queue({ Cmd: [['GET', './D']] });
    expect(res.status).toBe(409);
    expect(await store.pending(DEV)).toHaveLength(3);
  });

  it('answers 415 to a body that is not application/json, 405 to a wrong method, 404 elsewhere', async () => {
    expect((await queue({ Cmd: [] }, 'text/plain')).status).toBe(415);
    const wrongMethod = await fetch(`${deviceUrl()}/queue`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await fetch(`${deviceUrl()}/other`)).status).toBe(404);
  });

  it('answers 400 json-limits to a body nested past the limit, naming it', async () => {
    const res = await fetch(`${deviceUrl()}/queue`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"Cmd":${'['.repeat(6000)}${']'.repeat(6000)}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'https://omaspec.dev/problems/dm/json-limits',
      detail: /deeper than 64 levels/,
    });
  });

  it('refuses to start open (no admin key) on a non-loopback address', async () => {
    await expect(
      startDmServer({ store, validators: dmValidators, admin: true, host: '0.0.0.0' }),
    ).rejects.toMatchObject({
      code: 'DM_ADMIN_OPEN',
    });
  });

  it('is not served unless enabled', async () => {
    await server.close();
    server = await startDmServer({ store, validators: dmValidators });
    expect((await fetch(deviceUrl())).status).toBe(404);
  });
});
