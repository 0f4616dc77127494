import { createRng } from '@/lib/random';
import { median } from '@/lib/stats';
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

  // Warm up, and find how many passes make one sample long enough to time.
  hooks.progress({ phase: 'calibrating', fraction: 0 });
  const sum = sumColumn(values);
  let passesPerSample = 1;
  for (;;) {
    const start = hooks.now();
    for (let p = 0; p < passesPerSample; p++) if (sumColumn(values) !== sum) throw new Error('The sum changed between passes.');
    if (hooks.now() - start >= MIN_SAMPLE_MS || passesPerSample * 2 * size > MAX_VALUES_PER_SAMPLE) break;
    passesPerSample *= 2;
  }

  const passMs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = hooks.now();
    for (let p = 0; p < passesPerSample; p++) if (sumColumn(values) !== sum) throw new Error('The sum changed between passes.');
    passMs.push((hooks.now() - start) / passesPerSample);
    hooks.progress({ phase: 'timing', fraction: (r + 1) / repeats });
  }

  const medianMs = median(passMs);
  const bytes = size * Float64Array.BYTES_PER_ELEMENT;
  return {
    size,
    bytes,
    sum,
    mean: sum / size,
    passesPerSample,
    passMs,
    medianMs,
    minMs: Math.min(...passMs),
    maxMs: Math.max(...passMs),
    gbPerSecond: medianMs > 0 ? bytes / (medianMs / 1000) / 1e9 : Number.POSITIVE_INFINITY,
    fillMs,
  };
}
