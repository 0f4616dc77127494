import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { fitLogistic, predictLogistic, sigmoid } from './logistic';

const logit = (p: number) => Math.log(p / (1 - p));

describe('fitLogistic', () => {
  it('recovers the closed form for one 0/1 feature: intercept logit(p0), slope logit(p1) − logit(p0)', () => {
    // x = 0: 1 positive in 4 (p0 = 1/4); x = 1: 3 positives in 5 (p1 = 3/5).
    const x = [[0], [0], [0], [0], [1], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0, 0];
    const model = fitLogistic(x, y, { l2: 0 });
    expect(model.converged).toBe(true);
    expect(model.rawIntercept).toBeCloseTo(logit(1 / 4), 9);
    expect(model.rawWeights[0]).toBeCloseTo(logit(3 / 5) - logit(1 / 4), 9);
    expect(predictLogistic(model, [1])).toBeCloseTo(3 / 5, 9);
  });

  it('with no features fits the base rate, and a constant feature gets weight 0', () => {
    const model = fitLogistic([[7], [7], [7], [7], [7]], [1, 0, 0, 0, 1], { l2: 0 });
    expect(model.rawWeights[0]).toBe(0);
    expect(predictLogistic(model, [7])).toBeCloseTo(2 / 5, 9);
  });

  it('finds the generating weights on a large seeded sample, and L2 shrinks them', () => {
    const rng = createRng(5);
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const row = [rng.normal(0, 1), rng.normal(3, 2)];
      x.push(row);
      y.push(rng.bernoulli(sigmoid(-1 + 1.5 * row[0]! - 0.5 * row[1]!)) ? 1 : 0);
    }
    const model = fitLogistic(x, y, { l2: 0 });
    expect(model.rawIntercept).toBeCloseTo(-1, 0);
    expect(model.rawWeights[0]).toBeCloseTo(1.5, 1);
    expect(model.rawWeights[1]).toBeCloseTo(-0.5, 1);
    const shrunk = fitLogistic(x, y, { l2: 5_000 });
    expect(Math.abs(shrunk.weights[0]!)).toBeLessThan(Math.abs(model.weights[0]!));
  });

  it('stays finite on perfectly separated data when penalised', () => {
    const model = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1], { l2: 1 });
    expect(Number.isFinite(model.rawWeights[0])).toBe(true);
    expect(predictLogistic(model, [1])).toBeGreaterThan(0.5);
    expect(() => fitLogistic([], [])).toThrow(/at least one row/);
  });
});
