import { isRecord } from '../core/guards.ts';
import { branches, property } from './emit-types.ts';
import { names } from './names.ts';
import type { HandledMessage, InterfacePlan, SidePlan } from './plan.ts';
import { render } from './templates.ts';

const sourceOf = ({ request }: HandledMessage) => `CR ${request.meta.source.cr} §${request.meta.source.section}`;

/** What the handler of a request gives back: JSON-RPC result, messageType/HTTP response message, or nothing. */
function answerType({ request, response }: HandledMessage): string | undefined {
  if (!response) return undefined;
  if (request.meta.envelope !== 'jsonrpc') return names.type(response.meta);
  // A response the spec states only as an error (no success variant) has no result type: the handler can only fail.
  const hasResult = branches(response.schema).some((b) => isRecord(property(b, 'result')));
  return hasResult ? names.result(response.meta) : NO_RESULT;
}

const NO_RESULT = 'never';

function handlerEntry(handled: HandledMessage) {
  const { meta } = handled.request;
  const answer = answerType(handled);
  return {
    method: names.handlerMethod(meta.name),
    type: names.type(meta),
    returns: answer ? `${answer} | ProtocolError` : 'void',
    answer,
    doc: `${meta.kind === 'notification' ? 'Notification' : 'Request'} \`${meta.id}\` (${sourceOf(handled)}).`,
  };
}

function handlersSide(plan: InterfacePlan, side: SidePlan) {
  const receiver = side.role === 'server' ? plan.meta.server : plan.meta.client;
  return { name: names.handlers(plan.meta.id, side.role), receiver, handlers: side.handled.map(handlerEntry) };
}

/** generated/<iface>/handlers.ts: `<Iface>Handlers<Ctx>` (and `<Iface>ClientHandlers<Ctx>` for server-initiated requests). */
export function emitHandlers(plan: InterfacePlan): string {
  const sides = [plan.server, plan.client].filter((s) => s.handled.length > 0).map((s) => handlersSide(plan, s));
  const entries = sides.flatMap((s) => s.handlers);
  const types = [
    ...new Set(entries.flatMap((h) => [h.type, ...(h.answer && h.answer !== NO_RESULT ? [h.answer] : [])])),
  ].sort();
  return render('handlers', { title: plan.meta.title, sides, types, usesProtocolError: entries.some((h) => h.answer) });
}

function dispatcherSide(plan: InterfacePlan, side: SidePlan) {
  const iface = plan.meta.id;
  const routes = side.handled.map(({ request, response }) => ({
    name: request.meta.name,
    envelope: request.meta.envelope,
    kind: request.meta.kind,
    type: names.type(request.meta),
    validate: names.validate(request.meta),
    validateResponse: response ? names.validate(response.meta) : undefined,
    responseMessageType: response?.meta.envelope === 'messageType' ? response.meta.messageType : undefined,
  }));
  const requests = side.sends
    .filter((s) => s.request.meta.envelope === 'jsonrpc' && s.request.meta.kind === 'request' && s.response)
    .map(({ request, response }) => ({
      name: request.meta.name,
      type: names.type(request.meta),
      validate: names.validate(request.meta),
      responseType: names.type(response!.meta),
      validateResponse: names.validate(response!.meta),
    }));
  return {
    role: side.role,
    routesName: names.routes(side.role),
    invoke: names.invoke(side.role),
    handlers: names.handlers(iface, side.role),
    dispatcher: names.dispatcher(iface, side.role),
    decoder: names.decoder(iface, side.role),
    accepted: names.accepted(iface, side.role),
    requester: names.requester(iface, side.role),
    jsonrpc: routes.filter((r) => r.envelope === 'jsonrpc'),
    messageType: routes.filter((r) => r.envelope === 'messageType'),
    routes,
    requests,
  };
}

export const hasDispatcher = (plan: InterfacePlan) => plan.server.dispatchable || plan.client.dispatchable;

/** generated/<iface>/dispatcher.ts: per receiving side a route table, typed decode, dispatcher and requester. */
export function emitDispatcher(plan: InterfacePlan): string {
  const sides = [plan.server, plan.client].filter((s) => s.dispatchable).map((s) => dispatcherSide(plan, s));
  const validators = sides.flatMap((s) => [
    ...s.routes.flatMap((r) => [r.validate, ...(r.validateResponse ? [r.validateResponse] : [])]),
    ...s.requests.flatMap((r) => [r.validate, r.validateResponse]),
  ]);
  const types = sides.flatMap((s) => [
    ...s.routes.map((r) => r.type),
    ...s.requests.flatMap((r) => [r.type, r.responseType]),
  ]);
  return render('dispatcher', {
    iface: plan.meta.id,
    sides,
    handlers: sides.map((s) => s.handlers),
    types: [...new Set(types)].sort(),
    validators: [...new Set(validators)].sort(),
    usesRequests: sides.some((s) => s.requests.length > 0),
  });
}
