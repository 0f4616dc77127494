import { describe, expect, it } from 'vitest';
import { computeLambdaKappa } from './compute';
import { lambdaKappaExercises } from './exercises';
import { explainRun } from './explain';
import { defaultLambdaKappaParams, type LambdaKappaParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const runWith = (over: Partial<LambdaKappaParams>) => {
  const params = { ...defaultLambdaKappaParams, ...over };
  return { params, result: computeLambdaKappa(params, hooks) };
};
const exercise = (id: string) => lambdaKappaExercises.find((e) => e.id === id)!;

describe('lambda-kappa exercises', () => {
  it('have unique ids with the sandbox prefix', () => {
    const ids = lambdaKappaExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('lambda-kappa-')).toBe(true);
  });

  it('drift: with the speed layer left on the old code, Lambda serves more users wrong than with both fixed', () => {
    const e = exercise('lambda-kappa-drift');
    const { params, result } = runWith(e.explore!);
    const both = runWith({});
    expect(result.lambda.fixedAt).toBeNull();
    expect(result.lambda.wrongAtEnd).toBeGreaterThan(both.result.lambda.wrongAtEnd);
    expect(e.check(result, { wrong: String(result.lambda.wrongAtEnd) }, params).pass).toBe(true);
    expect(e.check(result, { wrong: String(result.lambda.wrongAtEnd + 1) }, params).pass).toBe(false);
    expect(e.check(both.result, { wrong: String(both.result.lambda.wrongAtEnd) }, both.params).pass).toBe(false);
  });

  it('retention: 3 days deletes the first 2 days before the replay at hour 122, and Kappa ends wrong for those users', () => {
    const e = exercise('lambda-kappa-retention');
    const { params, result } = runWith(e.explore!);
    const sw = result.kappa.lastSwitch!;
    expect(sw.fromHour).toBeGreaterThanOrEqual(122 - 72);
    expect(sw.lostEvents).toBeGreaterThan(0);
    expect(result.kappa.wrongAtEnd).toBe(sw.lostUsers);
    // The switch to a state rebuilt from a truncated log makes the answers worse than the bug did.
    expect(result.kappa.errAtEnd).toBeGreaterThan(result.kappa.errBeforeSwitch!);
    expect(e.check(result, { lost: String(sw.lostEvents), wrong: String(result.kappa.wrongAtEnd) }, params).pass).toBe(true);
    expect(e.check(result, { lost: '0', wrong: String(result.kappa.wrongAtEnd) }, params).pass).toBe(false);
  });

  it('batch compute: a daily run over a steady stream reads about runs × half the final history', () => {
    const e = exercise('lambda-kappa-batch-compute');
    const { params, result } = runWith(e.explore!);
    expect(result.lambda.batchRuns).toBe(params.days);
    // Run k (at hour 24k) reads ~k/days of the stream: Σ k/days = (days + 1) / 2 times the stream.
    expect(result.lambda.batchEvents / result.events).toBeCloseTo((params.days + 1) / 2, 1);
    expect(e.check(result, { events: String(result.lambda.batchEvents) }, params).pass).toBe(true);
    expect(e.check(result, { events: String(result.events) }, params).pass).toBe(false);
  });

  it('the explanation states the verdict and the lost history from the run', () => {
    const { params, result } = runWith({ retentionDays: 3 });
    const lines = explainRun(result, params);
    expect(lines[0]).toContain(`Kappa ${result.kappa.wrongAtEnd}`);
    expect(lines.at(-1)).toContain(`${result.kappa.lastSwitch!.lostEvents.toLocaleString('en-US')} events`);
    expect(lines.at(-1)).toContain('went from');
  });
});
