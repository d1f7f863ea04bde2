/** Test helpers: a DM handler on a plain http server on 127.0.0.1:0, and raw requests to it. */
import { createServer, request, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerPackage1 } from '../../../reference/dm/session.ts';
import type { DmMoRecord, DmStore } from '../../../reference/dm/store.ts';
import type { DmPackage1 } from '../../../reference/dm/types.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener): Promise<RunningServer> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/dm`,
    port,
    // Idempotent, so that a test may close early and afterEach still closes.
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string | number>;
  /** Chunks written one by one; `end: false` leaves the request open after them. */
  chunks?: (string | Buffer)[];
  end?: boolean;
}

/**
 * Sends a request with node:http so that tests control every header, including a lying
 * Content-Length or none at all (chunked). Resolves with the response even when the server
 * answers before the request body is complete.
 */
export function send(port: number, raw: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/dm',
      method: raw.method ?? 'POST',
      headers: raw.headers ?? {},
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as unknown });
        req.destroy();
      });
    });
    // Writes after an early answer may fail with EPIPE/ECONNRESET; only a failure before any
    // answer is the test's business.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.flushHeaders(); // so that a request with headers only still reaches the server
    for (const chunk of raw.chunks ?? []) req.write(chunk);
    if (raw.end !== false) req.end();
  });
}

export const PACKAGE1_HEADERS = {
  'Content-Type': 'application/vnd.oma.dm.initiation+json',
  'OMADM-DevID': 'IMEI:490154203237518',
};

/** Package#1 headers of a device provisioned in `store`: its OMADM-DevID and its credential as a bearer token. */
export async function provisionedHeaders(
  store: Pick<DmStore, 'issueCredential'>,
  devId: string = PACKAGE1_HEADERS['OMADM-DevID'],
): Promise<Record<string, string>> {
  const credential = await store.issueCredential(devId);
  return { ...PACKAGE1_HEADERS, 'OMADM-DevID': devId, Authorization: `Bearer ${credential}` };
}

/** What a Package#1 with these MOS and alerts leaves in the store (it also delivers what is queued). */
export async function recordPackage1(
  store: DmStore,
  devId: string,
  mos: DmMoRecord[] | undefined,
  alerts: NonNullable<DmPackage1['Alert']>['Items'],
): Promise<void> {
  await answerPackage1(store, devId, { ...(mos && { MOS: mos }), Alert: { Items: alerts } }, {}, () => {});
}
