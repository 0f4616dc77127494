import { describe, expect, it } from 'vitest';
import { createRng, seedFromString } from './random';

describe('createRng', () => {
  it('matches the reference C implementation of splitmix32 + xoshiro128**', () => {
    // Printed by the authors' C reference (Vigna's xoshiro128** fed by splitmix32) for seeds 42 and 0.
    const draw5 = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.nextUint32());
    };
    expect(draw5(42)).toEqual([2837322924, 544945897, 479756282, 3500138142, 339756180]);
    expect(draw5(0)).toEqual([3809008728, 1133695204, 53579671, 2891528803, 139681546]);
  });

  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng('lesson-3');
    const b = createRng('lesson-3');
    const c = createRng('lesson-4');
    const seqA = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(seqA);
  });

  it('hashes text seeds with FNV-1a', () => {
    expect(seedFromString('')).toBe(0x811c9dc5);
    expect(seedFromString('a')).toBe(0xe40c292c); // the published FNV-1a 32-bit value for "a"
  });

  it('spreads next() evenly over [0, 1): chi-square over 20 bins', () => {
    const rng = createRng(7);
    const bins = new Array<number>(20).fill(0);
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      if (x < 0 || x >= 1) outside++;
      else bins[Math.floor(x * 20)]! += 1;
    }
    expect(outside).toBe(0);
    const expected = n / 20;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(43.8); // 99.9th percentile of chi-square with 19 degrees of freedom
  });

  it('draws int() inclusively, never outside the bounds, each value about equally often', () => {
    const rng = createRng(11);
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const value = rng.int(-2, 3);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2, 3]);
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(400);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
  });

  it('gives normal() and exponential() their closed-form moments', () => {
    const rng = createRng(2024);
    const n = 100_000;
    const normals = Array.from({ length: n }, () => rng.normal(10, 2));
    const mean = normals.reduce((s, x) => s + x, 0) / n;
    const variance = normals.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(mean).toBeCloseTo(10, 1); // standard error 2 / sqrt(n) ≈ 0.006
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);

    const rate = 4;
    const exps = Array.from({ length: n }, () => rng.exponential(rate));
    const expMean = exps.reduce((s, x) => s + x, 0) / n;
    expect(Math.abs(expMean - 1 / rate)).toBeLessThan(0.005); // standard error 0.25 / sqrt(n) ≈ 0.0008
    const pastOneMean = exps.filter((x) => x > 1 / rate).length / n;
    expect(pastOneMean).toBeCloseTo(Math.exp(-1), 2); // P(X > mean) = e^-1
  });

  it('shuffles into a permutation of the input', () => {
    const rng = createRng(5);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0); // the input is left alone
  });
});
