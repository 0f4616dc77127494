import { describe, expect, it } from 'vitest';
import { estimatePi, insideQuarterCircle } from './compute';
import { defaultCdcAsofParams, cdcAsofParamsSchema } from './model';

const hooks = { now: () => 0, progress: () => {} };

describe('cdc-asof compute', () => {
  it('places hand-picked points inside or outside the quarter circle', () => {
    expect(insideQuarterCircle(0, 0)).toBe(true);
    expect(insideQuarterCircle(1, 0)).toBe(true);
    expect(insideQuarterCircle(0, 1)).toBe(true); // on the circle counts as inside
    expect(insideQuarterCircle(0.8, 0.7)).toBe(false);
  });

  it('throws the same points for the same seed', () => {
    const params = { ...defaultCdcAsofParams, points: 10_000 };
    expect(estimatePi(params, hooks).inside).toBe(estimatePi(params, hooks).inside);
    expect(estimatePi(params, hooks).inside).not.toBe(estimatePi({ ...params, seed: params.seed + 1 }, hooks).inside);
  });

  it('estimates π within 4 standard errors, and reports its progress up to 1', () => {
    const fractions: number[] = [];
    const result = estimatePi({ ...defaultCdcAsofParams, points: 400_000 }, { now: () => 0, progress: (p) => fractions.push(p.fraction) });
    expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(4 * result.standardError);
    expect(result.estimate).toBe((4 * result.inside) / 400_000);
    expect(fractions.at(-1)).toBe(1);
  });

  it('refuses settings out of range', () => {
    expect(cdcAsofParamsSchema.safeParse(defaultCdcAsofParams).success).toBe(true);
    expect(cdcAsofParamsSchema.safeParse({ ...defaultCdcAsofParams, points: 10 }).success).toBe(false);
    expect(cdcAsofParamsSchema.safeParse({ ...defaultCdcAsofParams, points: 1500.5 }).success).toBe(false);
    expect(cdcAsofParamsSchema.safeParse({ ...defaultCdcAsofParams, seed: -1 }).success).toBe(false);
  });
});
