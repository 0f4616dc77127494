import { describe, expect, it } from 'vitest';
import { meanOfValues, throughput } from './exercises';
import { defaultSumParams, type SumResult } from './model';

const result = { mean: 0.50012, gbPerSecond: 8 } as SumResult;

describe('sum-demo exercises', () => {
  it('mean: three decimals pass, a far value fails', () => {
    expect(meanOfValues.check(result, { mean: '0.500' }, defaultSumParams).pass).toBe(true);
    expect(meanOfValues.check(result, { mean: '0.52' }, defaultSumParams).pass).toBe(false);
  });
  it('throughput: within a quarter of the measured GB/s', () => {
    expect(throughput.check(result, { gbps: '7' }, defaultSumParams).pass).toBe(true);
    expect(throughput.check(result, { gbps: '2' }, defaultSumParams).pass).toBe(false);
  });
});
