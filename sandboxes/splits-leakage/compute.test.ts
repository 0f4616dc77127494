import { describe, expect, it } from 'vitest';
import { runSplitsLeakage, userRates } from './compute';
import { addWindowFeatures, generateRows } from './generate';
import { defaultSplitsLeakageParams, splitsLeakageParamsSchema, type Row, type SplitsLeakageParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const small: SplitsLeakageParams = { ...defaultSplitsLeakageParams, users: 300, days: 60 };
const row = (user: number, day: number, y: 0 | 1): Row => ({ id: 0, user, day, x1: 0, x2: 0, pastPositives: 0, windowPositives: 0, y });

describe('splits-leakage compute', () => {
  it('window features: 7 days before, and 15 days around with the row itself', () => {
    const rows = [row(1, 0, 1), row(1, 5, 0), row(1, 8, 1), row(1, 20, 1)];
    addWindowFeatures(rows);
    expect(rows.map((r) => r.pastPositives)).toEqual([0, 1, 0, 0]);
    expect(rows.map((r) => r.windowPositives)).toEqual([1, 2, 1, 1]);
  });

  it('the user’s rate leaves a training row’s own label out and falls back to the training mean', () => {
    // User 1: 3 of 4 positive; user 2: 0 of 1; training mean 3/5.
    const train = [row(1, 0, 1), row(1, 1, 1), row(1, 2, 1), row(1, 3, 0), row(2, 0, 0)];
    const rates = userRates(train);
    expect(rates.forOther(row(1, 9, 0))).toBeCloseTo((3 + 10 * 0.6) / (4 + 10), 12);
    expect(rates.forTrain(train[0]!)).toBeCloseTo((2 + 10 * 0.6) / (3 + 10), 12);
    expect(rates.forOther(row(7, 9, 0))).toBeCloseTo(0.6, 12);
  });

  it('the same seed gives the same dataset and result; another seed does not', () => {
    expect(generateRows(small)).toEqual(generateRows(small));
    const a = runSplitsLeakage(small, hooks);
    expect(runSplitsLeakage(small, hooks)).toEqual(a);
    expect(runSplitsLeakage({ ...small, seed: 43 }, hooks).scores[0]!.validateAuc).not.toBe(a.scores[0]!.validateAuc);
  });

  it('the group split has no user and no copy on both sides; the time split no copy; dedupe leaves no copy anywhere', () => {
    const r = runSplitsLeakage(small, hooks);
    const [random, time, group] = r.scores;
    expect(group!.usersBoth).toBe(0);
    expect(group!.duplicatesAcross).toBe(0);
    expect(time!.duplicatesAcross).toBe(0);
    expect(random!.usersBoth).toBeGreaterThan(0.9 * random!.usersValidate);
    expect(random!.duplicatesAcross).toBeGreaterThan(0);
    const d = runSplitsLeakage({ ...small, dedupe: true }, hooks);
    expect(d.scores.every((s) => s.duplicatesAcross === 0)).toBe(true);
    expect(d.rows).toBe(d.originalRows);
  });

  it('the future-data feature inflates validation AUC above the later period for every split', () => {
    const r = runSplitsLeakage(small, hooks);
    for (const s of r.scores) expect(s.validateAuc).toBeGreaterThan(s.laterAuc + 0.02);
  });

  it('the schema refuses bad settings with a message', () => {
    expect(splitsLeakageParamsSchema.safeParse({ ...defaultSplitsLeakageParams, users: 10 }).success).toBe(false);
    expect(splitsLeakageParamsSchema.safeParse({ ...defaultSplitsLeakageParams, duplicatePercent: 80 }).success).toBe(false);
    expect(splitsLeakageParamsSchema.safeParse(defaultSplitsLeakageParams).success).toBe(true);
  });
});
