import { z } from 'zod';

export const SANDBOX_ID = 'sum-demo';
export const RESULTS_VERSION = 1;

export const sumParamsSchema = z.object({
  size: z
    .number({ error: 'Enter a whole number of values.' })
    .int('Enter a whole number of values.')
    .min(1_000, 'Use at least 1,000 values.')
    .max(20_000_000, 'At most 20,000,000 values (160 MB of doubles).'),
  repeats: z
    .number({ error: 'Enter a whole number of timed passes.' })
    .int('Enter a whole number of timed passes.')
    .min(3, 'Use at least 3 timed passes, so the median means something.')
    .max(50, 'At most 50 timed passes.'),
  seed: z
    .number({ error: 'Enter a whole number as the seed.' })
    .int('Enter a whole number as the seed.')
    .min(0, 'The seed is 0 or more.')
    .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  /** Makes the worker throw, to show what a failing run looks like. */
  failOnPurpose: z.boolean(),
});
export type SumParams = z.infer<typeof sumParamsSchema>;

export const defaultSumParams: SumParams = { size: 5_000_000, repeats: 15, seed: 42, failOnPurpose: false };

export interface SumProgress {
  phase: 'filling' | 'calibrating' | 'timing';
  fraction: number;
}

export interface SumResult {
  size: number;
  bytes: number;
  sum: number;
  mean: number;
  /** Passes summed inside one timed sample, so a sample lasts long enough for the browser's clock. */
  passesPerSample: number;
  /** Milliseconds per pass, one entry per timed sample. */
  passMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  gbPerSecond: number;
  fillMs: number;
}

