/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */

/**
 * ClientApplicationRegistration request. (CR 001_5aa78a6be4cd429f.txt §9.3.1 line 55)
 */
export interface ClientAppRegistrationReq {
  /**
   * Element with value set to ‘clientAppRegistrationReq’, identifying this message as a Client Application Registration request
   */
  messageType: 'clientAppRegistrationReq';
  /**
   * This element contains the Application Name.
   */
  applicationName: string;
  /**
   * This element contains the Client Application Token Seed. Same clientAppToken will be generated given the same tokenSeed.
   */
  tokenSeed?: string;
}

/**
 * ClientApplicationRegistration success response.
 */
export interface ClientAppRegistrationResSuccess {
  /**
   * Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response
   */
  messageType: 'clientAppRegistrationRes';
  /**
   * This attribute contains a code that indicates the outcome of the request.
   * In case of a success response it SHALL be set to ‘200’ (‘OK’).
   */
  code: 200;
  /**
   * This attribute contains a textual description that indicates the outcome of the request.
   */
  desc: string;
  /**
   * This element contains the Client Application Token, to be used by the Server Application for the notification addressing
   */
  clientAppToken: string;
  /**
   * This element contains the URL of the AOI Server to which notification requests need to be targeted. If this information is known by other means it does not need to be conveyed in the Client Application Registration response
   */
  aoiServerUrl?: string;
}

/**
 * ClientApplicationRegistration error response.
 */
export interface ClientAppRegistrationResError {
  /**
   * Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response
   */
  messageType: 'clientAppRegistrationRes';
  /**
   * This attribute contains a code that indicates the outcome of the request.
   * In case of an error response one of the following codes MAY be used:
   * · ‘400’: ‘Bad Request’: Bad syntax in the request
   * · ‘401’: ’Unauthorized’: The provided AOI Client Application ID is not valid or not correctly registered to the AOI Server.
   * ·  ‘503’: ‘Service Unavailable’: The AOI Server is temporarily not ready to process the request. The client may re-attempt the operation.
   */
  code: number;
  /**
   * This attribute contains a textual description that indicates the outcome of the request.
   */
  desc: string;
}

/** Client Application Registration. (CR 001_5aa78a6be4cd429f.txt §9.3.1 line 80) */
export type ClientAppRegistrationRes = ClientAppRegistrationResSuccess | ClientAppRegistrationResError;

/** @deprecated Renamed to {@link ClientAppRegistrationReq}. */
export type ClientAppClientAppRegistrationReq = ClientAppRegistrationReq;

/** @deprecated Renamed to {@link ClientAppRegistrationRes}. */
export type ClientAppClientAppRegistrationRes = ClientAppRegistrationRes;

/** Each message's wire name of every property, under each name it has had: renamed members keep compiling. */
export const clientAppFields = {
  clientAppRegistrationReq: {
    messageType: 'messageType',
    applicationName: 'applicationName',
    tokenSeed: 'tokenSeed',
  },
  clientAppRegistrationRes: {
    messageType: 'messageType',
    code: 'code',
    desc: 'desc',
    clientAppToken: 'clientAppToken',
    aoiServerUrl: 'aoiServerUrl',
  },
} as const;

/** Each message's assembled objects: fixed member values, allowed members, and a placeholder for each mandatory one. */
export const clientAppPlaceholders = {
  clientAppRegistrationReq: [
    {
      fill: {
        messageType: 'clientAppRegistrationReq',
        applicationName: 'x',
      },
      fixed: {
        messageType: ['clientAppRegistrationReq'],
      },
      closed: ['messageType', 'applicationName', 'tokenSeed'],
    },
  ],
  clientAppRegistrationRes: [
    {
      fill: {
        messageType: 'clientAppRegistrationRes',
        code: 200,
        desc: 'x',
        clientAppToken: 'x',
      },
      fixed: {
        messageType: ['clientAppRegistrationRes'],
        code: [200],
      },
      closed: ['messageType', 'code', 'desc', 'clientAppToken', 'aoiServerUrl'],
    },
    {
      fill: {
        messageType: 'clientAppRegistrationRes',
        code: 400,
        desc: 'x',
      },
      fixed: {
        messageType: ['clientAppRegistrationRes'],
      },
      closed: ['messageType', 'code', 'desc'],
    },
  ],
} as const;

/** Every message of Client Application to AOI Client interface. */
export type ClientAppMessage = ClientAppRegistrationReq | ClientAppRegistrationRes;

/** Sent by the Client Application. */
export type ClientAppClientToServer = ClientAppRegistrationReq;

/** Sent by the AOI Client. */
export type ClientAppServerToClient = ClientAppRegistrationRes;

/** messageType envelope: `switch (m.messageType)` narrows. */
export type ClientAppMessageTypeMessage = ClientAppRegistrationReq | ClientAppRegistrationRes;
