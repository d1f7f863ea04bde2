import { AOI_CHECKS } from './aoi-checks.ts';
import type { ConformanceCheck } from './check-kit.ts';
import { JSONRPC_CHECKS } from './jsonrpc-checks.ts';

export { CheckFailure, type CheckContext, type ConformanceCheck } from './check-kit.ts';

/** Every check, in the order the suite runs and prints them. */
export const CHECKS: readonly ConformanceCheck[] = [...AOI_CHECKS, ...JSONRPC_CHECKS];
