import { files, moduleSpecifier, names } from './names.ts';
import { hasDispatcher } from './emit-handlers.ts';
import type { InterfacePlan } from './plan.ts';
import { RUNTIME_FILES } from './runtime-import.ts';
import { render } from './templates.ts';

/** generated/registry.ts: every message by id with its metadata and validator (for the CLI and golden tests). */
export function emitRegistry(plans: InterfacePlan[]): string {
  const interfaces = plans.map((plan) => ({
    types: moduleSpecifier(files.types(plan.meta.id)),
    validators: moduleSpecifier(files.validators(plan.meta.id)),
    typeNames: plan.messages.map((m) => names.type(m.meta)),
    guards: plan.messages.flatMap((m) => [names.guard(m.meta), names.validate(m.meta)]),
  }));
  // The pairing the plan settled (manifest roles, `responseTo`), so that code answering a request needs no naming rule.
  const answers = new Map(
    plans.flatMap((plan) =>
      [...plan.server.handled, ...plan.client.handled].flatMap(({ request, response }) =>
        response ? [[request.meta.id, response.meta.id] as const] : [],
      ),
    ),
  );
  const messages = plans.flatMap((plan) =>
    plan.messages.map(({ meta }) => ({
      id: meta.id,
      type: names.type(meta),
      guard: names.guard(meta),
      validate: names.validate(meta),
      info: JSON.stringify({
        interface: meta.interface,
        name: meta.name,
        envelope: meta.envelope,
        kind: meta.kind,
        direction: meta.direction,
        ...(answers.has(meta.id) ? { response: answers.get(meta.id) } : {}),
      }),
    })),
  );
  return render('registry', { interfaces, messages });
}

/** generated/index.ts: re-exports of everything generated. */
export function emitIndex(plans: InterfacePlan[]): string {
  const modules = [...RUNTIME_FILES];
  for (const plan of plans) {
    modules.push(files.types(plan.meta.id), files.validators(plan.meta.id), files.handlers(plan.meta.id));
    if (hasDispatcher(plan)) modules.push(files.dispatcher(plan.meta.id));
  }
  return render('index', { modules: [...modules.map(moduleSpecifier), moduleSpecifier(files.registry)] });
}
