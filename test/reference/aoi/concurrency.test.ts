import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, appRegistration, registerClient, registration, startServer } from '../support.ts';

let server: OmaspecServer | undefined;
afterEach(async () => server?.close());

describe('many concurrent AOI Clients', () => {
  it('registers 50 clients on 50 sockets at once, each getting its own clientID and tokens', async () => {
    let url: string;
    ({ server, url } = await startServer());
    const sockets = await Promise.all(Array.from({ length: 50 }, () => RawSocket.open(url)));
    const results = await Promise.all(
      sockets.map(async (socket, i) => {
        const clientID = await registerClient(socket, `${i}`);
        const own = (await socket.request(appRegistration(i, clientID))).result.clientAppToken as string;
        const shared =
          i % 5 === 0
            ? ((await socket.request(appRegistration(`s${i}`, clientID, 'broadcast'))).result.clientAppToken as string)
            : undefined;
        return { clientID, own, shared };
      }),
    );
    expect(new Set(results.map((r) => r.clientID)).size).toBe(50);
    expect(new Set(results.map((r) => r.own)).size).toBe(50);
    const shared = results.flatMap((r) => (r.shared ? [r.shared] : []));
    expect(shared).toHaveLength(10);
    expect(new Set(shared).size).toBe(1);
    expect(await server.aoi.store.clientsForToken(shared[0]!)).toHaveLength(10);
    for (const socket of sockets) socket.close();
  });
});

describe('one client, many registrations at once', () => {
  it('cannot pass maxApplicationsPerClient with a batch: the registrations beyond it are refused with 400', async () => {
    let url: string;
    ({ server, url } = await startServer({ aoi: { maxApplicationsPerClient: 3 } }));
    const socket = await RawSocket.open(url);
    const clientID = await registerClient(socket);
    const answers = (await socket.request(Array.from({ length: 10 }, (_, i) => appRegistration(i, clientID)))) as {
      result?: unknown;
      error?: { code: number };
    }[];
    expect(answers.filter((answer) => answer.result !== undefined)).toHaveLength(3);
    expect(answers.filter((answer) => answer.error?.code === 400)).toHaveLength(7);
    expect(await server.aoi.store.applicationsOf(clientID.slice(4, 20))).toHaveLength(3);
    socket.close();
  });
});

describe('one connection pipelining its requests', () => {
  it('answers them in the order sent, and what follows a deregistration sees it done', async () => {
    let url: string;
    ({ server, url } = await startServer());
    const socket = await RawSocket.open(url);
    const clientID = await registerClient(socket);
    for (let i = 0; i < 3; i++) socket.send(appRegistration(i, clientID));
    socket.send(registration('second device'));
    socket.send({ messageType: 'aoiClientDeregistrationReq', clientID });
    socket.send(appRegistration(3, clientID));
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(JSON.parse(await socket.next()) as Record<string, unknown>);
    expect(answers.slice(0, 3).map((a) => a.id)).toEqual([0, 1, 2]);
    expect(answers.slice(0, 3).every((a) => a.result !== undefined)).toBe(true);
    expect(answers[3]).toMatchObject({ messageType: 'aoiClientRegistrationRes', code: 200 });
    expect(answers[4]).toMatchObject({ messageType: 'aoiClientDeregistrationRes', code: 200 });
    expect(answers[5]).toMatchObject({ id: 3, error: { code: 401 } });
    socket.close();
  });
});
