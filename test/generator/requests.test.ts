import { describe, expect, it, vi } from 'vitest';
import {
  createAoi1ClientDispatcher,
  createAoi1Dispatcher,
  createAoi1Requester,
  PendingRequests,
  RequestError,
  type Aoi1ClientHandlers,
  type Aoi1Handlers,
  type PushRes,
} from './fixtures/generated/index.ts';

const unused = async (): Promise<never> => {
  throw new Error('not called');
};
const serverHandlers: Aoi1Handlers = {
  aoiClientRegistrationReq: unused,
  clientAppRegistrationReq: unused,
  keepAlive: unused,
};

/** A server that pushes to a client: its requests go out through `sent`, responses come back through the dispatcher. */
function server(options: { timeoutMs?: number; maxPending?: number } = {}) {
  const pending = new PendingRequests(options);
  const sent: string[] = [];
  const onError = vi.fn();
  const dispatch = createAoi1Dispatcher(serverHandlers, { pending, onError });
  const requester = createAoi1Requester((text) => void sent.push(text), pending);
  return { pending, sent, onError, dispatch, requester };
}

const push = (id: string | number) => ({
  jsonrpc: '2.0' as const,
  id,
  method: 'pushReq' as const,
  params: { text: 'hello' },
});

describe('server-initiated requests', () => {
  it('sends the request and resolves with the typed response the dispatcher receives, replying nothing', async () => {
    const s = server();
    const answer = s.requester.pushReq(push('p-1'));
    expect(s.sent.map((t) => JSON.parse(t))).toEqual([push('p-1')]);
    expect(await s.dispatch(JSON.stringify({ jsonrpc: '2.0', id: 'p-1', result: { code: 200 } }))).toBeUndefined();
    const response: PushRes = await answer;
    expect(response).toEqual({ jsonrpc: '2.0', id: 'p-1', result: { code: 200 } });
    expect(s.pending.size).toBe(0);
  });

  it('resolves with an error response too: it is a valid answer', async () => {
    const s = server();
    const answer = s.requester.pushReq(push(7));
    await s.dispatch(JSON.stringify({ jsonrpc: '2.0', id: 7, error: { code: 410, message: 'Gone' } }));
    expect(await answer).toEqual({ jsonrpc: '2.0', id: 7, error: { code: 410, message: 'Gone' } });
  });

  it('rejects with RPC_INVALID_RESPONSE and the issues when the response breaks its schema', async () => {
    const s = server();
    const answer = s.requester.pushReq(push('p-2'));
    expect(await s.dispatch(JSON.stringify({ jsonrpc: '2.0', id: 'p-2', result: { code: 'ok' } }))).toBeUndefined();
    await expect(answer).rejects.toMatchObject({
      code: 'RPC_INVALID_RESPONSE',
      issues: expect.arrayContaining([expect.objectContaining({ path: '/result/code', rule: 'type' })]),
    });
  });

  it('does not answer a response nobody waits for, and reports it', async () => {
    const s = server();
    expect(await s.dispatch(JSON.stringify({ jsonrpc: '2.0', id: 'stray', result: { code: 200 } }))).toBeUndefined();
    expect(s.onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('"stray"') }), {
      name: 'response',
      envelope: 'jsonrpc',
    });
  });

  it('refuses to send an invalid request', async () => {
    const s = server();
    await expect(s.requester.pushReq({ ...push('x'), params: {} as never })).rejects.toMatchObject({
      code: 'RPC_INVALID_REQUEST',
    });
    expect(s.sent).toEqual([]);
    expect(s.pending.size).toBe(0);
  });

  it('fails a request with RPC_TIMEOUT when no response comes in time', async () => {
    vi.useFakeTimers();
    try {
      const s = server({ timeoutMs: 50 });
      const answer = s.requester.pushReq(push('slow'));
      const failed = expect(answer).rejects.toMatchObject({ code: 'RPC_TIMEOUT' });
      await vi.advanceTimersByTimeAsync(49);
      expect(s.pending.size).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await failed;
      expect(s.pending.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('accepts maxPending requests at once and refuses one more', async () => {
    const s = server({ maxPending: 2 });
    const first = s.requester.pushReq(push(1));
    const second = s.requester.pushReq(push(2));
    await expect(s.requester.pushReq(push(3))).rejects.toBeInstanceOf(RequestError);
    expect(s.pending.size).toBe(2);
    s.pending.close();
    await expect(first).rejects.toMatchObject({ code: 'RPC_CLOSED' });
    await expect(second).rejects.toMatchObject({ code: 'RPC_CLOSED' });
  });

  it('refuses a second request under an id that is still waiting', async () => {
    const s = server();
    const first = s.requester.pushReq(push('same'));
    await expect(s.requester.pushReq(push('same'))).rejects.toMatchObject({ code: 'RPC_DUPLICATE_ID' });
    s.pending.close();
    await expect(first).rejects.toMatchObject({ code: 'RPC_CLOSED' });
  });
});

describe('client side dispatcher', () => {
  it('runs the client handler of a server-initiated request and answers with its result', async () => {
    const handlers: Aoi1ClientHandlers = {
      async pushReq(request) {
        return request.params.text === 'hello' ? { code: 200 } : { code: 200 };
      },
    };
    const reply = await createAoi1ClientDispatcher(handlers)(JSON.stringify(push('p-9')));
    expect(JSON.parse(reply ?? 'null')).toEqual({ jsonrpc: '2.0', id: 'p-9', result: { code: 200 } });
  });

  it('answers -32601 when a client-to-server method reaches the client', async () => {
    const handlers: Aoi1ClientHandlers = { pushReq: unused };
    const reply = await createAoi1ClientDispatcher(handlers)(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'clientAppRegistrationReq', params: { clientID: 'a' } }),
    );
    expect(JSON.parse(reply ?? 'null')).toMatchObject({ id: 1, error: { code: -32601 } });
  });

  it('lets the server answer -32601 to a server-to-client method', async () => {
    const reply = await server().dispatch(JSON.stringify(push(4)));
    expect(JSON.parse(reply ?? 'null')).toMatchObject({ id: 4, error: { code: -32601 } });
  });
});
