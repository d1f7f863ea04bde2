/** What every conformance check is made of: its shape, the failure it throws and the shared steps. */
import { appRegistration, registration } from './messages.ts';
import type { Probe, WireReply } from './probe.ts';
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

export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

export function conforms(ctx: CheckContext, qualifiedName: string, value: unknown): void {
  const problems = ctx.schema(qualifiedName, value);
  ensure(
    problems.length === 0,
    `${qualifiedName} does not match its schema: ${problems.join('; ')} in ${JSON.stringify(value)}`,
  );
}

export async function newClient(ctx: CheckContext, probe: Probe): Promise<string> {
  const res = await probe.request(registration());
  conforms(ctx, 'aoi1.aoiClientRegistrationRes', res);
  ensure(res.code === 200, `registration of a valid request answered ${JSON.stringify(res)}`);
  return res.clientID;
}

export async function newToken(ctx: CheckContext, probe: Probe, clientID: string, tokenSeed?: string): Promise<string> {
  const res = await probe.request(appRegistration('reg', clientID, tokenSeed));
  conforms(ctx, 'aoi1.clientAppRegistrationRes', res);
  ensure(res.result?.code === 200, `Client Application registration answered ${JSON.stringify(res)}`);
  return res.result.clientAppToken;
}

/** Sends a frame that must stay unanswered, then a request whose answer must come first. */
export async function expectSilence(probe: Probe, frame: unknown, clientID: string): Promise<void> {
  probe.send(frame);
  const res = await probe.request(appRegistration('after-silence', clientID));
  ensure(res.id === 'after-silence', `expected no answer, got ${JSON.stringify(res)}`);
}

export const rpcError = (res: WireReply, code: number, id: unknown) =>
  res?.jsonrpc === '2.0' &&
  res.error?.code === code &&
  typeof res.error.message === 'string' &&
  res.id === id &&
  !('result' in res);
