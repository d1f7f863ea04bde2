/**
 * Every name the generator writes, in one place.
 *
 * Rule: a message's type name is the PascalCase of its id with the dot removed, so unique names stay as
 * they are (`aoiClientRegistrationReq` → `AoiClientRegistrationReq`) and qualified ones carry their
 * interface (`aoi1.clientAppRegistrationReq` → `Aoi1ClientAppRegistrationReq`). Everything else derives
 * from the type name (`is<T>`, `validate<T>`, `<T>Params`, `<T>Result`) or from the interface id
 * (`<Iface>Handlers`, `create<Iface>Dispatcher`, `decode<Iface>`, `create<Iface>Requester`; the client
 * side of an interface with server-initiated requests: `<Iface>ClientHandlers`, `create<Iface>ClientDispatcher`, …).
 */

export type Role = 'server' | 'client';
const side = (role: Role) => (role === 'server' ? '' : 'Client');

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export class NameError extends Error {
  readonly code = 'GEN_BAD_NAME';
}

/** Throws unless `name` is a plain identifier: names reach generated code unquoted. */
export function checkedIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new NameError(`not a valid identifier: ${JSON.stringify(name)}`);
  return name;
}

export function pascal(word: string): string {
  return checkedIdentifier(word.charAt(0).toUpperCase() + word.slice(1));
}

export function typeName(messageId: string): string {
  return messageId.split('.').map(pascal).join('');
}

export const names = {
  type: typeName,
  params: (messageId: string) => `${typeName(messageId)}Params`,
  result: (messageId: string) => `${typeName(messageId)}Result`,
  errorObject: (messageId: string) => `${typeName(messageId)}Error`,
  guard: (messageId: string) => `is${typeName(messageId)}`,
  validate: (messageId: string) => `validate${typeName(messageId)}`,
  /** Export name of the raw ajv function inside the standalone module. */
  compiled: (messageId: string) => `check${typeName(messageId)}`,
  sources: (messageId: string) => `sources${typeName(messageId)}`,
  handlerMethod: (messageName: string) => checkedIdentifier(messageName),
  // Server-side names are plain; the client side (server-initiated requests) carries `Client`.
  handlers: (iface: string, role: Role = 'server') => `${pascal(iface)}${side(role)}Handlers`,
  dispatcher: (iface: string, role: Role = 'server') => `create${pascal(iface)}${side(role)}Dispatcher`,
  decoder: (iface: string, role: Role = 'server') => `decode${pascal(iface)}${side(role)}`,
  accepted: (iface: string, role: Role = 'server') => `${pascal(iface)}${side(role)}Accepted`,
  requester: (iface: string, role: Role = 'server') => `create${pascal(iface)}${side(role)}Requester`,
  routes: (role: Role) => `${role}Routes`,
  invoke: (role: Role) => `invoke${pascal(role)}`,
  union: (iface: string, part: string) => `${pascal(iface)}${part}`,
};

/** File layout of generated/, relative to its root. */
export const files = {
  jsonrpc: 'common/jsonrpc.ts',
  validation: 'common/validation.ts',
  dispatch: 'common/dispatch.ts',
  requests: 'common/requests.ts',
  types: (iface: string) => `${iface}/types.ts`,
  validators: (iface: string) => `${iface}/validators.ts`,
  compiled: (iface: string) => `${iface}/validators.compiled.js`,
  compiledTypes: (iface: string) => `${iface}/validators.compiled.d.ts`,
  handlers: (iface: string) => `${iface}/handlers.ts`,
  dispatcher: (iface: string) => `${iface}/dispatcher.ts`,
  registry: 'registry.ts',
  index: 'index.ts',
};

/** Hand-written implementation files seeded from stubs (outside generated/). */
export const referenceFile = (iface: string) => `${iface}/handlers.ts`;
export const implementationName = (iface: string) => `${checkedIdentifier(iface)}Handlers`;
