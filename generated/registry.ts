/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/aoi1/aoiClientDeregistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationRes.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationRes.schema.json
 *   spec/schemas/aoi1/notificationDeliveryReq.schema.json
 *   spec/schemas/aoi1/notificationDeliveryRes.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 *   spec/schemas/common/jsonrpc.schema.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import type { Validator } from './common/validation.js';
import type {
  AoiClientDeregistrationReq,
  AoiClientDeregistrationRes,
  AoiClientRegistrationReq,
  AoiClientRegistrationRes,
  ClientAppDeregistrationReq,
  ClientAppDeregistrationRes,
  Aoi1ClientAppRegistrationReq,
  Aoi1ClientAppRegistrationRes,
  NotificationDeliveryReq,
  NotificationDeliveryRes,
} from './aoi1/types.js';
import {
  isAoiClientDeregistrationReq,
  validateAoiClientDeregistrationReq,
  isAoiClientDeregistrationRes,
  validateAoiClientDeregistrationRes,
  isAoiClientRegistrationReq,
  validateAoiClientRegistrationReq,
  isAoiClientRegistrationRes,
  validateAoiClientRegistrationRes,
  isClientAppDeregistrationReq,
  validateClientAppDeregistrationReq,
  isClientAppDeregistrationRes,
  validateClientAppDeregistrationRes,
  isAoi1ClientAppRegistrationReq,
  validateAoi1ClientAppRegistrationReq,
  isAoi1ClientAppRegistrationRes,
  validateAoi1ClientAppRegistrationRes,
  isNotificationDeliveryReq,
  validateNotificationDeliveryReq,
  isNotificationDeliveryRes,
  validateNotificationDeliveryRes,
} from './aoi1/validators.js';
import type { ClientAppRegistrationReq, ClientAppRegistrationRes } from './clientApp/types.js';
import {
  isClientAppRegistrationReq,
  validateClientAppRegistrationReq,
  isClientAppRegistrationRes,
  validateClientAppRegistrationRes,
} from './clientApp/validators.js';
import type { DmPackage1, DmPackage2, DmPackage3 } from './dm/types.js';
import {
  isDmPackage1,
  validateDmPackage1,
  isDmPackage2,
  validateDmPackage2,
  isDmPackage3,
  validateDmPackage3,
} from './dm/validators.js';
import type { NotificationSubmitReq, NotificationSubmitRes } from './notify/types.js';
import {
  isNotificationSubmitReq,
  validateNotificationSubmitReq,
  isNotificationSubmitRes,
  validateNotificationSubmitRes,
} from './notify/validators.js';

/** Every message type, keyed by message id. */
export interface MessageTypes {
  aoiClientDeregistrationReq: AoiClientDeregistrationReq;
  aoiClientDeregistrationRes: AoiClientDeregistrationRes;
  aoiClientRegistrationReq: AoiClientRegistrationReq;
  aoiClientRegistrationRes: AoiClientRegistrationRes;
  clientAppDeregistrationReq: ClientAppDeregistrationReq;
  clientAppDeregistrationRes: ClientAppDeregistrationRes;
  'aoi1.clientAppRegistrationReq': Aoi1ClientAppRegistrationReq;
  'aoi1.clientAppRegistrationRes': Aoi1ClientAppRegistrationRes;
  notificationDeliveryReq: NotificationDeliveryReq;
  notificationDeliveryRes: NotificationDeliveryRes;
  'clientApp.clientAppRegistrationReq': ClientAppRegistrationReq;
  'clientApp.clientAppRegistrationRes': ClientAppRegistrationRes;
  dmPackage1: DmPackage1;
  dmPackage2: DmPackage2;
  dmPackage3: DmPackage3;
  notificationSubmitReq: NotificationSubmitReq;
  notificationSubmitRes: NotificationSubmitRes;
}

export type MessageId = keyof MessageTypes;

export interface MessageEntry<T> {
  interface: string;
  name: string;
  envelope: 'messageType' | 'jsonrpc' | 'http';
  kind: 'request' | 'response' | 'notification';
  direction: 'clientToServer' | 'serverToClient';
  /** For a request: the id of the message that answers it. */
  response?: string;
  validator: Validator<T>;
}

export const messages: { readonly [K in MessageId]: MessageEntry<MessageTypes[K]> } = {
  aoiClientDeregistrationReq: {
    ...({
      interface: 'aoi1',
      name: 'aoiClientDeregistrationReq',
      envelope: 'messageType',
      kind: 'request',
      direction: 'clientToServer',
      response: 'aoiClientDeregistrationRes',
    } as const),
    validator: { is: isAoiClientDeregistrationReq, validate: validateAoiClientDeregistrationReq },
  },
  aoiClientDeregistrationRes: {
    ...({
      interface: 'aoi1',
      name: 'aoiClientDeregistrationRes',
      envelope: 'messageType',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isAoiClientDeregistrationRes, validate: validateAoiClientDeregistrationRes },
  },
  aoiClientRegistrationReq: {
    ...({
      interface: 'aoi1',
      name: 'aoiClientRegistrationReq',
      envelope: 'messageType',
      kind: 'request',
      direction: 'clientToServer',
      response: 'aoiClientRegistrationRes',
    } as const),
    validator: { is: isAoiClientRegistrationReq, validate: validateAoiClientRegistrationReq },
  },
  aoiClientRegistrationRes: {
    ...({
      interface: 'aoi1',
      name: 'aoiClientRegistrationRes',
      envelope: 'messageType',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isAoiClientRegistrationRes, validate: validateAoiClientRegistrationRes },
  },
  clientAppDeregistrationReq: {
    ...({
      interface: 'aoi1',
      name: 'clientAppDeregistrationReq',
      envelope: 'jsonrpc',
      kind: 'request',
      direction: 'clientToServer',
      response: 'clientAppDeregistrationRes',
    } as const),
    validator: { is: isClientAppDeregistrationReq, validate: validateClientAppDeregistrationReq },
  },
  clientAppDeregistrationRes: {
    ...({
      interface: 'aoi1',
      name: 'clientAppDeregistrationRes',
      envelope: 'jsonrpc',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isClientAppDeregistrationRes, validate: validateClientAppDeregistrationRes },
  },
  'aoi1.clientAppRegistrationReq': {
    ...({
      interface: 'aoi1',
      name: 'clientAppRegistrationReq',
      envelope: 'jsonrpc',
      kind: 'request',
      direction: 'clientToServer',
      response: 'aoi1.clientAppRegistrationRes',
    } as const),
    validator: { is: isAoi1ClientAppRegistrationReq, validate: validateAoi1ClientAppRegistrationReq },
  },
  'aoi1.clientAppRegistrationRes': {
    ...({
      interface: 'aoi1',
      name: 'clientAppRegistrationRes',
      envelope: 'jsonrpc',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isAoi1ClientAppRegistrationRes, validate: validateAoi1ClientAppRegistrationRes },
  },
  notificationDeliveryReq: {
    ...({
      interface: 'aoi1',
      name: 'notificationDeliveryReq',
      envelope: 'jsonrpc',
      kind: 'request',
      direction: 'serverToClient',
      response: 'notificationDeliveryRes',
    } as const),
    validator: { is: isNotificationDeliveryReq, validate: validateNotificationDeliveryReq },
  },
  notificationDeliveryRes: {
    ...({
      interface: 'aoi1',
      name: 'notificationDeliveryRes',
      envelope: 'jsonrpc',
      kind: 'response',
      direction: 'clientToServer',
    } as const),
    validator: { is: isNotificationDeliveryRes, validate: validateNotificationDeliveryRes },
  },
  'clientApp.clientAppRegistrationReq': {
    ...({
      interface: 'clientApp',
      name: 'clientAppRegistrationReq',
      envelope: 'messageType',
      kind: 'request',
      direction: 'clientToServer',
      response: 'clientApp.clientAppRegistrationRes',
    } as const),
    validator: { is: isClientAppRegistrationReq, validate: validateClientAppRegistrationReq },
  },
  'clientApp.clientAppRegistrationRes': {
    ...({
      interface: 'clientApp',
      name: 'clientAppRegistrationRes',
      envelope: 'messageType',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isClientAppRegistrationRes, validate: validateClientAppRegistrationRes },
  },
  dmPackage1: {
    ...({
      interface: 'dm',
      name: 'dmPackage1',
      envelope: 'http',
      kind: 'request',
      direction: 'clientToServer',
      response: 'dmPackage2',
    } as const),
    validator: { is: isDmPackage1, validate: validateDmPackage1 },
  },
  dmPackage2: {
    ...({
      interface: 'dm',
      name: 'dmPackage2',
      envelope: 'http',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isDmPackage2, validate: validateDmPackage2 },
  },
  dmPackage3: {
    ...({
      interface: 'dm',
      name: 'dmPackage3',
      envelope: 'http',
      kind: 'request',
      direction: 'clientToServer',
      response: 'dmPackage2',
    } as const),
    validator: { is: isDmPackage3, validate: validateDmPackage3 },
  },
  notificationSubmitReq: {
    ...({
      interface: 'notify',
      name: 'notificationSubmitReq',
      envelope: 'http',
      kind: 'request',
      direction: 'clientToServer',
      response: 'notificationSubmitRes',
    } as const),
    validator: { is: isNotificationSubmitReq, validate: validateNotificationSubmitReq },
  },
  notificationSubmitRes: {
    ...({
      interface: 'notify',
      name: 'notificationSubmitRes',
      envelope: 'http',
      kind: 'response',
      direction: 'serverToClient',
    } as const),
    validator: { is: isNotificationSubmitRes, validate: validateNotificationSubmitRes },
  },
};

export const messageIds = Object.keys(messages) as MessageId[];

/**
 * The id of a message given its id, `<interface>.<name>` (always accepted, whatever the id) or a name that is
 * unique across interfaces; undefined when unknown or ambiguous.
 */
export function lookupMessage(wanted: string): MessageId | undefined {
  if (Object.hasOwn(messages, wanted)) return wanted as MessageId;
  const qualified = messageIds.find((id) => `${messages[id].interface}.${messages[id].name}` === wanted);
  if (qualified !== undefined) return qualified;
  const named = messageIds.filter((id) => messages[id].name === wanted);
  return named.length === 1 ? named[0] : undefined;
}
