import { describe, expect, it } from 'vitest';
import {
  createAoi1ClientDispatcher,
  createAoi1ClientRequester,
  createAoi1Dispatcher,
  createAoi1Requester,
  PendingRequests,
  ProtocolError,
  type Aoi1ClientHandlers,
  type Aoi1Handlers,
} from './fixtures/generated/index.ts';

/**
 * Both generated sides of one socket, wired through an in-memory pair: each side's replies and requests
 * are fed to the other side's dispatcher, as a WebSocket adapter would.
 */
function connect(serverHandlers: Aoi1Handlers, clientHandlers: Aoi1ClientHandlers) {
  const serverPending = new PendingRequests();
  const clientPending = new PendingRequests();
  const toServer = createAoi1Dispatcher(serverHandlers, { pending: serverPending });
  const toClient = createAoi1ClientDispatcher(clientHandlers, { pending: clientPending });
  const deliverToServer = async (text: string): Promise<void> => {
    const reply = await toServer(text);
    if (reply !== undefined) await toClient(reply);
  };
  const deliverToClient = async (text: string): Promise<void> => {
    const reply = await toClient(text);
    if (reply !== undefined) await toServer(reply);
  };
  return {
    client: createAoi1ClientRequester(deliverToServer, clientPending),
    server: createAoi1Requester(deliverToClient, serverPending),
  };
}

const never = async (): Promise<never> => {
  throw new Error('not called');
};

describe('generated server and client sides over an in-memory pair', () => {
  it('completes a client request and a server-initiated request with typed responses', async () => {
    const { client, server } = connect(
      {
        aoiClientRegistrationReq: never,
        keepAlive: never,
        async clientAppRegistrationReq(request) {
          return { code: 200, message: 'OK', clientAppToken: `token-${request.params.clientID}` };
        },
      },
      {
        async pushReq(request) {
          return request.params.text === 'hello' ? { code: 200 } : new ProtocolError(400, 'Bad push');
        },
      },
    );
    const registered = await client.clientAppRegistrationReq({
      jsonrpc: '2.0',
      id: 1,
      method: 'clientAppRegistrationReq',
      params: { clientID: 'c1' },
    });
    expect(registered).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { code: 200, message: 'OK', clientAppToken: 'token-c1' },
    });
    const pushed = await server.pushReq({ jsonrpc: '2.0', id: 's-1', method: 'pushReq', params: { text: 'hello' } });
    expect(pushed).toEqual({ jsonrpc: '2.0', id: 's-1', result: { code: 200 } });
    const refused = await server.pushReq({ jsonrpc: '2.0', id: 's-2', method: 'pushReq', params: { text: 'other' } });
    expect(refused).toEqual({ jsonrpc: '2.0', id: 's-2', error: { code: 400, message: 'Bad push' } });
  });

  it('delivers a protocol error reply as a typed error response, not a failure', async () => {
    const { client } = connect(
      {
        aoiClientRegistrationReq: never,
        keepAlive: never,
        clientAppRegistrationReq: async () => new ProtocolError(401, 'Unauthorized'),
      },
      { pushReq: never },
    );
    const response = await client.clientAppRegistrationReq({
      jsonrpc: '2.0',
      id: 'r',
      method: 'clientAppRegistrationReq',
      params: { clientID: 'c1' },
    });
    expect('error' in response && response.error).toEqual({ code: 401, message: 'Unauthorized' });
  });
});
