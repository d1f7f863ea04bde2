import { WebSocket } from 'ws';

/**
 * A bare WebSocket to an AOI-1 endpoint that queues incoming text frames, so a caller can send
 * anything (including garbage) and await the answers one by one. Used by the conformance suite
 * and the tests.
 */
export class Probe {
  private readonly inbox: string[] = [];
  private waiting: ((text: string) => void) | undefined;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(
    readonly ws: WebSocket,
    private readonly timeoutMs: number,
  ) {
    ws.on('message', (data) => {
      const text = String(data);
      const deliver = this.waiting;
      this.waiting = undefined;
      if (deliver) deliver(text);
      else this.inbox.push(text);
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** `ca`: for wss://, the certificate authorities (PEM) to trust instead of the system's. */
  static open(url: string, timeoutMs = 5000, ca?: string | Buffer): Promise<Probe> {
    const ws = new WebSocket(url, { handshakeTimeout: timeoutMs, ...(ca === undefined ? {} : { ca }) });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Probe(ws, timeoutMs)));
      ws.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next text frame; rejects when none arrives within the timeout. */
  next(): Promise<string> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.waiting = (text) => {
        clearTimeout(timer);
        resolve(text);
      };
    });
  }

  /** Sends and parses the next frame as JSON. */
  async request(message: unknown): Promise<WireReply> {
    this.send(message);
    const text = await this.next();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`answer is not JSON: ${text.slice(0, 200)}`);
    }
  }

  close(): void {
    this.ws.close();
  }
}

/** A reply as the server under test sent it: arbitrary JSON, probed field by field by each check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every check tests the fields it reads
export type WireReply = any;
