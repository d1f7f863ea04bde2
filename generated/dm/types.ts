/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
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

/** Every message of OMA DM 2.0 JSON binding over HTTP. */
export type DmMessage = DmPackage1 | DmPackage2;

/** Sent by the DM Client. */
export type DmClientToServer = DmPackage1;

/** Sent by the DM Server. */
export type DmServerToClient = DmPackage2;
