import { describe, expect, it } from 'vitest';
import { runSplitsLeakage } from './compute';
import { usersOnBothSides, withoutFutureFeature } from './exercises';
import { closestSplit, explainRun, gapOf } from './explain';
import { defaultSplitsLeakageParams, type SplitsLeakageParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const small: SplitsLeakageParams = { ...defaultSplitsLeakageParams, users: 300, days: 60 };

describe('splits-leakage exercises', () => {
  it('users on both sides: the counts from the run pass, others fail', () => {
    const r = runSplitsLeakage(small, hooks);
    const random = String(r.scores[0]!.usersBoth);
    expect(usersOnBothSides.check(r, { random, group: '0' }, small).pass).toBe(true);
    expect(usersOnBothSides.check(r, { random: '0', group: '0' }, small).pass).toBe(false);
  });

  it('honest feature: asks for the setting first, then the nearest split and its gap', () => {
    const p = { ...small, ...withoutFutureFeature.explore };
    const r = runSplitsLeakage(p, hooks);
    const best = closestSplit(r);
    const answers = { split: best.split, gap: gapOf(best).toFixed(3) };
    expect(withoutFutureFeature.check(r, answers, p).pass).toBe(true);
    expect(withoutFutureFeature.check(r, answers, small).feedback).toMatch(/Untick/);
    const other = r.scores.find((s) => s.split !== best.split)!.split;
    expect(withoutFutureFeature.check(r, { ...answers, split: other }, p).pass).toBe(false);
  });

  it('explains the run with its own numbers', () => {
    const r = runSplitsLeakage(small, hooks);
    const text = explainRun(r, small).join(' ');
    expect(text).toContain(String(r.scores[0]!.usersBoth));
    expect(text).toContain(r.scores[1]!.validateAuc.toFixed(3));
    expect(text).toMatch(/15 days around/);
  });
});
