import { createRng } from '@/lib/random';
import { timeRepeated } from '@/lib/timing';
import type { SumParams, SumProgress, SumResult } from './model';

/** `size` doubles drawn uniformly from [0, 1) by the seeded generator. */
export function fillSeeded(size: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const values = new Float64Array(size);
  for (let i = 0; i < size; i++) values[i] = rng.next();
  return values;
}

export function sumColumn(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

export interface ComputeHooks {
  now(): number;
  progress(progress: SumProgress): void;
}

/** A sample should last at least this long: workers see a clock coarsened to 0.1 ms. */
const MIN_SAMPLE_MS = 4;
const FILL_CHUNK = 1_000_000;
/** ...but never more than this many values: 64 MB of doubles is long enough on any machine. */
export const MAX_VALUES_PER_SAMPLE = 1 << 23;

export function runSum(params: SumParams, hooks: ComputeHooks): SumResult {
  if (params.failOnPurpose) {
    throw new Error('The worker failed on purpose, as you asked. Untick "Make the worker fail" and run again.');
  }
  const { size, repeats, seed } = params;

  const fillStart = hooks.now();
  const rng = createRng(seed);
  const values = new Float64Array(size);
  for (let start = 0; start < size; start += FILL_CHUNK) {
    const end = Math.min(size, start + FILL_CHUNK);
    for (let i = start; i < end; i++) values[i] = rng.next();
    hooks.progress({ phase: 'filling', fraction: end / size });
  }
  const fillMs = hooks.now() - fillStart;

  hooks.progress({ phase: 'calibrating', fraction: 0 });
  const timing = timeRepeated(() => sumColumn(values), {
    repeats,
    now: hooks.now,
    minSampleMs: MIN_SAMPLE_MS,
    maxPasses: Math.max(1, Math.floor(MAX_VALUES_PER_SAMPLE / size)),
    onSample: (fraction) => hooks.progress({ phase: 'timing', fraction }),
  });
  const { checksum: sum, passesPerSample, passMs, medianMs } = timing;
  const bytes = size * Float64Array.BYTES_PER_ELEMENT;
  return {
    size,
    bytes,
    sum,
    mean: sum / size,
    passesPerSample,
    passMs,
    medianMs,
    minMs: timing.minMs,
    maxMs: timing.maxMs,
    gbPerSecond: medianMs > 0 ? bytes / (medianMs / 1000) / 1e9 : Number.POSITIVE_INFINITY,
    fillMs,
  };
}
