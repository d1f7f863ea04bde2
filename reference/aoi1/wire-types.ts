/**
 * TEMPORARY — stands in for generated/aoi1/types.ts and generated/aoi1/handlers.ts until the
 * generator lands on main; then this file is deleted and handlers.ts imports the generated ones.
 */
import type { ConnectionContext } from '../ws/socket-endpoint.ts';

export type JsonRpcId = string | number;
export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

export interface AoiClientRegistrationReq {
  messageType: 'aoiClientRegistrationReq';
  deviceNumber: string;
}
export type AoiClientRegistrationRes =
  | { messageType: 'aoiClientRegistrationRes'; clientID: string; code: 200; desc: string }
  | { messageType: 'aoiClientRegistrationRes'; code: number; desc: string };
export interface AoiClientDeregistrationReq {
  messageType: 'aoiClientDeregistrationReq';
  clientID: string;
}
export interface AoiClientDeregistrationRes {
  messageType: 'aoiClientDeregistrationRes';
  code: number;
  desc: string;
}
export interface ClientAppRegistrationReq {
  jsonrpc: '2.0';
  method: 'clientAppRegistrationReq';
  id: JsonRpcId;
  params: { clientID: string; tokenSeed?: string };
}
export type ClientAppRegistrationRes =
  | { jsonrpc: '2.0'; id: JsonRpcId; result: { code: 200; message: string; clientAppToken: string; aoiServerUrl?: string } }
  | { jsonrpc: '2.0'; id: JsonRpcId; error: JsonRpcErrorObject };
export interface ClientAppDeregistrationReq {
  jsonrpc: '2.0';
  method: 'clientAppDeregistrationReq';
  id: JsonRpcId;
  params: { clientID: string; clientAppToken: string };
}
export type ClientAppDeregistrationRes =
  | { jsonrpc: '2.0'; id: JsonRpcId; result: { code: 200; message: string } }
  | { jsonrpc: '2.0'; id: JsonRpcId; error: JsonRpcErrorObject };

export interface Aoi1Handlers<Ctx = ConnectionContext> {
  aoiClientRegistrationReq(request: AoiClientRegistrationReq, ctx: Ctx): Promise<AoiClientRegistrationRes>;
  aoiClientDeregistrationReq(request: AoiClientDeregistrationReq, ctx: Ctx): Promise<AoiClientDeregistrationRes>;
  clientAppRegistrationReq(request: ClientAppRegistrationReq, ctx: Ctx): Promise<ClientAppRegistrationRes>;
  clientAppDeregistrationReq(request: ClientAppDeregistrationReq, ctx: Ctx): Promise<ClientAppDeregistrationRes>;
}
