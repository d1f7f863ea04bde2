import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { addressKey } from '../../../reference/http/connection-limits.ts';
import type { OmaspecServer, ServerOptions } from '../../../reference/server.ts';
import { RawSocket, registerClient, startServer } from '../support.ts';
import { KEY } from '../notify/support.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(options: ServerOptions): Promise<{ server: OmaspecServer; port: number; url: string }> {
  const { server, url, httpUrl } = await startServer({
    ...options,
    notifications: { serverAppKeys: new Map([['shop', KEY]]) },
  });
  cleanups.push(() => server.close());
  return { server, url, port: Number(new URL(httpUrl).port) };
}

/** A raw TCP connection that collects what the server sends until it closes the connection. */
async function open(port: number): Promise<{ socket: Socket; received: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  cleanups.push(() => void socket.destroy());
  await new Promise((ready) => socket.once('connect', ready));
  let text = '';
  socket.on('data', (chunk) => (text += String(chunk)));
  socket.on('error', () => {});
  const received = new Promise<string>((done) => socket.once('close', () => done(text)));
  return { socket, received };
}

const health = (port: number) => `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;
const submissionHead = (port: number, length: number) =>
  `POST /notifications HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${KEY}\r\n` +
  `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('connection caps', () => {
  it('refuses a connection over maxConnectionsPerAddress with 503, and accepts again once one closes', async () => {
    const { port } = await serve({ httpLimits: { maxConnectionsPerAddress: 3 } });
    const held = await Promise.all([open(port), open(port), open(port)]);
    const refused = await open(port);
    refused.socket.write(health(port));
    expect(await refused.received).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    held[0]!.socket.destroy();
    await held[0]!.received;
    await sleep(50); // let the server see the close
    const again = await open(port);
    again.socket.write(health(port));
    expect(await again.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it('counts WebSocket connections against maxConnections like any other', async () => {
    const { port, url } = await serve({ httpLimits: { maxConnections: 2 } });
    const sockets = [await RawSocket.open(url), await RawSocket.open(url)];
    cleanups.push(() => sockets.forEach((socket) => socket.close()));
    await expect(RawSocket.open(url)).rejects.toThrow(/503/);
    const http = await open(port);
    http.socket.write(health(port));
    expect(await http.received).toMatch(/^HTTP\/1\.1 503 /);
    expect(await registerClient(sockets[0]!)).toMatch(/^aoi-/); // those admitted are served
  });

  it('groups IPv6 addresses by /64 and IPv4-mapped ones as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
  });
});

describe('request body timeouts', () => {
  it('answers 408 and closes a connection whose body trickles below minBodyBytesPerSecond', async () => {
    const { port } = await serve({ httpLimits: { minBodyBytesPerSecond: 1000, bodyGraceMs: 200 } });
    const slow = await open(port);
    slow.socket.write(submissionHead(port, 200) + '{');
    const answer = await slow.received;
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toContain('slower than 1000 bytes per second');
  });

  it('lets a body arriving above the minimum rate through, even when it takes longer than the grace period', async () => {
    const { port } = await serve({ httpLimits: { minBodyBytesPerSecond: 100, bodyGraceMs: 100 } });
    const body = JSON.stringify({ clientAppToken: 'nobody', payload: { text: 'x'.repeat(100) } });
    const steady = await open(port);
    steady.socket.write(submissionHead(port, body.length).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'));
    for (let i = 0; i < body.length; i += 20) {
      steady.socket.write(body.slice(i, i + 20));
      await sleep(40);
    }
    expect(await steady.received).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/); // read in full and answered
  });

  it('answers 408 to a request not received in full within requestTimeoutMs, whatever its rate', async () => {
    const { port } = await serve({
      headersTimeoutMs: 200,
      httpLimits: { requestTimeoutMs: 400, minBodyBytesPerSecond: 0 },
    });
    const slow = await open(port);
    slow.socket.write(submissionHead(port, 1000));
    const trickle = setInterval(() => slow.socket.writable && slow.socket.write(' '), 50);
    cleanups.push(() => clearInterval(trickle));
    expect(await slow.received).toMatch(/^HTTP\/1\.1 408 /);
  });
});
