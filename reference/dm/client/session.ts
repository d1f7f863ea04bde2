/**
 * One DM session from the client side: send Package#1, check and validate Package#2, apply its
 * commands to the MO tree. Every failure comes back as a typed error, never as an exception.
 */
import { readLimitedText } from './limited-text.ts';
import { applyDmCommands, type DmCommandOutcome } from './apply.ts';
import type { MoTree } from './mo-tree.ts';
import { mediaTypeOf } from '../http-body.ts';
import {
  DM_DEVID_HEADER,
  DM_PACKAGE1_MEDIA_TYPE,
  DM_PACKAGE2_MEDIA_TYPE,
  type DmPackage1,
  type DmPackage2,
  type DmValidators,
  type ValidationIssue,
} from '../types.ts';

export interface DmSessionRequest {
  url: string;
  devId: string;
  package1: DmPackage1;
  tree: MoTree;
  validators: DmValidators;
  /** Largest Package#2 accepted, in bytes (default 1 MiB). */
  maxResponseBytes?: number;
}

export type DmClientErrorCode =
  | 'invalidPackage1'
  | 'network'
  | 'httpStatus'
  | 'unexpectedMediaType'
  | 'responseTooLarge'
  | 'invalidJson'
  | 'schemaViolation';

export interface DmClientError {
  code: DmClientErrorCode;
  message: string;
  status?: number;
  /** The server's problem+json body, when it sent one. */
  problem?: unknown;
  issues?: ValidationIssue[];
}

export type DmSessionResult =
  { ok: true; package2: DmPackage2; outcomes: DmCommandOutcome[] } | { ok: false; error: DmClientError };

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

export async function runDmSession(request: DmSessionRequest): Promise<DmSessionResult> {
  const own = request.validators.validateDmPackage1(request.package1);
  if (!own.ok)
    return failure({ code: 'invalidPackage1', message: 'the local Package#1 violates its schema', issues: own.issues });

  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: {
        [DM_DEVID_HEADER]: request.devId,
        'Content-Type': DM_PACKAGE1_MEDIA_TYPE,
        Accept: DM_PACKAGE2_MEDIA_TYPE,
      },
      body: JSON.stringify(request.package1),
    });
  } catch (error) {
    return failure({ code: 'network', message: `cannot reach ${request.url}: ${describe(error)}` });
  }

  let text: Awaited<ReturnType<typeof readLimitedText>>;
  try {
    text = await readLimitedText(response, request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  } catch (error) {
    return failure({ code: 'network', message: `connection failed while reading the answer: ${describe(error)}` });
  }
  if (!text.ok) return failure({ code: 'responseTooLarge', message: text.message, status: response.status });
  if (response.status !== 200) {
    return failure({
      code: 'httpStatus',
      message: `server answered ${response.status} ${response.statusText}`,
      status: response.status,
      ...problemOf(text.text),
    });
  }
  const { type } = mediaTypeOf(response.headers.get('content-type') ?? undefined);
  if (type !== DM_PACKAGE2_MEDIA_TYPE) {
    return failure({
      code: 'unexpectedMediaType',
      message: `expected ${DM_PACKAGE2_MEDIA_TYPE}, got '${type}'`,
      status: 200,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    return failure({ code: 'invalidJson', message: `Package#2 is not JSON: ${describe(error)}`, status: 200 });
  }
  const pkg2 = request.validators.validateDmPackage2(json);
  if (!pkg2.ok)
    return failure({ code: 'schemaViolation', message: 'Package#2 violates its schema', issues: pkg2.issues });
  return { ok: true, package2: pkg2.value, outcomes: applyDmCommands(request.tree, pkg2.value.Cmd) };
}

function failure(error: DmClientError): DmSessionResult {
  return { ok: false, error };
}

function problemOf(text: string): { problem?: unknown } {
  try {
    return { problem: JSON.parse(text) as unknown };
  } catch {
    return {};
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  return cause ?? (error as Error).message ?? String(error);
}
