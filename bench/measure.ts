/**
 * What every benchmark shares: alternating short rounds (the best round of each variant counts, which damps the
 * noise of a shared machine and the order bias of the JIT), and items in the shape of bench/results.json.
 */

export interface Item {
  name: string;
  ours: number;
  baseline: number;
  unit: string;
  /** ours/baseline for throughput, baseline/ours for time and memory: higher is better either way. */
  ratio: number;
  /** The goal for `ratio`; null when the item is only reported. */
  target: number | null;
  /** What was measured, for BENCHMARKS.md and the console (not part of the ratio). */
  note?: string;
}

/** `better` says which way the unit points: throughput (higher is better) or cost (time, memory: lower is better). */
export function item(
  name: string,
  measured: { ours: number; baseline: number; unit: string; better: 'higher' | 'lower' },
  target: number | null,
  note?: string,
): Item {
  const { ours, baseline, unit, better } = measured;
  const ratio = better === 'higher' ? ours / baseline : baseline / ours;
  return {
    name,
    ours: round(ours),
    baseline: round(baseline),
    unit,
    ratio: round(ratio),
    target,
    ...(note ? { note } : {}),
  };
}

const round = (n: number) => Number(n.toPrecision(4));

const WARM_UP_ROUNDS = 5;

export interface RaceOptions {
  rounds?: number;
  roundMs?: number;
}

/** Operations per second of each synchronous variant, over `inputs` in turn. */
export function race<T>(
  inputs: readonly T[],
  variants: Record<string, (input: T) => unknown>,
  { rounds = 6, roundMs = 100 }: RaceOptions = {},
): Record<string, number> {
  const best: Record<string, number> = Object.fromEntries(Object.keys(variants).map((name) => [name, 0]));
  let sink = 0;
  // Untimed first rounds: the optimising compiler runs on a background thread, which a busy machine starves.
  for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
    for (const [name, body] of Object.entries(variants)) {
      let ops = 0;
      const start = performance.now();
      while (performance.now() - start < roundMs) {
        for (let i = 0; i < 256; i++) {
          if (body(inputs[ops % inputs.length]!)) sink++;
          ops++;
        }
      }
      if (round >= 0) best[name] = Math.max(best[name]!, ops / ((performance.now() - start) / 1000));
    }
  }
  if (sink < 0) console.log(sink); // keeps the results observable to the optimiser
  return best;
}

/** The same for asynchronous variants, awaited one after the other. */
export async function raceAsync<T>(
  inputs: readonly T[],
  variants: Record<string, (input: T) => unknown>,
  { rounds = 6, roundMs = 150 }: RaceOptions = {},
): Promise<Record<string, number>> {
  const best: Record<string, number> = Object.fromEntries(Object.keys(variants).map((name) => [name, 0]));
  for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
    for (const [name, body] of Object.entries(variants)) {
      let ops = 0;
      const start = performance.now();
      while (performance.now() - start < roundMs) {
        for (let i = 0; i < 256; i++) {
          await body(inputs[ops % inputs.length]!);
          ops++;
        }
      }
      if (round >= 0) best[name] = Math.max(best[name]!, ops / ((performance.now() - start) / 1000));
    }
  }
  return best;
}

/** The median of `samples` (which it sorts). */
export function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
