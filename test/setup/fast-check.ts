/**
 * Every property-based test runs from one fixed seed, so that CI judges the same cases on every run and a red
 * run can be replayed; `OMASPEC_FC_SEED=<n>` picks another seed, `OMASPEC_FC_SEED=random` a fresh one per run
 * (to look for new failures locally). fast-check prints the seed and path of any failure it finds.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_202;
const given = process.env.OMASPEC_FC_SEED;

if (given !== 'random') {
  const seed = given === undefined ? DEFAULT_SEED : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`OMASPEC_FC_SEED must be an integer or 'random', got '${given}'`);
  fc.configureGlobal({ seed });
}
