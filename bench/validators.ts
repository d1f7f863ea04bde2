import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAjv } from '../core/ajv.ts';
import { sampleOf } from '../generator/golden.ts';
import { loadSpec } from '../generator/spec-loader.ts';

/**
 * Generated (ahead-of-time) validators vs ajv compiling the same schemas at run time vs JSON.parse alone,
 * measured in the same run over the minimal valid document of every message. Ratios, not absolute speed,
 * are the result: absolute numbers depend on the machine.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
/** Variants run in alternating short rounds; the best round of each counts (less order and JIT bias). */
const ROUNDS = 6;
const ROUND_MS = 100;

interface Row {
  name: string;
  opsPerSecond: number;
}

interface Subject {
  id: string;
  raw: string;
  generated: (value: unknown) => boolean;
  runtime: (value: unknown) => boolean;
}

function measure(subjects: readonly Subject[], body: (s: Subject) => unknown): number {
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) {
    for (let i = 0; i < 1000; i++) {
      const subject = subjects[ops % subjects.length]!;
      if (body(subject)) sink++;
      ops++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return ops / seconds;
}

function race(subjects: readonly Subject[], variants: Record<string, (s: Subject) => unknown>): Row[] {
  const best = new Map(Object.keys(variants).map((name) => [name, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, body] of Object.entries(variants))
      best.set(name, Math.max(best.get(name) ?? 0, measure(subjects, body)));
  }
  return [...best].map(([name, opsPerSecond]) => ({ name, opsPerSecond }));
}

export async function benchValidators(): Promise<string> {
  const real =
    existsSync(path.join(root, 'generated/registry.ts')) && existsSync(path.join(root, 'spec/schemas/index.json'));
  const specDir = path.join(root, real ? 'spec' : 'test/generator/fixtures/spec');
  const generatedDir = path.join(root, real ? 'generated' : 'test/generator/fixtures/generated');
  const spec = await loadSpec(specDir);
  const { messages } = (await import(pathToFileURL(path.join(generatedDir, 'registry.ts')).href)) as {
    messages: Record<string, { validator: { is(value: unknown): boolean } }>;
  };

  const compileStart = performance.now();
  const ajv = createAjv('generated');
  const runtime = spec.messages.map((m) => ajv.compile(m.schema));
  const compileMs = performance.now() - compileStart;

  const subjects: Subject[] = spec.messages.map((m, i) => {
    const entry = messages[m.meta.id];
    if (!entry) throw new Error(`${m.meta.id} missing from ${generatedDir}/registry.ts: regenerate`);
    const check = runtime[i]!;
    return {
      id: m.meta.id,
      raw: JSON.stringify(sampleOf(m.schema)),
      generated: (v) => entry.validator.is(v),
      runtime: (v) => check(v),
    };
  });
  for (const s of subjects) {
    const value = JSON.parse(s.raw);
    if (!s.generated(value) || !s.runtime(value))
      throw new Error(`${s.id}: sample is not valid, the comparison would be meaningless`);
  }

  const [parse, generated, atRuntime] = race(subjects, {
    'JSON.parse': (s) => JSON.parse(s.raw) !== null,
    'JSON.parse + generated validator': (s) => s.generated(JSON.parse(s.raw)),
    'JSON.parse + ajv compiled at run time': (s) => s.runtime(JSON.parse(s.raw)),
  }) as [Row, Row, Row];

  const rows = [parse, generated, atRuntime].map(
    (r) => `  ${r.name.padEnd(40)} ${Math.round(r.opsPerSecond).toLocaleString('en').padStart(12)} ops/s`,
  );
  return [
    `validators (${real ? 'spec/schemas' : 'fixture spec'}, ${subjects.length} messages, minimal valid documents)`,
    ...rows,
    `  generated / run-time ajv throughput:     ${(generated.opsPerSecond / atRuntime.opsPerSecond).toFixed(2)}x`,
    `  validation cost over JSON.parse alone:   ${(parse.opsPerSecond / generated.opsPerSecond).toFixed(2)}x the time of parsing`,
    `  start-up: run-time ajv compiled ${subjects.length} schemas in ${compileMs.toFixed(1)} ms; generated validators compile nothing`,
  ].join('\n');
}
