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
 * AOI Client Deregistration request. (CR 002_c738242bc884de22.txt §10.1.2 line 160)
 */
export interface AoiClientDeregistrationReq {
  messageType: 'aoiClientDeregistrationReq';
  clientID: string;
}

/**
 * AOI Client Deregistration response. (CR 002_c738242bc884de22.txt §10.1.2 line 195)
 */
export interface AoiClientDeregistrationRes {
  messageType: 'aoiClientDeregistrationRes';
  code: number;
  desc: string;
}

/**
 * AOI Client Registration request. (CR 002_c738242bc884de22.txt §10.1.1 line 32)
 */
export interface AoiClientRegistrationReq {
  messageType: 'aoiClientRegistrationReq';
  deviceNumber: string;
}

/**
 * AOI Client Registration response.
 */
export interface AoiClientRegistrationResSuccess {
  messageType: 'aoiClientRegistrationRes';
  clientID: string;
  code: 200;
  desc: string;
}

/**
 * AOI Client Registration response.
 */
export interface AoiClientRegistrationResError {
  messageType: 'aoiClientRegistrationRes';
  code: number;
  desc: string;
}

/** AOI Client Registration response. (CR 002_c738242bc884de22.txt §10.1.1 line 66) */
export type AoiClientRegistrationRes = AoiClientRegistrationResSuccess | AoiClientRegistrationResError;

/**
 * Client Application Degistration request.
 */
export interface ClientAppDeregistrationReqParams {
  clientID: string;
  clientAppToken: string;
}

/** Client Application Degistration request. (CR 000_405bc08fdded4f6d.txt §10.1.6 line 82) */
export type ClientAppDeregistrationReq = JsonRpcRequest<'clientAppDeregistrationReq', ClientAppDeregistrationReqParams>;

/**
 * Client Application Deregistration response.
 */
export interface ClientAppDeregistrationResResult {
  code: 200;
  /**
   * Corresponds to the  “desc” parameter
   */
  message: string;
}

export type ClientAppDeregistrationResSuccess = JsonRpcSuccess<ClientAppDeregistrationResResult>;

/**
 * Client Application Deregistration response.
 */
export interface ClientAppDeregistrationResErrorObject {
  code: number;
  /**
   * Corresponds to the  “desc” parameter
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.
   */
  data?: {
    [k: string]: unknown;
  };
}

export type ClientAppDeregistrationResError = JsonRpcFailure<ClientAppDeregistrationResErrorObject>;

/** Client Application Deregistration response. (CR 000_405bc08fdded4f6d.txt §10.1.6 line 109) */
export type ClientAppDeregistrationRes = ClientAppDeregistrationResSuccess | ClientAppDeregistrationResError;

/**
 * Client Application Registration request.
 */
export interface Aoi1ClientAppRegistrationReqParams {
  clientID: string;
  tokenSeed?: string;
}

/** Client Application Registration request. (CR 000_405bc08fdded4f6d.txt §10.1.5 line 21) */
export type Aoi1ClientAppRegistrationReq = JsonRpcRequest<
  'clientAppRegistrationReq',
  Aoi1ClientAppRegistrationReqParams
>;

/**
 * Client Application Registration response.
 */
export interface Aoi1ClientAppRegistrationResResult {
  code: 200;
  /**
   * Corresponds to the  “desc” parameter
   */
  message: string;
  clientAppToken: string;
  aoiServerUrl?: string;
}

export type Aoi1ClientAppRegistrationResSuccess = JsonRpcSuccess<Aoi1ClientAppRegistrationResResult>;

/**
 * Client Application Registration response.
 */
export interface Aoi1ClientAppRegistrationResErrorObject {
  code: number;
  /**
   * Corresponds to the  “desc” parameter
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.
   */
  data?: {
    [k: string]: unknown;
  };
}

export type Aoi1ClientAppRegistrationResError = JsonRpcFailure<Aoi1ClientAppRegistrationResErrorObject>;

/** Client Application Registration response. (CR 000_405bc08fdded4f6d.txt §10.1.5 line 46) */
export type Aoi1ClientAppRegistrationRes = Aoi1ClientAppRegistrationResSuccess | Aoi1ClientAppRegistrationResError;

/**
 * Notification delivery request.
 */
export interface NotificationDeliveryReqParams {
  /**
   * The Client Application Token the notification is addressed to.
   */
  clientAppToken: string;
  /**
   * The notification content as submitted.
   */
  payload: {
    [k: string]: unknown;
  };
  /**
   * The submitted priority (5 when the submitter gave none).
   */
  priority: number;
  /**
   * Identifies the notification; a client that sees an id again acknowledges it without forwarding it twice.
   */
  notificationId: string;
}

/** Notification delivery request. (extension extensions/notifications.yaml line 99, provisional) */
export type NotificationDeliveryReq = JsonRpcRequest<'notificationDeliveryReq', NotificationDeliveryReqParams>;

/**
 * Notification delivery response.
 */
export interface NotificationDeliveryResResult {
  /**
   * 200, forwarded to every matching Client Application instance.
   */
  code: 200;
  /**
   * Textual description of the outcome.
   */
  message: string;
}

export type NotificationDeliveryResSuccess = JsonRpcSuccess<NotificationDeliveryResResult>;

/**
 * Notification delivery response.
 */
export interface NotificationDeliveryResErrorObject {
  /**
   * 404 when no Client Application instance matches the token; 503 when the client cannot take it now.
   */
  code: number;
  /**
   * Textual description of the outcome.
   */
  message: string;
  /**
   * Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.
   */
  data?: {
    [k: string]: unknown;
  };
}

export type NotificationDeliveryResError = JsonRpcFailure<NotificationDeliveryResErrorObject>;

/** Notification delivery response. (extension extensions/notifications.yaml line 131, provisional) */
export type NotificationDeliveryRes = NotificationDeliveryResSuccess | NotificationDeliveryResError;

/** Each message's wire name of every property, under each name it has had: renamed members keep compiling. */
export const aoi1Fields = {
  aoiClientDeregistrationReq: {
    messageType: 'messageType',
    clientID: 'clientID',
  },
  aoiClientDeregistrationRes: {
    messageType: 'messageType',
    code: 'code',
    desc: 'desc',
  },
  aoiClientRegistrationReq: {
    messageType: 'messageType',
    deviceNumber: 'deviceNumber',
  },
  aoiClientRegistrationRes: {
    messageType: 'messageType',
    clientID: 'clientID',
    code: 'code',
    desc: 'desc',
  },
  clientAppDeregistrationReq: {
    clientID: 'clientID',
    clientAppToken: 'clientAppToken',
  },
  clientAppDeregistrationRes: {
    code: 'code',
    message: 'message',
    data: 'data',
  },
  clientAppRegistrationReq: {
    clientID: 'clientID',
    tokenSeed: 'tokenSeed',
  },
  clientAppRegistrationRes: {
    code: 'code',
    message: 'message',
    clientAppToken: 'clientAppToken',
    aoiServerUrl: 'aoiServerUrl',
    data: 'data',
  },
  notificationDeliveryReq: {
    clientAppToken: 'clientAppToken',
    payload: 'payload',
    priority: 'priority',
    notificationId: 'notificationId',
  },
  notificationDeliveryRes: {
    code: 'code',
    message: 'message',
    data: 'data',
  },
} as const;

/** Each message's assembled objects: fixed member values, allowed members, and a placeholder for each mandatory one. */
export const aoi1Placeholders = {
  aoiClientDeregistrationReq: [
    {
      fill: {
        messageType: 'aoiClientDeregistrationReq',
        clientID: 'x',
      },
      fixed: {
        messageType: ['aoiClientDeregistrationReq'],
      },
      closed: ['messageType', 'clientID'],
    },
  ],
  aoiClientDeregistrationRes: [
    {
      fill: {
        messageType: 'aoiClientDeregistrationRes',
        code: 0,
        desc: 'x',
      },
      fixed: {
        messageType: ['aoiClientDeregistrationRes'],
      },
      closed: ['messageType', 'code', 'desc'],
    },
  ],
  aoiClientRegistrationReq: [
    {
      fill: {
        messageType: 'aoiClientRegistrationReq',
        deviceNumber: 'x',
      },
      fixed: {
        messageType: ['aoiClientRegistrationReq'],
      },
      closed: ['messageType', 'deviceNumber'],
    },
  ],
  aoiClientRegistrationRes: [
    {
      fill: {
        messageType: 'aoiClientRegistrationRes',
        clientID: 'x',
        code: 200,
        desc: 'x',
      },
      fixed: {
        messageType: ['aoiClientRegistrationRes'],
        code: [200],
      },
      closed: ['messageType', 'clientID', 'code', 'desc'],
    },
    {
      fill: {
        messageType: 'aoiClientRegistrationRes',
        code: 400,
        desc: 'x',
      },
      fixed: {
        messageType: ['aoiClientRegistrationRes'],
      },
      closed: ['messageType', 'code', 'desc'],
    },
  ],
  clientAppDeregistrationReq: [
    {
      fill: {
        clientID: 'x',
        clientAppToken: 'x',
      },
      fixed: {},
      closed: ['clientID', 'clientAppToken'],
    },
  ],
  clientAppDeregistrationRes: [
    {
      fill: {
        code: 200,
        message: 'x',
      },
      fixed: {
        code: [200],
      },
      closed: ['code', 'message'],
    },
    {
      fill: {
        code: 0,
        message: 'x',
      },
      fixed: {},
      closed: ['code', 'message', 'data'],
    },
  ],
  clientAppRegistrationReq: [
    {
      fill: {
        clientID: 'x',
      },
      fixed: {},
      closed: ['clientID', 'tokenSeed'],
    },
  ],
  clientAppRegistrationRes: [
    {
      fill: {
        code: 200,
        message: 'x',
        clientAppToken: 'x',
      },
      fixed: {
        code: [200],
      },
      closed: ['code', 'message', 'clientAppToken', 'aoiServerUrl'],
    },
    {
      fill: {
        code: 0,
        message: 'x',
      },
      fixed: {},
      closed: ['code', 'message', 'data'],
    },
  ],
  notificationDeliveryReq: [
    {
      fill: {
        clientAppToken: 'x',
        payload: {},
        priority: 0,
        notificationId: 'x',
      },
      fixed: {},
      closed: ['clientAppToken', 'payload', 'priority', 'notificationId'],
    },
  ],
  notificationDeliveryRes: [
    {
      fill: {
        code: 200,
        message: 'x',
      },
      fixed: {
        code: [200],
      },
      closed: ['code', 'message'],
    },
    {
      fill: {
        code: 400,
        message: 'x',
      },
      fixed: {},
      closed: ['code', 'message', 'data'],
    },
  ],
} as const;

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
