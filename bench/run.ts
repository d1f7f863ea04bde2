/**
 * `npm run bench`: every benchmark in one run (under five minutes), written to bench/results.json as items whose ratio
 * says how we compare with the baseline measured in the same run (higher is better); BENCHMARKS.md explains them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { benchDispatch } from './dispatch.ts';
import type { Item } from './measure.ts';
import { benchRegenerate } from './regenerate.ts';
import { benchServers } from './servers.ts';
import { benchStartup } from './startup.ts';
import { benchValidators } from './validators.ts';

const suites: [string, () => Promise<Item[]>][] = [
  ['validators', benchValidators],
  ['dispatch', benchDispatch],
  ['servers', benchServers],
  ['start-up', benchStartup],
  ['regenerate', benchRegenerate],
];

const started = performance.now();
const items: Item[] = [];
for (const [name, run] of suites) {
  const at = performance.now();
  const found = await run();
  items.push(...found);
  process.stdout.write(`${name} (${((performance.now() - at) / 1000).toFixed(1)} s)\n`);
  for (const i of found) {
    const verdict = i.target === null ? 'report' : i.ratio >= i.target ? 'ok' : 'MISS';
    process.stdout.write(
      `  ${i.name.padEnd(40)} ${String(i.ratio).padStart(7)}  (target ${i.target ?? '—'}, ${verdict})  ours ${i.ours} / baseline ${i.baseline} ${i.unit}\n`,
    );
  }
}
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  // A string, not an array: prettier (npm test checks bench/results.json) would fold a short array onto one line.
  loadAverage: os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' '),
  date: new Date().toISOString(),
  seconds: Math.round((performance.now() - started) / 1000),
};
// The shape exactly; the notes saying what each item measured go to BENCHMARKS.md only.
const results = items.map(({ name, ours, baseline, unit, ratio, target }) => ({
  name,
  ours,
  baseline,
  unit,
  ratio,
  target,
}));
writeFileSync(
  path.join(PACKAGE_ROOT, 'bench/results.json'),
  JSON.stringify({ machine, items: results }, null, 2) + '\n',
);

/** The table of BENCHMARKS.md between its markers, so that the document always shows the latest run. */
function table(): string {
  const rows = items.map((i) => {
    const verdict = i.target === null ? 'reported' : i.ratio >= i.target ? 'met' : '**missed**';
    return `| \`${i.name}\` | ${i.ratio} | ${i.target ?? '—'} | ${verdict} | ${i.ours} | ${i.baseline} | ${i.unit} | ${i.note ?? ''} |`;
  });
  return [
    `Run of ${machine.date} on ${machine.cores} × ${machine.cpu}, node ${machine.node}, load average ${machine.loadAverage}, ${machine.seconds} s.`,
    '',
    '| item | ratio | target | | ours | baseline | unit | what |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
const document = path.join(PACKAGE_ROOT, 'BENCHMARKS.md');
writeFileSync(
  document,
  readFileSync(document, 'utf8').replace(
    /<!-- results -->[\s\S]*<!-- \/results -->/,
    `<!-- results -->\n${table()}\n<!-- /results -->`,
  ),
);
process.stdout.write(`bench/results.json written (${machine.seconds} s)\n`);
