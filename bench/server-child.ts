/**
 * A server for bench/servers.ts, forked with an IPC channel: `omaspec` (the reference server, SQLite in the given
 * directory) or `bare` (a `ws` server that parses each message and stringifies a canned answer, nothing more). It
 * sends `{ port }` when it listens and answers `{ heap: true }` with its heap after a full GC.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { createServer } from '../reference/server.ts';
import { BARE_CLIENT_ID, BENCH_KEY } from './server-keys.ts';

const [kind, dataDir] = process.argv.slice(2);
const send = (message: object) => process.send!(message);

process.on('message', (message: { heap?: boolean }) => {
  if (!message.heap) return;
  (globalThis as { gc?: () => void }).gc?.();
  send({ heap: process.memoryUsage().heapUsed });
});
process.on('disconnect', () => process.exit(0));

if (kind === 'omaspec') {
  const server = createServer({
    port: 0,
    dataDir,
    // Every load connection comes from 127.0.0.1: the per-address cap guards against one peer, not a benchmark.
    httpLimits: { maxConnections: 10_000, maxConnectionsPerAddress: 10_000 },
    aoi: {
      socketLimits: {
        maxConnections: 10_000,
        messagesPerSecond: 1_000_000,
        messageBurst: 1_000_000,
        maxQueuedMessages: 1_000,
      },
      // Fan-out is measured, not the KDF: one cheap derivation instead of ~100 ms of scrypt per seeded device.
      deriveToken: async (seed) => `seeded-${seed}`,
      maxApplicationsPerClient: 100_000,
    },
    notifications: {
      serverAppKeys: new Map([['bench', BENCH_KEY]]),
      // The queue is filled as fast as it takes; the default limits guard against a flood, not a benchmark.
      submissionsPerSecond: 1_000_000,
      submissionBurst: 1_000_000,
    },
    logError: () => {},
  });
  const { port } = await server.listen();
  send({ port });
} else {
  startBare();
}

function startBare(): void {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/aoi' });
  const sockets = new Set<WebSocket>();
  let notification = 0;
  const delivery = (socket: WebSocket) =>
    socket.send(
      JSON.stringify({
        jsonrpc: '2.0',
        id: `n-${notification++}`,
        method: 'notificationDeliveryReq',
        params: {
          clientAppToken: 'bench-token',
          payload: { text: 'hello' },
          priority: 5,
          notificationId: `n-${notification}`,
        },
      }),
    );
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      switch (message.messageType) {
        case 'benchDrain':
          for (let i = 0; i < Number(message.count); i++) delivery(socket);
          return;
        case 'benchFanout':
          for (const other of sockets) if (other !== socket) delivery(other);
          return;
        case 'aoiClientRegistrationReq':
          socket.send(
            JSON.stringify({
              messageType: 'aoiClientRegistrationRes',
              clientID: BARE_CLIENT_ID,
              code: 200,
              desc: 'OK',
            }),
          );
          return;
      }
      if (typeof message.method !== 'string') return; // a response to a delivery
      const result = { code: 200, message: 'OK', clientAppToken: 'bench-token' };
      socket.send(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
    });
  });
  wss.on('listening', () => send({ port: (wss.address() as { port: number }).port }));
}
