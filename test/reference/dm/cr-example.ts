/**
 * CR 004's illustrative Package#1 and Package#2, read from the spec's golden examples
 * (spec/examples/dm/...) rather than copied. Package#1 comes out of the spec build already
 * repaired (missing comma added, MIID placeholders as strings); Package#2 is judged invalid
 * there (decision D10: the member is `Cmd`, not `CMD`), so its commands are taken from `CMD`.
 *
 * A later CR that amends a package retires CR 004's example of it (the example shows a shape the spec no longer
 * has): Package#1 then comes from the newest valid example the spec has, and the Package#2 commands are undefined.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { DmPackage1 } from '../../../reference/dm/types.ts';

interface Golden {
  verdict: string;
  document: Record<string, unknown>;
}

function goldens(message: string): { file: string; golden: Golden }[] {
  const dir = new URL(`../../../spec/examples/dm/${message}/`, import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, golden: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Golden }));
}

/** The example has both members; tests rely on that (and the validator checks the rest). */
type CrPackage1 = Required<DmPackage1>;

function package1(): CrPackage1 {
  const all = goldens('dmPackage1');
  const chosen = all.find((g) => g.file.startsWith('004_')) ?? all.filter((g) => g.golden.verdict === 'valid').at(-1);
  if (!chosen) throw new Error('the spec has no example of dmPackage1 (spec/examples/dm/dmPackage1/) to test with');
  return chosen.golden.document as unknown as CrPackage1;
}

export const crPackage1 = package1();
export const crPackage2Commands = goldens('dmPackage2').find((g) => g.file.startsWith('004_'))?.golden.document.CMD as
  string[][] | undefined;
