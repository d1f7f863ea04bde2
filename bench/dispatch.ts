/**
 * The generated AOI-1 dispatcher (parse once, tell the envelope, validate, call the handler, check its response,
 * serialise) against the least any server does with a request: JSON.parse it and JSON.stringify an answer.
 */
import { createAoi1Dispatcher } from '../generated/aoi1/dispatcher.ts';
import type { Aoi1Handlers } from '../generated/aoi1/handlers.ts';
import { aoi1Fields as F } from '../generated/aoi1/types.ts';
import { ProtocolError } from '../generated/common/dispatch.ts';
import { assembled } from '../reference/members.ts';
import { item, raceAsync, race, type Item } from './measure.ts';

const CLIENT_ID = 'aoi-0123456789abcdef.0123456789abcdef0123456789abcdef';

type Answer<K extends keyof Aoi1Handlers> = Awaited<ReturnType<Aoi1Handlers[K]>>;
const [REQ, RES] = [F.aoiClientRegistrationReq, F.aoiClientRegistrationRes];
const [APP_REQ, APP_RES] = [F.clientAppRegistrationReq, F.clientAppRegistrationRes];

// Named through aoi1Fields and `assembled`, so that a CR renaming or retyping a member leaves this compiling.
const registration = { messageType: 'aoiClientRegistrationReq', [REQ.deviceNumber]: '5465465416846865465' };
const registered = assembled<Answer<'aoiClientRegistrationReq'>>({
  messageType: 'aoiClientRegistrationRes',
  [RES.clientID]: CLIENT_ID,
  [RES.code]: 200,
  [RES.desc]: 'OK',
});
const appRegistration = {
  jsonrpc: '2.0',
  id: '116',
  method: 'clientAppRegistrationReq',
  params: { [APP_REQ.clientID]: CLIENT_ID },
};
const appRegistered = assembled<Answer<'clientAppRegistrationReq'>>({
  [APP_RES.code]: 200,
  [APP_RES.message]: 'OK',
  [APP_RES.clientAppToken]: 'LfOrWGz-0123456789',
});

type Benchmarked = Pick<Aoi1Handlers, 'aoiClientRegistrationReq' | 'clientAppRegistrationReq'>;

/**
 * Only the two benchmarked requests are answered; any other method (a later CR adds some) is refused as not
 * benchmarked, so that adding a method to the spec needs no edit here to keep `tsc` green.
 */
function handlers(benchmarked: Benchmarked): Aoi1Handlers {
  const notBenchmarked = async () => ProtocolError.of(-32601, 'not benchmarked');
  return new Proxy(benchmarked, {
    get: (target, name) => (target as Record<PropertyKey, unknown>)[name] ?? notBenchmarked,
  }) as unknown as Aoi1Handlers;
}

const answering = handlers({
  aoiClientRegistrationReq: async () => registered,
  clientAppRegistrationReq: async () => appRegistered,
});
const refusing = handlers({
  aoiClientRegistrationReq: async () => registered,
  clientAppRegistrationReq: async () => ProtocolError.of(401, 'Unauthorized: the AOI Client ID is not valid'),
});

/** What the baseline answers: the same reply objects the handlers return, in their envelopes. */
function bareAnswer(raw: string): string {
  const request = JSON.parse(raw) as { id?: string; messageType?: string };
  return JSON.stringify(request.messageType ? registered : { jsonrpc: '2.0', id: request.id, result: appRegistered });
}

export async function benchDispatch(): Promise<Item[]> {
  const valid = [JSON.stringify(registration), JSON.stringify(appRegistration)];
  const dispatch = createAoi1Dispatcher(answering);
  const refuse = createAoi1Dispatcher(refusing);
  for (const raw of valid) if ((await dispatch(raw, undefined)) === undefined) throw new Error(`no reply to ${raw}`);
  const bare = race(valid, { bare: (raw) => bareAnswer(raw) });
  const ours = await raceAsync(valid, { dispatch: (raw) => dispatch(raw, undefined) });
  const refused = await raceAsync([valid[1]!], { refuse: (raw) => refuse(raw, undefined) });
  const ops = (n: number) => ({ ours: n, baseline: bare.bare!, unit: 'ops/s', better: 'higher' as const });
  return [
    item(
      'dispatch_vs_parse_stringify',
      ops(ours.dispatch!),
      0.5,
      'valid aoiClientRegistrationReq (messageType) and clientAppRegistrationReq (JSON-RPC), responses validated',
    ),
    item(
      'dispatch_401_vs_parse_stringify',
      ops(refused.refuse!),
      0.5,
      'clientAppRegistrationReq answered 401 by ProtocolError.of',
    ),
  ];
}
