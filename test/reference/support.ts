import { Probe as RawSocket } from '../../reference/conformance/probe.ts';
import { registration } from '../../reference/conformance/messages.ts';
import { createServer, type OmaspecServer, type ServerOptions } from '../../reference/server.ts';

export { RawSocket };
export {
  appDeregistration,
  appRegistration,
  deregistration,
  registration,
} from '../../reference/conformance/messages.ts';

/** A server on 127.0.0.1 with a free port and the in-memory store unless told otherwise. */
export async function startServer(
  options: ServerOptions = {},
): Promise<{ server: OmaspecServer; url: string; httpUrl: string }> {
  const server = createServer({ host: '127.0.0.1', port: 0, store: 'memory', ...options });
  const { aoiUrl, httpUrl } = await server.listen();
  return { server, url: aoiUrl, httpUrl };
}

/** Registers a fresh AOI Client on the socket and returns its clientID. */
export async function registerClient(socket: RawSocket, deviceNumber?: string): Promise<string> {
  const response = await socket.request(registration(deviceNumber));
  if (response.code !== 200) throw new Error(`registration failed: ${JSON.stringify(response)}`);
  return response.clientID as string;
}
