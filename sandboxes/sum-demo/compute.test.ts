import { describe, expect, it } from 'vitest';
import { fillSeeded, MAX_VALUES_PER_SAMPLE, runSum, sumColumn } from './compute';
import { defaultSumParams, sumParamsSchema } from './model';

describe('sum-demo compute', () => {
  it('sums a hand case exactly', () => {
    expect(sumColumn(new Float64Array([1.5, 2.25, -0.75]))).toBe(3);
    expect(sumColumn(new Float64Array(0))).toBe(0);
  });

  it('fills the same values for the same seed', () => {
    expect(fillSeeded(1000, 7)).toEqual(fillSeeded(1000, 7));
    expect(fillSeeded(1000, 7)).not.toEqual(fillSeeded(1000, 8));
  });

  it('gives a mean within 4 standard errors of 1/2, as uniform values must', () => {
    const phases = new Set<string>();
    const result = runSum(
      { ...defaultSumParams, size: 200_000, repeats: 3 },
      { now: () => performance.now(), progress: (p) => phases.add(p.phase) },
    );
    const standardError = Math.sqrt(1 / 12 / 200_000);
    expect(Math.abs(result.mean - 0.5)).toBeLessThan(4 * standardError);
    expect(result.sum).toBe(sumColumn(fillSeeded(200_000, defaultSumParams.seed)));
    expect(result.bytes).toBe(1_600_000);
    expect(result.passMs).toHaveLength(3);
    expect([...phases]).toEqual(['filling', 'calibrating', 'timing']);
  });

  it('batches passes until a sample outlasts the clock, within a cap', () => {
    const params = { ...defaultSumParams, size: 1000, repeats: 3 };
    // Every reading 5 ms later: one pass already lasts long enough.
    let clock = 0;
    expect(runSum(params, { now: () => (clock += 5), progress: () => {} }).passesPerSample).toBe(1);
    // A clock that shows 1 ms whatever the work: passes double until the cap on values per sample.
    let stuck = 0;
    const capped = runSum(params, { now: () => (stuck += 1), progress: () => {} });
    expect(capped.passesPerSample).toBe(8192);
    expect(capped.passesPerSample * params.size).toBeLessThanOrEqual(MAX_VALUES_PER_SAMPLE);
    expect(capped.medianMs).toBeCloseTo(1 / 8192, 12);
  });

  it('throws when asked to fail, and the schema refuses bad sizes', () => {
    expect(() => runSum({ ...defaultSumParams, failOnPurpose: true }, { now: () => 0, progress: () => {} })).toThrow(/on purpose/);
    expect(sumParamsSchema.safeParse({ ...defaultSumParams, size: 10 }).success).toBe(false);
    expect(sumParamsSchema.safeParse({ ...defaultSumParams, size: 1.5e3 + 0.5 }).success).toBe(false);
    expect(sumParamsSchema.safeParse({ ...defaultSumParams, seed: -1 }).success).toBe(false);
    expect(sumParamsSchema.safeParse(defaultSumParams).success).toBe(true);
  });
});
