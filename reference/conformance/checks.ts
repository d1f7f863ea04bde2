import { appDeregistration, appRegistration, deregistration, registration } from './messages.ts';
import type { Probe } from './probe.ts';
import type { SchemaCheck } from './schemas.ts';

export interface CheckContext {
  /** A new connection to the server under test; closed by the runner after the check. */
  open(): Promise<Probe>;
  schema: SchemaCheck;
}

/** One MUST of the CRs or of JSON-RPC 2.0, tested over the wire. Throws CheckFailure when unmet. */
export interface ConformanceCheck {
  id: string;
  source: string;
  requirement: string;
  run(ctx: CheckContext): Promise<void>;
}

export class CheckFailure extends Error {}

function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

function conforms(ctx: CheckContext, messageId: string, value: unknown): void {
  const problems = ctx.schema(messageId, value);
  ensure(problems.length === 0, `${messageId} does not match its schema: ${problems.join('; ')} in ${JSON.stringify(value)}`);
}

async function newClient(ctx: CheckContext, probe: Probe): Promise<string> {
  const res = await probe.request(registration());
  conforms(ctx, 'aoiClientRegistrationRes', res);
  ensure(res.code === 200, `registration of a valid request answered ${JSON.stringify(res)}`);
  return res.clientID;
}

async function newToken(ctx: CheckContext, probe: Probe, clientID: string, tokenSeed?: string): Promise<string> {
  const res = await probe.request(appRegistration('reg', clientID, tokenSeed));
  conforms(ctx, 'aoi1.clientAppRegistrationRes', res);
  ensure(res.result?.code === 200, `Client Application registration answered ${JSON.stringify(res)}`);
  return res.result.clientAppToken;
}

/** Sends a frame that must stay unanswered, then a request whose answer must come first. */
async function expectSilence(probe: Probe, frame: unknown, clientID: string): Promise<void> {
  probe.send(frame);
  const res = await probe.request(appRegistration('after-silence', clientID));
  ensure(res.id === 'after-silence', `expected no answer, got ${JSON.stringify(res)}`);
}

const rpcError = (res: any, code: number, id: unknown) =>
  res?.jsonrpc === '2.0' && res.error?.code === code && typeof res.error.message === 'string' && res.id === id && !('result' in res);

const aoi: ConformanceCheck[] = [
  {
    id: 'client-registration',
    source: 'CR 003 8.2.1, CR 002 10.1.1',
    requirement: 'answers an AOI Client registration with aoiClientRegistrationRes, code 200 and a clientID',
    run: async (ctx) => void (await newClient(ctx, await ctx.open())),
  },
  {
    id: 'client-id-unique',
    source: 'CR 003 8.2.1',
    requirement: 'assigns each registration its own clientID',
    run: async (ctx) => {
      const probe = await ctx.open();
      ensure((await newClient(ctx, probe)) !== (await newClient(ctx, probe)), 'two registrations got the same clientID');
    },
  },
  {
    id: 'client-id-stored',
    source: 'CR 003 8.2.1',
    requirement: 'stores the clientID for future use: it is accepted in a later request on a new connection',
    run: async (ctx) => {
      const first = await ctx.open();
      const clientID = await newClient(ctx, first);
      first.close();
      await newToken(ctx, await ctx.open(), clientID);
    },
  },
  {
    id: 'client-registration-invalid',
    source: 'CR 002 10.1.1',
    requirement: 'answers a registration without deviceNumber with an error response (code 400..599)',
    run: async (ctx) => {
      const res = await (await ctx.open()).request({ messageType: 'aoiClientRegistrationReq' });
      conforms(ctx, 'aoiClientRegistrationRes', res);
      ensure(res.code >= 400 && !('clientID' in res), `expected an error response, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'client-deregistration',
    source: 'CR 002 10.1.2',
    requirement: 'answers an AOI Client deregistration with aoiClientDeregistrationRes, code 200',
    run: async (ctx) => {
      const probe = await ctx.open();
      const res = await probe.request(deregistration(await newClient(ctx, probe)));
      conforms(ctx, 'aoiClientDeregistrationRes', res);
      ensure(res.code === 200, `expected code 200, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'client-deregistered-unauthorized',
    source: 'CR 001 9.3.1 (401), CR 002 10.1.2',
    requirement: 'answers 401 to a Client Application registration for a deregistered clientID',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      await probe.request(deregistration(clientID));
      const res = await probe.request(appRegistration(1, clientID));
      conforms(ctx, 'aoi1.clientAppRegistrationRes', res);
      ensure(res.error?.code === 401, `expected error 401, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'app-unknown-client',
    source: 'CR 001 9.3.1 (401)',
    requirement: 'answers 401 to a Client Application registration with a clientID it never issued',
    run: async (ctx) => {
      const res = await (await ctx.open()).request(appRegistration(1, 'aoi-conformance-unknown-client'));
      conforms(ctx, 'aoi1.clientAppRegistrationRes', res);
      ensure(res.error?.code === 401, `expected error 401, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'token-unique-without-seed',
    source: 'CR 001 8.2.5',
    requirement: 'gives each registration without tokenSeed a token unique on the server',
    run: async (ctx) => {
      const probe = await ctx.open();
      const a = await newClient(ctx, probe);
      const b = await newClient(ctx, probe);
      const tokens = new Set([await newToken(ctx, probe, a), await newToken(ctx, probe, a), await newToken(ctx, probe, b)]);
      ensure(tokens.size === 3, 'two unseeded registrations got the same token');
    },
  },
  {
    id: 'token-same-for-seed',
    source: 'CR 001 8.2.5',
    requirement: 'gives every instance presenting the same tokenSeed the same token, and different seeds different tokens',
    run: async (ctx) => {
      const [p, q] = [await ctx.open(), await ctx.open()];
      const seed = `conformance-${Date.now()}`;
      const a = await newToken(ctx, p, await newClient(ctx, p), seed);
      const b = await newToken(ctx, q, await newClient(ctx, q), seed);
      const c = await newToken(ctx, q, await newClient(ctx, q), `${seed}-other`);
      ensure(a === b, 'two instances with the same tokenSeed got different tokens');
      ensure(a !== c, 'different tokenSeeds gave the same token');
    },
  },
  {
    id: 'token-not-obtainable-by-interception',
    source: 'CR 001 8.2.5',
    requirement: 'does not hand a seeded token to a party that only knows the token (presented as seed), nor reveal the seed in it',
    run: async (ctx) => {
      const probe = await ctx.open();
      const seed = `conformance-secret-${Date.now()}`;
      const token = await newToken(ctx, probe, await newClient(ctx, probe), seed);
      ensure(!token.includes(seed), 'the token contains the seed');
      ensure((await newToken(ctx, probe, await newClient(ctx, probe), token)) !== token, 'the token used as a seed yields the token');
    },
  },
  {
    id: 'app-deregistration',
    source: 'CR 000 10.1.6, CR 001 8.2.5',
    requirement: 'stores the token ↔ clientID mapping: deregistering it answers 200 once, then an error',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      const token = await newToken(ctx, probe, clientID);
      const ok = await probe.request(appDeregistration('d1', clientID, token));
      conforms(ctx, 'clientAppDeregistrationRes', ok);
      ensure(ok.result?.code === 200, `expected result code 200, got ${JSON.stringify(ok)}`);
      const again = await probe.request(appDeregistration('d2', clientID, token));
      conforms(ctx, 'clientAppDeregistrationRes', again);
      ensure(again.error !== undefined, `deregistering twice succeeded: ${JSON.stringify(again)}`);
    },
  },
  {
    id: 'app-foreign-token',
    source: 'CR 001 8.2.5 (security)',
    requirement: 'refuses to deregister another device’s application, even with its token',
    run: async (ctx) => {
      const [victim, attacker] = [await ctx.open(), await ctx.open()];
      const token = await newToken(ctx, victim, await newClient(ctx, victim));
      const res = await attacker.request(appDeregistration('x', await newClient(ctx, attacker), token));
      ensure(res.error !== undefined, `a foreign token was deregistered: ${JSON.stringify(res)}`);
    },
  },
];

const jsonRpc: ConformanceCheck[] = [
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
        ensure(res.jsonrpc === '2.0' && res.id === id, `request id ${JSON.stringify(id)} answered with ${JSON.stringify(res.id)}`);
      }
    },
  },
  {
    id: 'rpc-parse-error',
    source: 'JSON-RPC 2.0 §5.1',
    requirement: 'answers invalid JSON with -32700 and id null',
    run: async (ctx) => {
      const res = await (await ctx.open()).request('{"jsonrpc": "2.0", "method": "clientAppRegistrationReq", "params": [');
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
      const res = await (await ctx.open()).request({ jsonrpc: '2.0', id: 'p1', method: 'clientAppRegistrationReq', params: {} });
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
      await expectSilence(probe, { jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } }, clientID);
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
    requirement: 'answers a batch with an array: one response per request, -32600 per invalid member, none for notifications',
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
      ensure(res.some((r: any) => r.id === 'b1' && r.result?.code === 200), 'the valid member was not answered with success');
      ensure(res.some((r: any) => rpcError(r, -32600, null)), 'the invalid member was not answered with -32600');
      ensure(res.some((r: any) => rpcError(r, -32601, 'b2')), 'the unknown method was not answered with -32601');
    },
  },
  {
    id: 'rpc-batch-invalid-json',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'answers a batch that is not valid JSON with a single -32700 response',
    run: async (ctx) => {
      const res = await (await ctx.open()).request('[{"jsonrpc": "2.0", "method": "clientAppRegistrationReq", "id": "1"},{"jsonrpc": "2.0", "method"]');
      ensure(rpcError(res, -32700, null), `expected one -32700 response with id null, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-batch-of-invalid',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'answers a batch of non-objects with an array of -32600 responses, one per member',
    run: async (ctx) => {
      const res = await (await ctx.open()).request([1, 2, 3]);
      ensure(Array.isArray(res) && res.length === 3 && res.every((r: any) => rpcError(r, -32600, null)), `expected three -32600 responses, got ${JSON.stringify(res)}`);
    },
  },
  {
    id: 'rpc-batch-of-notifications',
    source: 'JSON-RPC 2.0 §6',
    requirement: 'sends nothing for a batch made only of notifications',
    run: async (ctx) => {
      const probe = await ctx.open();
      const clientID = await newClient(ctx, probe);
      await expectSilence(probe, [{ jsonrpc: '2.0', method: 'clientAppRegistrationReq', params: { clientID } }], clientID);
    },
  },
];

export const CHECKS: readonly ConformanceCheck[] = [...aoi, ...jsonRpc];
