import { describe, expect, it } from 'vitest';
import { histogram, mean, median, quantile, summarize } from './stats';

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('quantiles (numpy default, linear interpolation)', () => {
  it('matches numpy.percentile on known samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile(oneTo(10), 0.95)).toBeCloseTo(9.55, 12); // np.percentile(range(1, 11), 95)
    expect(quantile(oneTo(100), 0.99)).toBeCloseTo(99.01, 12); // np.percentile(range(1, 101), 99)
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('works on typed arrays and leaves the input order alone', () => {
    const values = new Float64Array([5, 1, 4]);
    expect(median(values)).toBe(4);
    expect([...values]).toEqual([5, 1, 4]);
  });

  it('refuses empty samples, NaN and out-of-range q', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(/not a finite number/);
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('gives the moments and tail percentiles of 1..100', () => {
    const s = summarize(oneTo(100));
    expect(s).toMatchObject({ n: 100, min: 1, max: 100, mean: 50.5, p50: 50.5 });
    expect(s.p95).toBeCloseTo(95.05, 12);
    expect(s.p99).toBeCloseTo(99.01, 12);
    expect(s.sd).toBeCloseTo(29.011491975882016, 12); // sample sd of 1..100
    expect(mean([2, 4, 9])).toBe(5);
  });
});

describe('histogram', () => {
  it('bins a linear sample with the max in the last bin', () => {
    const bins = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { bins: 5 });
    expect(bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 3]);
    expect(bins[0]).toMatchObject({ x0: 0, x1: 2 });
    expect(bins[4]).toMatchObject({ x0: 8, x1: 10 });
  });

  it('spaces log bins by decades', () => {
    const bins = histogram([1, 5, 10, 50, 100, 500, 1000], { bins: 3, scale: 'log' });
    expect(bins.map((b) => [b.x0, b.x1])).toEqual([
      [1, 10],
      [10, 100],
      [100, 1000],
    ]);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 3]);
  });

  it('counts every value once and handles a constant sample', () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 100);
    expect(histogram(values, { bins: 17 }).reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(histogram([3, 3, 3], { bins: 4 })[0]!.count).toBe(3);
    expect(histogram([], { bins: 4 })).toEqual([]);
    expect(() => histogram([0, 1], { bins: 2, scale: 'log' })).toThrow(/above 0/);
  });
});
