/**
 * The server items alone, for profiling: `node --expose-gc dist/bench/servers-alone.js [measurement…]
 * [--profile=DIR]` after `node scripts/build.js`. Measurements: noWrite, clientRegistration, appRegistration, drain,
 * crowd (fan-out and idle heap); none named runs them all. With --profile the omaspec server process runs under
 * `node --cpu-prof` and writes its profile to DIR when it stops. Nothing is written to bench/results.json.
 */
import { benchServers, MEASUREMENTS, type Measurement } from './servers.ts';

const args = process.argv.slice(2);
const profileDir = args.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const named = args.filter((a) => !a.startsWith('--'));
for (const name of named)
  if (!MEASUREMENTS.includes(name as Measurement))
    throw new Error(`unknown measurement ${name}: ${MEASUREMENTS.join(', ')}`);
const items = await benchServers({
  ...(named.length > 0 && { only: new Set(named as Measurement[]) }),
  ...(profileDir !== undefined && { profileDir }),
});
for (const i of items)
  process.stdout.write(
    `${i.name.padEnd(40)} ${String(i.ratio).padStart(7)}  ours ${i.ours} / baseline ${i.baseline} ${i.unit}\n`,
  );
