/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 */

/**
 * OMA DM Package#1 JSON Schema. (CR 004_a402fc140745ff35.txt §7.2 line 60, provisional)
 */
export interface DmPackage1 {
  MOS?: {
    DDF?: string;
    MOID?: string;
    MIID?: string[];
  }[];
  /**
   * PROVISIONAL (decision D8): Client Initiated Alert, shaped after the CR 004 example until a CR defines it.
   */
  Alert?: {
    Items: {
      AlertType: string;
      MIMEType?: string;
      SourceURI?: string;
      Mark?: string;
      Data?: {
        [k: string]: unknown;
      };
    }[];
  };
}

/**
 * OMA DM Package#2 JSON Schema. (CR 004_a402fc140745ff35.txt §7.3 line 333)
 */
export interface DmPackage2 {
  Cmd: string[][];
}

/**
 * OMA DM Package#3. (extension extensions/dm-package3.yaml line 17, provisional)
 */
export interface DmPackage3 {
  /**
   * One status per command of the Package#2 this package answers, in the same order.
   */
  Status: {
    /**
     * Status code of the command (200 done, 202 accepted, 304 not modified, 404 no such node, 405 permanent node, 406/415 media type refused, 500 failed).
     */
    sc: number;
    /**
     * The ClientURIs the command concerned.
     */
    URI?: string[];
    /**
     * GET and SHOW only, one entry per URI - a leaf value, or the child names of an interior node.
     */
    Data?: (string | string[])[];
  }[];
  /**
   * Client Initiated Alerts, shaped as in Package#1 (decision D8).
   */
  Alert?: {
    Items: {
      AlertType: string;
      MIMEType?: string;
      SourceURI?: string;
      Mark?: string;
      Data?: {
        [k: string]: unknown;
      };
    }[];
  };
}

/** Each message's wire name of every property, under each name it has had: renamed members keep compiling. */
export const dmFields = {
  dmPackage1: {
    MOS: 'MOS',
    Alert: 'Alert',
  },
  dmPackage2: {
    Cmd: 'Cmd',
  },
  dmPackage3: {
    Status: 'Status',
    Alert: 'Alert',
  },
} as const;

/** Each message's assembled objects: fixed member values, allowed members, and a placeholder for each mandatory one. */
export const dmPlaceholders = {
  dmPackage1: [
    {
      fill: {},
      fixed: {},
      closed: ['MOS', 'Alert'],
    },
  ],
  dmPackage2: [
    {
      fill: {
        Cmd: [],
      },
      fixed: {},
      closed: ['Cmd'],
    },
  ],
  dmPackage3: [
    {
      fill: {
        Status: [],
      },
      fixed: {},
      closed: ['Status', 'Alert'],
    },
  ],
} as const;

/** Every message of OMA DM 2.0 JSON binding over HTTP. */
export type DmMessage = DmPackage1 | DmPackage2 | DmPackage3;

/** Sent by the DM Client. */
export type DmClientToServer = DmPackage1 | DmPackage3;

/** Sent by the DM Server. */
export type DmServerToClient = DmPackage2;
