/**
 * Helpers for the simulation's statistical tests. A test compares a seeded run with a closed form
 * and allows 4 standard errors: a correct simulation lands outside that band for about 1 seed in
 * 16,000 (two-sided normal tail), so the tests do not depend on a lucky seed, while the wrong
 * formulas they guard against (errors adding instead of compounding, a drain at the consumer's
 * rate instead of its headroom) sit many standard errors away at the sizes chosen.
 */
export const TOLERANCE_IN_STANDARD_ERRORS = 4;

export function expectWithin(measured: number, expected: number, standardError: number): { ok: boolean; message: string } {
  const gap = Math.abs(measured - expected);
  const limit = TOLERANCE_IN_STANDARD_ERRORS * standardError;
  return { ok: gap <= limit, message: `measured ${measured}, expected ${expected} ± ${limit} (4 standard errors of ${standardError})` };
}

/**
 * Mean and standard error of a sequence whose neighbours are correlated (the waits of successive
 * customers of one queue): split it into `batches` consecutive batches and use the spread of their
 * means, which are nearly independent when the batches are long ("batch means").
 */
export function batchMeans(values: readonly number[], batches = 40): { mean: number; standardError: number } {
  const size = Math.floor(values.length / batches);
  if (size < 2) throw new RangeError('Too few values for batch means.');
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = b * size; i < (b + 1) * size; i++) sum += values[i] as number;
    means.push(sum / size);
  }
  const mean = means.reduce((a, x) => a + x, 0) / batches;
  const variance = means.reduce((a, x) => a + (x - mean) ** 2, 0) / (batches - 1);
  return { mean, standardError: Math.sqrt(variance / batches) };
}

/** Mean and standard error of independent values. */
export function meanAndError(values: readonly number[]): { mean: number; standardError: number } {
  const n = values.length;
  const mean = values.reduce((a, x) => a + x, 0) / n;
  const variance = values.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  return { mean, standardError: Math.sqrt(variance / n) };
}
