import { describe, expect, it } from 'vitest';
import { auc, logLoss } from './auc';

describe('auc', () => {
  it('counts the pairs a hand case orders right', () => {
    // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of the 4 pairs are in order.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(auc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(auc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
  });

  it('counts a tie as half a pair, so a constant score gives 0.5', () => {
    expect(auc([0.5, 0.5, 0.5, 0.5, 0.5], [1, 0, 0, 1, 0])).toBe(0.5);
    // Positive 0.5 ties negative 0.5 (½) and beats 0.2 (1); positive 0.9 beats both (2): 3.5 of 4.
    expect(auc([0.2, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
  });

  it('has no answer with one class only, and refuses mismatched lengths', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
    expect(() => auc([0.1], [1, 0])).toThrow(/labels/);
  });

  it('gives log loss ln 2 for probability ½ and near 0 for confident right answers', () => {
    expect(logLoss([0.5, 0.5], [0, 1])).toBeCloseTo(Math.LN2, 12);
    expect(logLoss([0.999, 0.001], [1, 0])).toBeCloseTo(-Math.log(0.999), 12);
    expect(Number.isFinite(logLoss([0, 1], [1, 0]))).toBe(true);
  });
});
