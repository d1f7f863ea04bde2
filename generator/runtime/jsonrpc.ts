/** JSON-RPC 2.0 envelope, shared by every JSON-RPC message: message types only name method, params and result. */
export type JsonRpcId = string | number;

export interface JsonRpcRequest<M extends string, P> {
  jsonrpc: '2.0';
  method: M;
  id: JsonRpcId;
  params: P;
}

export interface JsonRpcNotification<M extends string, P> {
  jsonrpc: '2.0';
  method: M;
  params: P;
}

export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

export interface JsonRpcSuccess<R> {
  jsonrpc: '2.0';
  id: JsonRpcId;
  result: R;
}

/**
 * `E` is the error object as the CRs define it, which need not keep JSON-RPC 2.0's own shape (a CR may make
 * "message" optional or retype "code"), so it is not constrained to JsonRpcErrorObject: the generated types say
 * what the spec says.
 */
export interface JsonRpcFailure<E = JsonRpcErrorObject> {
  jsonrpc: '2.0';
  /** null when the request id could not be read (parse error, invalid request). */
  id: JsonRpcId | null;
  error: E;
}

export type JsonRpcResponse<R, E = JsonRpcErrorObject> = JsonRpcSuccess<R> | JsonRpcFailure<E>;

/** The reserved codes of JSON-RPC 2.0 §5.1 that this toolchain sends. */
export const JSONRPC_ERRORS = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
} as const;

export type JsonRpcErrorCode = (typeof JSONRPC_ERRORS)[keyof typeof JSONRPC_ERRORS];
