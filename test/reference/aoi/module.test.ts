import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClientId } from '../../../reference/aoi/credentials.ts';
import { AOI_PATH, mountAoi } from '../../../reference/aoi/module.ts';
import { HttpRouter } from '../../../reference/http/router.ts';
import { DEFAULT_JSON_LIMITS } from '../../../reference/limits/json-depth.ts';
import { CLOSE } from '../../../reference/ws/socket-endpoint.ts';
import { RawSocket, registerClient } from '../support.ts';

let http: Server | undefined;
afterEach(async () => {
  http?.closeAllConnections();
  await new Promise<void>((done) => (http?.listening ? http.close(() => done()) : done()));
});

/** The AOI module alone on a router: what createServer composes, without notifications or DM. */
async function mountAlone() {
  const errors: unknown[] = [];
  const router = new HttpRouter();
  const aoi = mountAoi({
    router,
    logError: (error) => errors.push(error),
    jsonLimits: DEFAULT_JSON_LIMITS,
  });
  http = createServer(router.handle);
  http.on('upgrade', router.handleUpgrade);
  await new Promise<void>((ready) => http!.listen(0, '127.0.0.1', ready));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}${AOI_PATH}`;
  return { aoi, url, errors };
}

describe('mountAoi', () => {
  it('serves AOI-1 at /aoi on the router it is given and binds the registering connection', async () => {
    const { aoi, url, errors } = await mountAlone();
    const socket = await RawSocket.open(url);
    const clientID = await registerClient(socket);
    const handle = parseClientId(clientID)!.handle;
    expect(await aoi.store.getClient(handle)).toBeDefined();
    expect(aoi.sessionOf(handle)).toBeDefined();
    expect(aoi.sessionOf(handle)).toBe(aoi.liveConnection(handle)?.id);
    expect(aoi.requesterFor(handle)).toBeDefined();
    await aoi.close();
    expect(errors).toEqual([]);
  });

  it('closes its connections with 1001, and close() after closeConnections() still completes', async () => {
    const { aoi, url } = await mountAlone();
    const socket = await RawSocket.open(url);
    await registerClient(socket);
    await aoi.closeConnections();
    expect((await socket.closed).code).toBe(CLOSE.GOING_AWAY);
    await aoi.close();
    expect(aoi.endpoint.connectionCount).toBe(0);
  });
});
