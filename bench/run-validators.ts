/**
 * The validator items of `npm run bench` alone, printed and not written anywhere (bench/results.json and BENCHMARKS.md
 * keep the full run): `node scripts/build.js && node --expose-gc dist/bench/run-validators.js`.
 */
import { benchValidators } from './validators.ts';

for (const i of await benchValidators())
  process.stdout.write(
    `${i.name.padEnd(40)} ${String(i.ratio).padStart(7)}  ours ${i.ours} / baseline ${i.baseline} ${i.unit}\n`,
  );
