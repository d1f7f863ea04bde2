/**
 * Real processes for the multi-node tests: `omaspec serve` nodes on one throw-away redis-server, and
 * devices speaking AOI-1 over a bare socket, so that every notificationDeliveryReq a node sends is seen
 * (duplicates included) and answered only when the test says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenFromSeed } from '../../../reference/aoi/tokens.ts';
import { startCli, type StartedCli } from '../../cli/run.ts';
import { RawSocket, appRegistration, registerClient } from '../support.ts';

export const KEY = 'shop-key-0123456789abcdef';

export interface ServeNode {
  cli: StartedCli;
  url: string;
  httpUrl: string;
}

/** Temp directories given to the nodes as --data (with Redis nothing is written there: a stray write would show), removed by `removeAll`. */
export class NodeDirs {
  private readonly dirs: string[] = [];

  make(): string {
    const dir = mkdtempSync(join(tmpdir(), 'omaspec-node-'));
    this.dirs.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export async function startNode(redisUrl: string, dataDir: string): Promise<ServeNode> {
  const cli = startCli([
    ...['serve', '--port', '0', '--data', dataDir, '--store', redisUrl],
    ...['--server-app-key', `shop=${KEY}`],
  ]);
  // Generous: three nodes start at once on a loaded 2-core machine (tsx compiles the sources first).
  const [, url] = await cli.waitFor(/omaspec listening on (ws:\/\/\S+)/, 60_000);
  return { cli, url: url!, httpUrl: url!.replace(/^ws/, 'http').replace(/\/aoi$/, '') };
}

/** Submits `text` to every device whose application was registered with `seed`. */
export async function submit(
  node: ServeNode,
  seed: string,
  text: string,
): Promise<{ status: number; notificationId?: string }> {
  const response = await fetch(`${node.httpUrl}/notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ clientAppToken: await seededToken(seed), payload: { text } }),
  });
  const body = (await response.json()) as { notificationId?: string };
  return { status: response.status, notificationId: body.notificationId };
}

const tokens = new Map<string, Promise<string>>();
/** The token an application registered with `seed` gets (the same on every node). */
function seededToken(seed: string): Promise<string> {
  let token = tokens.get(seed);
  if (!token) tokens.set(seed, (token = tokenFromSeed(seed)));
  return token;
}

export interface Delivery {
  requestId: string | number;
  notificationId: string;
  text: string;
}

/** One AOI Client on a bare socket to one node. */
export class Device {
  private constructor(
    readonly socket: RawSocket,
    readonly clientID: string,
  ) {}

  /** Registers a new AOI Client and its application (token from `seed`) through `node`, then disconnects. */
  static async register(node: ServeNode, seed: string): Promise<string> {
    const device = await Device.bind(node, await Device.registerClient(node), seed);
    device.close();
    return device.clientID;
  }

  private static async registerClient(node: ServeNode): Promise<string> {
    const socket = await RawSocket.open(node.url);
    try {
      return await registerClient(socket);
    } finally {
      socket.close();
    }
  }

  /**
   * Connects to `node` and proves `clientID` by registering the application with `seed` (idempotent):
   * binds it there.
   */
  static async bind(node: ServeNode, clientID: string, seed: string): Promise<Device> {
    const socket = await RawSocket.open(node.url, 10_000);
    const answer = await socket.request(appRegistration('bind', clientID, seed));
    if (answer.result?.code !== 200) throw new Error(`binding failed: ${JSON.stringify(answer)}`);
    return new Device(socket, clientID);
  }

  /** The next notificationDeliveryReq sent to this device (anything else on the socket is a failure). */
  async nextDelivery(): Promise<Delivery> {
    const message = JSON.parse(await this.socket.next()) as {
      method?: string;
      id: string | number;
      params: { notificationId: string; payload: { text: string } };
    };
    if (message.method !== 'notificationDeliveryReq') throw new Error(`not a delivery: ${JSON.stringify(message)}`);
    return { requestId: message.id, notificationId: message.params.notificationId, text: message.params.payload.text };
  }

  acknowledge(delivery: Delivery): void {
    this.socket.send({ jsonrpc: '2.0', id: delivery.requestId, result: { code: 200, message: 'OK' } });
  }

  /** Receives `count` deliveries, acknowledging each; their texts in arrival order. */
  async receive(count: number): Promise<string[]> {
    const texts: string[] = [];
    for (let i = 0; i < count; i++) {
      const delivery = await this.nextDelivery();
      this.acknowledge(delivery);
      texts.push(delivery.text);
    }
    return texts;
  }

  close(): void {
    this.socket.close();
  }
}

/** GET /healthz: its status and body. */
export async function health(node: ServeNode): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${node.httpUrl}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Polls `condition` until it holds (a deadline, not a timing assertion: the test fails only if it never does). */
export async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
