/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/common/jsonrpc.schema.json
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
 */
import type { JsonRpcRequest, JsonRpcSuccess, JsonRpcFailure } from '../common/jsonrpc.js';

/**
 * AOI Client Deregistration request. (CR 002_c738242bc884de22.txt §10.1.2)
 */
export interface AoiClientDeregistrationReq {
  /**
   * The messageType of the aoiClientDeregistrationReq message. (CR 002_c738242bc884de22.txt §10.1.2)
   */
  messageType: 'aoiClientDeregistrationReq';
  /**
   * The clientID of the aoiClientDeregistrationReq message. (CR 002_c738242bc884de22.txt §10.1.2)
   */
  clientID: string;
}

/**
 * AOI Client Deregistration response. (CR 002_c738242bc884de22.txt §10.1.2)
 */
export interface AoiClientDeregistrationRes {
  /**
   * The messageType of the aoiClientDeregistrationRes message. (CR 002_c738242bc884de22.txt §10.1.2)
   */
  messageType: 'aoiClientDeregistrationRes';
  /**
   * The code of the aoiClientDeregistrationRes message. (CR 002_c738242bc884de22.txt §10.1.2)
   */
  code: number;
  /**
   * The desc of the aoiClientDeregistrationRes message. (CR 002_c738242bc884de22.txt §10.1.2)
   */
  desc: string;
}

/**
 * AOI Client Registration request. (CR 002_c738242bc884de22.txt §10.1.1)
 */
export interface AoiClientRegistrationReq {
  /**
   * The messageType of the aoiClientRegistrationReq message. (CR 002_c738242bc884de22.txt §10.1.1)
   */
  messageType: 'aoiClientRegistrationReq';
  /**
   * The deviceNumber of the aoiClientRegistrationReq message. (CR 002_c738242bc884de22.txt §10.1.1)
   */
  deviceNumber: string;
}

/**
 * AOI Client Registration response (002_c738242bc884de22.txt §10.1.1 AOI Client Registration). (CR 002_c738242bc884de22.txt §10.1.1)
 */
export type AoiClientRegistrationRes =
  | {
      /**
       * The messageType of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      messageType: 'aoiClientRegistrationRes';
      /**
       * The clientID of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      clientID: string;
      /**
       * The code of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      code: 200;
      /**
       * The desc of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      desc: string;
    }
  | {
      /**
       * The messageType of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      messageType: 'aoiClientRegistrationRes';
      /**
       * The code of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      code: number;
      /**
       * The desc of the aoiClientRegistrationRes message. (CR 002_c738242bc884de22.txt §10.1.1)
       */
      desc: string;
    };

/**
 * Client Application Degistration request.
 */
export interface ClientAppDeregistrationReqParams {
  /**
   * The clientID of the clientAppDeregistrationReq message. (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  clientID: string;
  /**
   * The clientAppToken of the clientAppDeregistrationReq message. (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  clientAppToken: string;
}

/** JSON-RPC 2.0 request envelope. (CR 000_405bc08fdded4f6d.txt §10.1.6) */
export type ClientAppDeregistrationReq = JsonRpcRequest<'clientAppDeregistrationReq', ClientAppDeregistrationReqParams>;

/**
 * Client Application Deregistration response.
 */
export interface ClientAppDeregistrationResResult {
  /**
   * The code of the clientAppDeregistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  code: 200;
  /**
   * Corresponds to the  “desc” parameter (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  message: string;
}

/**
 * Client Application Deregistration response.
 */
export interface ClientAppDeregistrationResError {
  /**
   * The code of the clientAppDeregistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  code: number;
  /**
   * Corresponds to the  “desc” parameter (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request. (CR 000_405bc08fdded4f6d.txt §10.1.6)
   */
  data?: {
    [k: string]: unknown;
  };
}

/** Client Application Deregistration response (000_405bc08fdded4f6d.txt §10.1.6 Client Application Deregistration). (CR 000_405bc08fdded4f6d.txt §10.1.6) */
export type ClientAppDeregistrationRes =
  JsonRpcSuccess<ClientAppDeregistrationResResult> | JsonRpcFailure<ClientAppDeregistrationResError>;

/**
 * Client Application Registration request.
 */
export interface Aoi1ClientAppRegistrationReqParams {
  /**
   * The clientID of the clientAppRegistrationReq message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  clientID: string;
  /**
   * The tokenSeed of the clientAppRegistrationReq message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  tokenSeed?: string;
}

/** JSON-RPC 2.0 request envelope. (CR 000_405bc08fdded4f6d.txt §10.1.5) */
export type Aoi1ClientAppRegistrationReq = JsonRpcRequest<
  'clientAppRegistrationReq',
  Aoi1ClientAppRegistrationReqParams
>;

/**
 * Client Application Registration response.
 */
export interface Aoi1ClientAppRegistrationResResult {
  /**
   * The code of the clientAppRegistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  code: 200;
  /**
   * Corresponds to the  “desc” parameter (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  message: string;
  /**
   * The clientAppToken of the clientAppRegistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  clientAppToken: string;
  /**
   * The aoiServerUrl of the clientAppRegistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  aoiServerUrl?: string;
}

/**
 * Client Application Registration response.
 */
export interface Aoi1ClientAppRegistrationResError {
  /**
   * The code of the clientAppRegistrationRes message. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  code: number;
  /**
   * Corresponds to the  “desc” parameter (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request. (CR 000_405bc08fdded4f6d.txt §10.1.5)
   */
  data?: {
    [k: string]: unknown;
  };
}

/** Client Application Registration response (000_405bc08fdded4f6d.txt §10.1.5 Client Application Registration). (CR 000_405bc08fdded4f6d.txt §10.1.5) */
export type Aoi1ClientAppRegistrationRes =
  JsonRpcSuccess<Aoi1ClientAppRegistrationResResult> | JsonRpcFailure<Aoi1ClientAppRegistrationResError>;

/**
 * Notification delivery request.
 */
export interface NotificationDeliveryReqParams {
  /**
   * The Client Application Token the notification is addressed to. (CR extensions/notifications.yaml §extension:notifications)
   */
  clientAppToken: string;
  /**
   * The notification content as submitted. (CR extensions/notifications.yaml §extension:notifications)
   */
  payload: {
    [k: string]: unknown;
  };
  /**
   * The submitted priority (5 when the submitter gave none). (CR extensions/notifications.yaml §extension:notifications)
   */
  priority: number;
  /**
   * Identifies the notification; a client that sees an id again acknowledges it without forwarding it twice. (CR extensions/notifications.yaml §extension:notifications)
   */
  notificationId: string;
}

/** JSON-RPC 2.0 request envelope. (CR extensions/notifications.yaml §extension:notifications, provisional) */
export type NotificationDeliveryReq = JsonRpcRequest<'notificationDeliveryReq', NotificationDeliveryReqParams>;

/**
 * Notification delivery response.
 */
export interface NotificationDeliveryResResult {
  /**
   * 200, forwarded to every matching Client Application instance. (CR extensions/notifications.yaml §extension:notifications)
   */
  code: 200;
  /**
   * Textual description of the outcome. (CR extensions/notifications.yaml §extension:notifications)
   */
  message: string;
}

/**
 * Notification delivery response.
 */
export interface NotificationDeliveryResError {
  /**
   * 404 when no Client Application instance matches the token; 503 when the client cannot take it now. (CR extensions/notifications.yaml §extension:notifications)
   */
  code: number;
  /**
   * Textual description of the outcome. (CR extensions/notifications.yaml §extension:notifications)
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request. (CR extensions/notifications.yaml §extension:notifications)
   */
  data?: {
    [k: string]: unknown;
  };
}

/** Notification delivery response (extensions/notifications.yaml §extension:notifications Notification delivery response). (CR extensions/notifications.yaml §extension:notifications, provisional) */
export type NotificationDeliveryRes =
  JsonRpcSuccess<NotificationDeliveryResResult> | JsonRpcFailure<NotificationDeliveryResError>;

/** Every message of AOI-1 interface over WebSocket (RFC 6455). */
export type Aoi1Message =
  | AoiClientDeregistrationReq
  | AoiClientDeregistrationRes
  | AoiClientRegistrationReq
  | AoiClientRegistrationRes
  | ClientAppDeregistrationReq
  | ClientAppDeregistrationRes
  | Aoi1ClientAppRegistrationReq
  | Aoi1ClientAppRegistrationRes
  | NotificationDeliveryReq
  | NotificationDeliveryRes;

/** Sent by the AOI Client. */
export type Aoi1ClientToServer =
  | AoiClientDeregistrationReq
  | AoiClientRegistrationReq
  | ClientAppDeregistrationReq
  | Aoi1ClientAppRegistrationReq
  | NotificationDeliveryRes;

/** Sent by the AOI Server. */
export type Aoi1ServerToClient =
  | AoiClientDeregistrationRes
  | AoiClientRegistrationRes
  | ClientAppDeregistrationRes
  | Aoi1ClientAppRegistrationRes
  | NotificationDeliveryReq;

/** messageType envelope: `switch (m.messageType)` narrows. */
export type Aoi1MessageTypeMessage =
  AoiClientDeregistrationReq | AoiClientDeregistrationRes | AoiClientRegistrationReq | AoiClientRegistrationRes;

/** JSON-RPC requests and notifications: `switch (m.method)` narrows. */
export type Aoi1JsonRpcCall = ClientAppDeregistrationReq | Aoi1ClientAppRegistrationReq | NotificationDeliveryReq;

/** JSON-RPC responses. */
export type Aoi1JsonRpcReply = ClientAppDeregistrationRes | Aoi1ClientAppRegistrationRes | NotificationDeliveryRes;
