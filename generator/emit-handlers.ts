import { names } from './names.ts';
import type { HandledMessage, InterfacePlan } from './plan.ts';
import { render } from './templates.ts';

function handlerEntry({ request, response }: HandledMessage) {
  const { meta } = request;
  const type = names.type(meta.id);
  let returns = 'void';
  if (response && meta.envelope === 'jsonrpc') returns = `${names.result(response.meta.id)} | ProtocolError`;
  else if (response) returns = `${names.type(response.meta.id)} | ProtocolError`;
  const source = `CR ${meta.source.cr} §${meta.source.section}`;
  return {
    method: names.handlerMethod(meta.name),
    type,
    returns,
    doc: `${meta.kind === 'notification' ? 'Notification' : 'Request'} \`${meta.id}\` (${source}).`,
    usesProtocolError: response !== undefined,
    responseTypes: response ? [meta.envelope === 'jsonrpc' ? names.result(response.meta.id) : names.type(response.meta.id)] : [],
  };
}

/** generated/<iface>/handlers.ts: `<Iface>Handlers<Ctx>` with one method per handled request. */
export function emitHandlers(plan: InterfacePlan): string {
  const handlers = plan.handled.map(handlerEntry);
  const types = [...new Set(handlers.flatMap((h) => [h.type, ...h.responseTypes]))].sort();
  return render('handlers', {
    name: names.handlers(plan.meta.id),
    title: plan.meta.title,
    server: plan.meta.server,
    handlers,
    types,
    usesProtocolError: handlers.some((h) => h.usesProtocolError),
  });
}

/** generated/<iface>/dispatcher.ts: route table, typed decode and the dispatcher over the shared runtime. */
export function emitDispatcher(plan: InterfacePlan): string {
  const routes = plan.handled.map(({ request, response }) => ({
    name: request.meta.name,
    envelope: request.meta.envelope,
    kind: request.meta.kind,
    type: names.type(request.meta.id),
    validate: names.validate(request.meta.id),
    validateResponse: response ? names.validate(response.meta.id) : undefined,
    responseMessageType: response?.meta.envelope === 'messageType' ? response.meta.messageType : undefined,
  }));
  const validators = [...new Set(routes.flatMap((r) => [r.validate, ...(r.validateResponse ? [r.validateResponse] : [])]))].sort();
  return render('dispatcher', {
    iface: plan.meta.id,
    handlers: names.handlers(plan.meta.id),
    dispatcher: names.dispatcher(plan.meta.id),
    decoder: names.decoder(plan.meta.id),
    accepted: names.accepted(plan.meta.id),
    jsonrpc: routes.filter((r) => r.envelope === 'jsonrpc'),
    messageType: routes.filter((r) => r.envelope === 'messageType'),
    routes,
    types: [...new Set(routes.map((r) => r.type))].sort(),
    validators,
  });
}
