import { describe, expect, it, vi } from 'vitest';
import {
  createAoi1Dispatcher,
  decodeAoi1,
  ProtocolError,
  type Aoi1Handlers,
  type DispatcherOptions,
} from './fixtures/generated/index.ts';

const registration = {
  jsonrpc: '2.0',
  id: '116',
  method: 'clientAppRegistrationReq',
  params: { clientID: 'aoi123456789' },
};
const keepAlive = { jsonrpc: '2.0', method: 'keepAlive', params: { clientID: 'aoi123456789' } };

function handlers(overrides: Partial<Aoi1Handlers> = {}): Aoi1Handlers {
  return {
    async aoiClientRegistrationReq(request) {
      return { messageType: 'aoiClientRegistrationRes', clientID: `c-${request.deviceNumber}`, code: 200, desc: 'OK' };
    },
    async clientAppRegistrationReq(request) {
      return { code: 200, message: 'OK', clientAppToken: `token-${request.params.clientID}` };
    },
    async keepAlive() {},
    ...overrides,
  };
}

async function send(
  raw: unknown,
  overrides: Partial<Aoi1Handlers> = {},
  options: DispatcherOptions = {},
): Promise<unknown> {
  const reply = await createAoi1Dispatcher(
    handlers(overrides),
    options,
  )(typeof raw === 'string' ? raw : JSON.stringify(raw));
  return reply === undefined ? undefined : JSON.parse(reply);
}

describe('JSON-RPC dispatch', () => {
  it('answers a valid request with the handler result and the request id', async () => {
    expect(await send(registration)).toEqual({
      jsonrpc: '2.0',
      id: '116',
      result: { code: 200, message: 'OK', clientAppToken: 'token-aoi123456789' },
    });
  });

  it('answers -32700 with id null when the text is not JSON', async () => {
    expect(await send('{"jsonrpc": "2.0", "method"')).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: 'Parse error' },
    });
  });

  it('answers -32600 with id null when the value is not an object', async () => {
    expect(await send('42')).toMatchObject({ id: null, error: { code: -32600 } });
  });

  it('answers -32600 with id null to an integer id beyond 2^53, which it could not echo exactly', async () => {
    const text = JSON.stringify(registration).replace('"116"', '12345678901234567890');
    expect(await send(text)).toMatchObject({ id: null, error: { code: -32600 } });
    expect(await send({ ...registration, id: Number.MAX_SAFE_INTEGER })).toMatchObject({
      id: Number.MAX_SAFE_INTEGER,
      result: { code: 200 },
    });
  });

  it('answers -32600 with the request id when jsonrpc is not "2.0"', async () => {
    expect(await send({ ...registration, jsonrpc: '1.0' })).toMatchObject({ id: '116', error: { code: -32600 } });
  });

  it('answers -32600 with id null when method is not a string', async () => {
    expect(await send({ jsonrpc: '2.0', method: 1, params: 'bar' })).toMatchObject({
      id: null,
      error: { code: -32600 },
    });
  });

  it('answers -32600 with id null when the id is neither string nor number', async () => {
    expect(await send({ ...registration, id: { nested: true } })).toMatchObject({ id: null, error: { code: -32600 } });
  });

  it('answers -32601 for an unknown method, with the id', async () => {
    expect(await send({ jsonrpc: '2.0', id: 9, method: 'nope' })).toEqual({
      jsonrpc: '2.0',
      id: 9,
      error: { code: -32601, message: 'Method not found', data: { method: 'nope' } },
    });
  });

  it('answers -32602 with the validation issues (path, rule, source) for invalid params', async () => {
    const reply = await send({ ...registration, params: { clientID: 42 } });
    expect(reply).toEqual({
      jsonrpc: '2.0',
      id: '116',
      error: {
        code: -32602,
        message: 'Invalid params',
        data: {
          issues: [
            {
              path: '/params/clientID',
              rule: 'type',
              message: 'must be string',
              source: { cr: '000_405bc08fdded4f6d.txt', section: '10.1.5', line: 25 },
            },
          ],
        },
      },
    });
  });

  it('answers -32600 when the envelope itself breaks the schema (unknown top-level member)', async () => {
    expect(await send({ ...registration, extra: 1 })).toMatchObject({
      id: '116',
      error: { code: -32600, data: { issues: [{ path: '/extra' }] } },
    });
  });

  it('sends the protocol error a handler returns or throws', async () => {
    const returned = await send(registration, {
      clientAppRegistrationReq: async () => new ProtocolError(401, 'Unauthorized'),
    });
    expect(returned).toEqual({ jsonrpc: '2.0', id: '116', error: { code: 401, message: 'Unauthorized' } });
    const thrown = await send(registration, {
      clientAppRegistrationReq: async () => {
        throw new ProtocolError(503, 'Service Unavailable', { retryAfter: 5 });
      },
    });
    expect(thrown).toEqual({
      jsonrpc: '2.0',
      id: '116',
      error: { code: 503, message: 'Service Unavailable', data: { retryAfter: 5 } },
    });
  });

  it('sends a protocol error returned as a value (ProtocolError.of) like a constructed one, with data', async () => {
    const value = ProtocolError.of(401, 'Unauthorized', { realm: 'aoi' });
    expect(value).toBeInstanceOf(ProtocolError);
    // No stack: the point of the value form is that no trace is captured for an outcome any peer can provoke.
    expect(value.stack).toBeUndefined();
    expect(`${value}`).toBe('ProtocolError: Unauthorized');
    expect(await send(registration, { clientAppRegistrationReq: async () => value })).toEqual({
      jsonrpc: '2.0',
      id: '116',
      error: { code: 401, message: 'Unauthorized', data: { realm: 'aoi' } },
    });
    expect(await send(registration, { clientAppRegistrationReq: async () => ProtocolError.of(400, 'Bad') })).toEqual({
      jsonrpc: '2.0',
      id: '116',
      error: { code: 400, message: 'Bad' },
    });
  });

  it('answers -32603 without internals when a handler throws, and reports the error to onError', async () => {
    const onError = vi.fn();
    const boom = async (): Promise<never> => {
      throw new Error('database password is hunter2');
    };
    const reply = await send(registration, { clientAppRegistrationReq: boom }, { onError });
    expect(reply).toEqual({ jsonrpc: '2.0', id: '116', error: { code: -32603, message: 'Internal error' } });
    expect(JSON.stringify(reply)).not.toMatch(/hunter2|at /);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database password is hunter2' }), {
      name: 'clientAppRegistrationReq',
      envelope: 'jsonrpc',
    });
  });

  it('answers -32603 when a handler result breaks the response schema', async () => {
    const wrong = async () => ({ code: 200, message: 'OK' }) as never;
    expect(await send(registration, { clientAppRegistrationReq: wrong })).toMatchObject({
      id: '116',
      error: { code: -32603 },
    });
    expect(await send(registration, { clientAppRegistrationReq: wrong }, { validateResponses: false })).toMatchObject({
      result: { code: 200 },
    });
  });

  it('runs a notification handler and sends nothing', async () => {
    const seen = vi.fn(async () => {});
    expect(await send(keepAlive, { keepAlive: seen })).toBeUndefined();
    expect(seen).toHaveBeenCalledOnce();
  });

  it('sends nothing for a notification with an unknown method or invalid params', async () => {
    expect(await send({ jsonrpc: '2.0', method: 'nope' })).toBeUndefined();
    expect(await send({ ...keepAlive, params: {} })).toBeUndefined();
  });
});

describe('JSON-RPC batches', () => {
  it('answers an empty batch with a single -32600', async () => {
    expect(await send([])).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: 'Invalid Request: empty batch' },
    });
  });

  it('answers each member, gives invalid members their own error and notifications nothing', async () => {
    const reply = await send([registration, keepAlive, 1, { jsonrpc: '2.0', id: 'x', method: 'nope' }]);
    expect(reply).toEqual([
      expect.objectContaining({ id: '116', result: expect.objectContaining({ code: 200 }) }),
      expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32600 }) }),
      expect.objectContaining({ id: 'x', error: expect.objectContaining({ code: -32601 }) }),
    ]);
  });

  it('sends nothing for a batch of notifications only', async () => {
    expect(await send([keepAlive, keepAlive])).toBeUndefined();
  });

  it('accepts a batch of exactly maxBatchSize and refuses one more with a single -32600', async () => {
    const options = { maxBatchSize: 2 };
    const atLimit = await send([registration, { ...registration, id: 2 }], {}, options);
    expect(atLimit).toHaveLength(2);
    const over = await send([registration, registration, registration], {}, options);
    expect(over).toMatchObject({ id: null, error: { code: -32600, message: 'Invalid Request: batch larger than 2' } });
  });

  it('lists at most maxReportedIssues issues and says how many there were', async () => {
    const params = { clientID: 'aoi123456789', a: 1, b: 2, c: 3 };
    const atLimit = await send({ ...registration, params }, {}, { maxReportedIssues: 3 });
    expect(atLimit).toMatchObject({
      error: { code: -32602, data: { issues: [{ path: '/params/a' }, { path: '/params/b' }, { path: '/params/c' }] } },
    });
    expect((atLimit as { error: { data: object } }).error.data).not.toHaveProperty('issueCount');
    const over = await send({ ...registration, params: { ...params, d: 4 } }, {}, { maxReportedIssues: 3 });
    expect(over).toMatchObject({ error: { code: -32602, data: { issueCount: 4 } } });
    expect((over as { error: { data: { issues: unknown[] } } }).error.data.issues).toHaveLength(3);
  });

  it('refuses messageType objects inside a batch', async () => {
    expect(await send([{ messageType: 'aoiClientRegistrationReq', deviceNumber: '1' }])).toEqual([
      expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32600 }) }),
    ]);
  });
});

describe('messageType envelope dispatch', () => {
  const request = { messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' };

  it('answers with the response message the handler returns', async () => {
    expect(await send(request)).toEqual({
      messageType: 'aoiClientRegistrationRes',
      clientID: 'c-5465465416846865465',
      code: 200,
      desc: 'OK',
    });
  });

  it('answers the …Res with code 400 naming path and CR section when the request is invalid', async () => {
    const reply = await send({ messageType: 'aoiClientRegistrationReq' });
    expect(reply).toEqual({
      messageType: 'aoiClientRegistrationRes',
      code: 400,
      desc: "Bad Request: /deviceNumber: must have required property 'deviceNumber' [required] (CR 002_c738242bc884de22.txt §10.1.1 line 47)",
    });
  });

  it('answers the …Res with code 503 when the handler throws', async () => {
    const boom = async (): Promise<never> => {
      throw new Error('secret');
    };
    expect(await send(request, { aoiClientRegistrationReq: boom })).toEqual({
      messageType: 'aoiClientRegistrationRes',
      code: 503,
      desc: 'Service Unavailable',
    });
  });

  it('maps a ProtocolError to the …Res code and desc', async () => {
    const unauthorized = async () => new ProtocolError(401, 'Unauthorized');
    expect(await send(request, { aoiClientRegistrationReq: unauthorized })).toEqual({
      messageType: 'aoiClientRegistrationRes',
      code: 401,
      desc: 'Unauthorized',
    });
  });

  it('answers an unknown messageType with JSON-RPC -32601 and id null (there is no …Res to use)', async () => {
    expect(await send({ messageType: 'fooReq' })).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32601, message: 'Unknown messageType', data: { messageType: 'fooReq' } },
    });
  });

  it('treats a response messageType sent to the server as unknown', async () => {
    expect(await send({ messageType: 'aoiClientRegistrationRes', code: 200, desc: 'OK', clientID: 'c' })).toMatchObject(
      { id: null, error: { code: -32601 } },
    );
  });

  it('answers -32600 with id null for an object with neither jsonrpc nor a string messageType', async () => {
    expect(await send({ hello: 'world' })).toMatchObject({ id: null, error: { code: -32600 } });
    expect(await send({ messageType: 7 })).toMatchObject({ id: null, error: { code: -32600 } });
  });

  it('tells the envelope by the jsonrpc member when both members are present', async () => {
    expect(
      await send({ jsonrpc: '2.0', id: 1, method: 'nope', messageType: 'aoiClientRegistrationReq' }),
    ).toMatchObject({ id: 1, error: { code: -32601 } });
  });
});

describe('decodeAoi1', () => {
  it('returns the typed message of an accepted request, narrowed by name', () => {
    const decoded = decodeAoi1(JSON.stringify(registration));
    expect(decoded.batch).toBe(false);
    if (decoded.batch || decoded.item.ok !== true) throw new Error('expected one accepted message');
    const item = decoded.item;
    if (item.name !== 'clientAppRegistrationReq') throw new Error('wrong route');
    expect(item.message.params.clientID).toBe('aoi123456789');
    expect(item.id).toBe('116');
  });
});
