/**
 * Every name the generator writes, in one place.
 *
 * Rule: a message's type name is the `typeName` recorded for it in spec/schemas/index.json, which
 * `spec build` keeps stable once chosen (a later CR adding a message of the same name to another interface
 * does not rename it). Where none is recorded it is the rule `spec build` chooses by (`typeNameOf`): PascalCase
 * of the id with the dot removed (`aoiClientRegistrationReq` → `AoiClientRegistrationReq`,
 * `aoi1.clientAppRegistrationReq` → `Aoi1ClientAppRegistrationReq`), the interface not repeated where the name
 * begins with it (`clientApp.clientAppRegistrationReq` → `ClientAppRegistrationReq`). Everything else derives
 * from the type name (`is<T>`, `validate<T>`, `<T>Params`, `<T>Result`, `<T>Success`, `<T>Error`,
 * `<T>ErrorObject`) or from the interface id
 * (`<Iface>Handlers`, `create<Iface>Dispatcher`, `decode<Iface>`, `create<Iface>Requester`; the client
 * side of an interface with server-initiated requests: `<Iface>ClientHandlers`, `create<Iface>ClientDispatcher`, …).
 */

import { OmaspecError } from '../core/errors.ts';
import { typeNameOf } from '../ingest/emit.ts';

export type Role = 'server' | 'client';
const side = (role: Role) => (role === 'server' ? '' : 'Client');

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export class NameError extends OmaspecError {
  constructor(message: string) {
    super('GEN_BAD_NAME', message);
  }
}

/** Throws unless `name` is a plain identifier: names reach generated code unquoted. */
export function checkedIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new NameError(`not a valid identifier: ${JSON.stringify(name)}`);
  return name;
}

export function pascal(word: string): string {
  return checkedIdentifier(word.charAt(0).toUpperCase() + word.slice(1));
}

/** A message as names see it: its id, or its index meta (whose recorded `typeName` wins). */
export type MessageRef = string | { id: string; typeName?: string | undefined };

export function typeName(message: MessageRef): string {
  if (typeof message !== 'string' && message.typeName !== undefined) return checkedIdentifier(message.typeName);
  return checkedIdentifier(typeNameOf(typeof message === 'string' ? message : message.id));
}

export const names = {
  type: typeName,
  params: (message: MessageRef) => `${typeName(message)}Params`,
  result: (message: MessageRef) => `${typeName(message)}Result`,
  /** The JSON-RPC `error` member of a response (like the runtime's `JsonRpcErrorObject`). */
  errorObject: (message: MessageRef) => `${typeName(message)}ErrorObject`,
  /** The variants of a response: success and error (a JSON-RPC `result` / `error` envelope, or a CR's variant). */
  success: (message: MessageRef) => `${typeName(message)}Success`,
  failure: (message: MessageRef) => `${typeName(message)}Error`,
  guard: (message: MessageRef) => `is${typeName(message)}`,
  validate: (message: MessageRef) => `validate${typeName(message)}`,
  /** Export names of the raw ajv functions in the standalone modules: every error, and stop at the first. */
  compiled: (message: MessageRef) => `check${typeName(message)}`,
  compiledFailFast: (message: MessageRef) => `failFast${typeName(message)}`,
  sources: (message: MessageRef) => `sources${typeName(message)}`,
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
  compiledFailFast: (iface: string) => `${iface}/validators.fail-fast.compiled.js`,
  compiledFailFastTypes: (iface: string) => `${iface}/validators.fail-fast.compiled.d.ts`,
  handlers: (iface: string) => `${iface}/handlers.ts`,
  dispatcher: (iface: string) => `${iface}/dispatcher.ts`,
  registry: 'registry.ts',
  index: 'index.ts',
};

/**
 * The specifier one generated file uses to import another (`aoi1/types.ts` → `./aoi1/types.js` from the root):
 * `.js`, which TypeScript (NodeNext), tsx and vitest resolve to the `.ts` source, so the same files type-check
 * here and compile with stock `tsc` for a consumer (a `.ts` specifier is TS5097 there).
 */
export const moduleSpecifier = (file: string) => `./${file.replace(/\.ts$/, '.js')}`;

/** The npm package of `generate --package` when the spec names none (index.json has neither name nor version). */
export const DEFAULT_PACKAGE = { name: '@omaspec/generated', version: '0.0.0' } as const;

/**
 * Hand-written implementation file seeded from stubs (outside generated/, relative to the reference directory)
 * for an interface omaspec.config.json does not place (generator/stub-layout.ts).
 */
export const defaultImplementationFile = (iface: string) => `${checkedIdentifier(iface)}/handlers.ts`;
export const implementationName = (iface: string) => `${checkedIdentifier(iface)}Handlers`;
