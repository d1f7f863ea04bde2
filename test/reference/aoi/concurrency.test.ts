import { afterEach, describe, expect, it } from 'vitest';
import type { OmaspecServer } from '../../../reference/server.ts';
import { RawSocket, appRegistration, registerClient, startServer } from '../support.ts';

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
