import { conforms, ensure, expectSilence, newClient, rpcError, type ConformanceCheck } from './check-kit.ts';
import { appRegistration } from './messages.ts';
import type { WireReply } from './probe.ts';

/** The MUSTs of JSON-RPC 2.0 as seen on the AOI-1 socket. */
export const JSONRPC_CHECKS: ConformanceCheck[] = [
  {
    id: 'rpc-id-echo',
    source: 'JSON-RPC 2.0 §5, CR 000 10.1.5',
    requirement: 'answers with jsonrpc "2.0" and the request id exactly (string and number)',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      for (const id of ['116', 117, 0, 'id with spaces']) {
        const res = await probe.request(appRegistration(id, clientID));
        conforms(ctx, 'aoi1.clientAppRegistrationRes', res);
        ensure(
          res.jsonrpc === '2.0' && res.id === id,
          `request id ${JSON.stringify(id)} answered with ${JSON.stringify(res.id)}`,
        );
      }
    },
  },
  {
    id: 'rpc-parse-error',
    source: 'JSON-RPC 2.0 §5.1',
    requirement: 'answers invalid JSON with -32700 and id null',
    run: async (ctx) => {
      const res = await (
        await ctx.open()
      ).request('{"jsonrpc": "2.0", "method": "clientAppRegistrationReq", "params": [');
      ensure(rpcError(res, -32700, null), `expected -32700 with id null, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-invalid-request',
    source: 'JSON-RPC 2.0 §5.1',
    requirement: 'answers a request object whose method is not a string with -32600',
    run: async (ctx) => {
      const res = await (await ctx.open()).request({ jsonrpc: '2.0', method: 1, params: 'bar' });
      ensure(rpcError(res, -32600, null), `expected -32600 with id null, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-version',
    source: 'JSON-RPC 2.0 §4',
    requirement: 'answers a request whose jsonrpc member is not exactly "2.0" with -32600',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      const res = await probe.request({ ...appRegistration('v1', clientID), jsonrpc: '1.0' });
      ensure(res?.error?.code === -32600 && !('result' in res), `expected -32600, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-method-not-found',
    source: 'JSON-RPC 2.0 §5.1',
    requirement: 'answers an unknown method with -32601 and the request id',
    run: async (ctx) => {
      const res = await (await ctx.open()).request({ jsonrpc: '2.0', id: 'm1', method: 'conformanceNoSuchMethod' });
      ensure(rpcError(res, -32601, 'm1'), `expected -32601 with id "m1", got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-invalid-params',
    source: 'JSON-RPC 2.0 §5.1, CR 000 10.1.5 (clientID mandatory)',
    requirement: 'answers clientAppRegistrationReq without clientID with -32602 and the request id',
    run: async (ctx) => {
      const res = await (
        await ctx.open()
      ).request({ jsonrpc: '2.0', id: 'p1', method: 'clientAppRegistrationReq', params: {} });
      ensure(rpcError(res, -32602, 'p1'), `expected -32602 with id "p1", got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-notification-silent',
    source: 'JSON-RPC 2.0 §4.1',
    requirement: 'does not answer a notification (request without id)',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      await expectSilence(
        probe,
        { jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } },
        clientID,
      );
    },
  },
  {
    id: 'rpc-empty-batch',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'answers an empty batch with a single -32600 response',
    run: async (ctx) => {
      const res = await (await ctx.open()).request([]);
      ensure(rpcError(res, -32600, null), `expected one -32600 response, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-batch',
    source: 'JSON-RPC 2.0 §6',
    requirement:
      'answers a batch with an array: one response per request, -32600 per invalid member, none for notifications',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      const res = await probe.request([
        appRegistration('b1', clientID),
        42,
        { jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } },
        { jsonrpc: '2.0', id: 'b2', method: 'conformanceNoSuchMethod' },
      ]);
      ensure(Array.isArray(res) && res.length === 3, `expected an array of 3 responses, got ${JSON.stringify(res)}`);
      ensure(
        res.some((r: WireReply) => r.id === 'b1' && r.result?.code === 200),
        'the valid member was not answered with success',
      );
      ensure(
        res.some((r: WireReply) => rpcError(r, -32600, null)),
        'the invalid member was not answered with -32600',
      );
      ensure(
        res.some((r: WireReply) => rpcError(r, -32601, 'b2')),
        'the unknown method was not answered with -32601',
      );
    },
  },
  {
    id: 'rpc-batch-invalid-json',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'answers a batch that is not valid JSON with a single -32700 response',
    run: async (ctx) => {
      const res = await (
        await ctx.open()
      ).request('[{"jsonrpc": "2.0", "method": "clientAppRegistrationReq", "id": "1"},{"jsonrpc": "2.0", "method"]');
      ensure(rpcError(res, -32700, null), `expected one -32700 response with id null, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-batch-of-invalid',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'answers a batch of non-objects with an array of -32600 responses, one per member',
    run: async (ctx) => {
      const res = await (await ctx.open()).request([1, 2, 3]);
      ensure(
        Array.isArray(res) && res.length === 3 && res.every((r: WireReply) => rpcError(r, -32600, null)),
        `expected three -32600 responses, got ${JSON.stringify(res)}`,
      );
    },
  },
  {
    id: 'rpc-batch-of-notifications',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'sends nothing for a batch made only of notifications',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      await expectSilence(
        probe,
        [{ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } }],
        clientID,
      );
    },
  },
];
