// A deliberately naive AOI-1 peer: plain `ws` and JSON, no code from generated/ or reference/.
// It is what an implementer writing from the CR text alone would have.
import { WebSocket, type RawData } from 'ws';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One open socket with a FIFO of received text frames, so a test can await "the next answer". */
export class Peer {
  private readonly inbox: string[] = [];
  private readonly waiting: ((text: string) => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: RawData) => {
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
      const next = this.waiting.shift();
      if (next) next(text);
      else this.inbox.push(text);
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(url: string, options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<Peer> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, options);
      ws.once('open', () => resolve(new Peer(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)));
    });
  }

  sendText(text: string): void {
    this.ws.send(text);
  }

  /** The next text frame, parsed; rejects if nothing arrives within `ms` (a missing answer is a failure). */
  next(ms = 3000): Promise<Json> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(JSON.parse(queued) as Json);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      this.waiting.push((text) => {
        clearTimeout(timer);
        resolve(JSON.parse(text) as Json);
      });
    });
  }

  async call(message: Json | string): Promise<Json> {
    this.sendText(typeof message === 'string' ? message : JSON.stringify(message));
    return this.next();
  }

  /** Resolves true when no frame arrives within `ms` (used only where the spec forbids an answer). */
  async silentFor(ms: number): Promise<boolean> {
    if (this.inbox.length > 0) return false;
    return new Promise((resolve) => {
      const onMessage = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.ws.off('message', onMessage);
        resolve(true);
      }, ms);
      this.ws.once('message', onMessage);
    });
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
  }
}

export async function getJson(url: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Json };
}

/** Narrowing for assertions on parsed answers. */
export function obj(value: Json | undefined): { [key: string]: Json } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}
