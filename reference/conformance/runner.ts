import { CHECKS, CheckFailure, type ConformanceCheck } from './checks.ts';
import { Probe } from './probe.ts';
import { loadSchemaCheck, type SchemaCheck } from './schemas.ts';

export interface CheckResult {
  id: string;
  source: string;
  requirement: string;
  passed: boolean;
  /** Why it failed: the unmet expectation, or the transport error (timeout, refused, closed). */
  detail?: string;
}

export interface ConformanceOptions {
  /** How long to wait for each answer. */
  timeoutMs?: number;
  /** For wss://: the certificate authorities (PEM) to trust instead of the system's, e.g. a self-signed server's. */
  ca?: string | Buffer;
  checks?: readonly ConformanceCheck[];
  schema?: SchemaCheck;
  onResult?: (result: CheckResult) => void;
}

/** Runs each check against the AOI-1 endpoint at `url`, one after the other, on fresh connections. */
export async function runConformance(url: string, options: ConformanceOptions = {}): Promise<CheckResult[]> {
  const schema = options.schema ?? loadSchemaCheck();
  const results: CheckResult[] = [];
  for (const check of options.checks ?? CHECKS) {
    const probes: Probe[] = [];
    const open = async () => {
      const probe = await Probe.open(url, options.timeoutMs ?? 5000, options.ca);
      probes.push(probe);
      return probe;
    };
    const { id, source, requirement } = check;
    let result: CheckResult;
    try {
      await check.run({ open, schema });
      result = { id, source, requirement, passed: true };
    } catch (error) {
      const detail = error instanceof CheckFailure ? error.message : `error: ${(error as Error).message}`;
      result = { id, source, requirement, passed: false, detail };
    } finally {
      for (const probe of probes) probe.close();
    }
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}
