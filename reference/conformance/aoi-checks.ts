import { conforms, ensure, newClient, newToken, type ConformanceCheck } from './check-kit.ts';
import { appDeregistration, appRegistration, deregistration } from './messages.ts';

/** The MUSTs of the AOI procedures and the AOI-1 binding (CRs 000–003). */
export const AOI_CHECKS: ConformanceCheck[] = [
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
      ensure(
        (await newClient(ctx, probe)) !== (await newClient(ctx, probe)),
        'two registrations got the same clientID',
      );
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
      conforms(ctx, 'aoi1.aoiClientRegistrationRes', res);
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
      conforms(ctx, 'aoi1.aoiClientDeregistrationRes', res);
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
      const tokens = new Set([
        await newToken(ctx, probe, a),
        await newToken(ctx, probe, a),
        await newToken(ctx, probe, b),
      ]);
      ensure(tokens.size === 3, 'two unseeded registrations got the same token');
    },
  },
  {
    id: 'token-same-for-seed',
    source: 'CR 001 8.2.5',
    requirement:
      'gives every instance presenting the same tokenSeed the same token, and different seeds different tokens',
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
    requirement:
      'does not hand a seeded token to a party that only knows the token (presented as seed), nor reveal the seed in it',
    run: async (ctx) => {
      const probe = await ctx.open();
      const seed = `conformance-secret-${Date.now()}`;
      const token = await newToken(ctx, probe, await newClient(ctx, probe), seed);
      ensure(!token.includes(seed), 'the token contains the seed');
      ensure(
        (await newToken(ctx, probe, await newClient(ctx, probe), token)) !== token,
        'the token used as a seed yields the token',
      );
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
      conforms(ctx, 'aoi1.clientAppDeregistrationRes', ok);
      ensure(ok.result?.code === 200, `expected result code 200, got ${JSON.stringify(ok)}`);
      const again = await probe.request(appDeregistration('d2', clientID, token));
      conforms(ctx, 'aoi1.clientAppDeregistrationRes', again);
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
