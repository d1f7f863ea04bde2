/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */

/**
 * ClientApplicationRegistration request. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
 */
export interface ClientAppClientAppRegistrationReq {
  /**
   * Element with value set to ‘clientAppRegistrationReq’, identifying this message as a Client Application Registration request (CR 001_5aa78a6be4cd429f.txt §9.3.1)
   */
  messageType: 'clientAppRegistrationReq';
  /**
   * This element contains the Application Name. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
   */
  applicationName: string;
  /**
   * This element contains the Client Application Token Seed. Same clientAppToken will be generated given the same tokenSeed. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
   */
  tokenSeed?: string;
}

/**
 * ClientApplicationRegistration success response (001_5aa78a6be4cd429f.txt §9.3.1 Client Application Registration). (CR 001_5aa78a6be4cd429f.txt §9.3.1)
 */
export type ClientAppClientAppRegistrationRes =
  | {
      /**
       * Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      messageType: 'clientAppRegistrationRes';
      /**
       * This attribute contains a code that indicates the outcome of the request.
       * In case of a success response it SHALL be set to ‘200’ (‘OK’). (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      code: 200;
      /**
       * This attribute contains a textual description that indicates the outcome of the request. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      desc: string;
      /**
       * This element contains the Client Application Token, to be used by the Server Application for the notification addressing (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      clientAppToken: string;
      /**
       * This element contains the URL of the AOI Server to which notification requests need to be targeted. If this information is known by other means it does not need to be conveyed in the Client Application Registration response (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      aoiServerUrl?: string;
    }
  | {
      /**
       * Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      messageType: 'clientAppRegistrationRes';
      /**
       * This attribute contains a code that indicates the outcome of the request.
       * In case of an error response one of the following codes MAY be used:
       * · ‘400’: ‘Bad Request’: Bad syntax in the request
       * · ‘401’: ’Unauthorized’: The provided AOI Client Application ID is not valid or not correctly registered to the AOI Server.
       * ·  ‘503’: ‘Service Unavailable’: The AOI Server is temporarily not ready to process the request. The client may re-attempt the operation. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      code: number;
      /**
       * This attribute contains a textual description that indicates the outcome of the request. (CR 001_5aa78a6be4cd429f.txt §9.3.1)
       */
      desc: string;
    };

/** Every message of Client Application to AOI Client interface. */
export type ClientAppMessage = ClientAppClientAppRegistrationReq | ClientAppClientAppRegistrationRes;

/** Sent by the Client Application. */
export type ClientAppClientToServer = ClientAppClientAppRegistrationReq;

/** Sent by the AOI Client. */
export type ClientAppServerToClient = ClientAppClientAppRegistrationRes;

/** messageType envelope: `switch (m.messageType)` narrows. */
export type ClientAppMessageTypeMessage = ClientAppClientAppRegistrationReq | ClientAppClientAppRegistrationRes;
