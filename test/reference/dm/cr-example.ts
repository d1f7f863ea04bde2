/**
 * CR 004's illustrative Package#1 and Package#2, read from the spec's golden examples
 * (spec/examples/dm/...) rather than copied. Package#1 comes out of the spec build already
 * repaired (missing comma added, MIID placeholders as strings); Package#2 is judged invalid
 * there (decision D10: the member is `Cmd`, not `CMD`), so its commands are taken from `CMD`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DmPackage1 } from '../../../reference/dm/types.ts';

function goldenDocument(message: string): Record<string, unknown> {
  const dir = new URL(`../../../spec/examples/dm/${message}/`, import.meta.url);
  const [file] = readdirSync(dir).filter((f) => f.startsWith('004_'));
  if (!file) throw new Error(`no CR 004 example for ${message} in ${dir.pathname}`);
  return (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { document: Record<string, unknown> }).document;
}

/** The example has both members; tests rely on that (and the validator checks the rest). */
type CrPackage1 = Required<DmPackage1>;

export const crPackage1 = goldenDocument('dmPackage1') as unknown as CrPackage1;
export const crPackage2Commands = goldenDocument('dmPackage2').CMD as string[][];
