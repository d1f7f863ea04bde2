import { WebSocket } from 'ws';
import { createServer, type OmaspecServer, type ServerOptions } from '../../reference/server.ts';

/** A server on 127.0.0.1 with a free port and the in-memory store unless told otherwise. */
export async function startServer(options: ServerOptions = {}): Promise<{ server: OmaspecServer; url: string; httpUrl: string }> {
  const errors: unknown[] = [];
  const server = createServer({ host: '127.0.0.1', port: 0, store: 'memory', logError: (e) => errors.push(e), ...options });
  const { aoiUrl, httpUrl } = await server.listen();
  return { server, url: aoiUrl, httpUrl };
}

/** A bare WebSocket that queues incoming text so tests can await frames one by one. */
export class RawSocket {
  private readonly inbox: string[] = [];
  private waiting: ((text: string) => void) | undefined;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const text = String(data);
      if (this.waiting) {
        const deliver = this.waiting;
        this.waiting = undefined;
        deliver(text);
      } else this.inbox.push(text);
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  static open(url: string): Promise<RawSocket> {
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawSocket(ws)));
      ws.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  next(timeoutMs = 5000): Promise<string> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no frame within timeout')), timeoutMs);
      this.waiting = (text) => {
        clearTimeout(timer);
        resolve(text);
      };
    });
  }

  async request(message: unknown): Promise<any> {
    this.send(message);
    return JSON.parse(await this.next());
  }

  close(): void {
    this.ws.close();
  }
}

export const registration = (deviceNumber = '5465465416846865465') => ({ messageType: 'aoiClientRegistrationReq', deviceNumber });
export const deregistration = (clientID: string) => ({ messageType: 'aoiClientDeregistrationReq', clientID });
export const appRegistration = (id: string | number, clientID: string, tokenSeed?: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'clientAppRegistrationReq',
  params: tokenSeed === undefined ? { clientID } : { clientID, tokenSeed },
});
export const appDeregistration = (id: string | number, clientID: string, clientAppToken: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'clientAppDeregistrationReq',
  params: { clientID, clientAppToken },
});

/** Registers a fresh AOI Client on the socket and returns its clientID. */
export async function registerClient(socket: RawSocket, deviceNumber?: string): Promise<string> {
  const response = await socket.request(registration(deviceNumber));
  if (response.code !== 200) throw new Error(`registration failed: ${JSON.stringify(response)}`);
  return response.clientID as string;
}
