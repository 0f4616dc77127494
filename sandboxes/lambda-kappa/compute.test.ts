import { describe, expect, it } from 'vitest';
import { computeLambdaKappa, MAX_POINTS, thin } from './compute';
import { defaultLambdaKappaParams, lambdaKappaParamsSchema, type LambdaKappaParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const run = (over: Partial<LambdaKappaParams> = {}) => computeLambdaKappa({ ...defaultLambdaKappaParams, ...over }, hooks);

describe('lambda-kappa compute', () => {
  it('with the defaults: the same seed gives the same run, progress reaches the end, the chart is thinned', () => {
    const seen: number[] = [];
    const a = computeLambdaKappa(defaultLambdaKappaParams, { now: () => 0, progress: (p) => seen.push(p.hour / p.hours) });
    const b = run();
    expect(a).toEqual(b);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(a.chart.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(a.days).toHaveLength(defaultLambdaKappaParams.days);
  });

  it('with the defaults: before the fix both serve the bug; after it Kappa is exact and Lambda off only by dropped late events', () => {
    const r = run();
    expect(r.days[3]!.lambdaWrong).toBeGreaterThan(r.users / 2);
    expect(r.days[3]!.kappaWrong).toBeGreaterThan(r.users / 2);
    expect(r.kappa.wrongAtEnd).toBe(0);
    expect(r.kappa.lastSwitch).toMatchObject({ startedAt: 122, lostEvents: 0 });
    expect(r.lambda.fixedAt).not.toBeNull();
    expect(r.lambda.droppedLate).toBeGreaterThan(0);
    expect(r.lambda.wrongAtEnd).toBeGreaterThan(0);
    // Split by log position, nothing late is dropped and Lambda is exact too.
    const offset = run({ split: 'offset' });
    expect(offset.lambda.droppedLate).toBe(0);
    expect(offset.lambda.wrongAtEnd).toBe(0);
    // The paths: two for Lambda, one for Kappa, all changed.
    expect([r.lambda.pathsChanged, r.lambda.paths, r.kappa.pathsChanged, r.kappa.paths]).toEqual([2, 2, 1, 1]);
  });

  it('closed forms: Kappa reads live events once plus the replay; the speed layer reads every event once', () => {
    const r = run();
    expect(r.kappa.liveEvents).toBe(r.events);
    expect(r.lambda.speedEvents).toBe(r.events);
    expect(r.kappa.replayEvents).toBe(r.kappa.lastSwitch!.processed);
    expect(r.kappa.compute).toBe(r.events + r.kappa.replayEvents);
  });

  it('keeps each series’ worst tick when it thins the samples', () => {
    const samples = Array.from({ length: 960 }, (_, i) => ({ t: (i + 1) / 4, lambdaWrong: i === 517 ? 90 : 1, lambdaErrCents: 0, kappaWrong: 0, kappaErrCents: 0, batchAge: 1, replayBehind: null }));
    const points = thin(samples, 100, 240);
    expect(points).toHaveLength(240);
    expect(Math.max(...points.map((p) => p.lambdaPct))).toBe(90);
    expect(points.at(-1)!.t).toBe(240);
    expect(points[0]!.replayBehind).toBeNull();
  });

  it('refuses settings out of range, each with its own message', () => {
    expect(lambdaKappaParamsSchema.safeParse(defaultLambdaKappaParams).success).toBe(true);
    const refusal = (over: object) => lambdaKappaParamsSchema.safeParse({ ...defaultLambdaKappaParams, ...over }).error?.issues[0]?.message;
    expect(refusal({ replaySpeed: 1 })).toMatch(/never catches up/);
    expect(refusal({ days: 60, eventsPerHour: 1000 })).toMatch(/at most 400,000/);
    expect(refusal({ actions: [{ kind: 'replay', hour: 500 }] })).toMatch(/after the run ends/);
    expect(refusal({ actions: [{ kind: 'deploy', hour: 5, path: 'cron' }] })).toMatch(/code path/);
    expect(refusal({ actions: [{ kind: 'retention', hour: 5, days: 0.1 }] })).toMatch(/half a day/);
    expect(refusal({ seed: -1 })).toMatch(/0 or more/);
  });
});
