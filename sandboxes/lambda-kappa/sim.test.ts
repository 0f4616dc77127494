import { describe, expect, it } from 'vitest';
import type { Action } from './model';
import { simulate, type SimConfig, type SimOutcome } from './sim';
import { arrivedBy, generateLog, logOf, valueOf } from './stream';

/**
 * A hand stream of two users. The batch job runs at hour 6 and takes an hour (3 events at 3 an hour).
 * e5 happened at hour 5 but reaches the log at 6.5: after the run read the lake, before it published.
 */
const hand = logOf([
  { user: 0, eventTime: 0.5, arrival: 0.5, cents: 1000 },
  { user: 0, eventTime: 1, arrival: 1, cents: -300 },
  { user: 1, eventTime: 1.5, arrival: 1.5, cents: 2000 },
  { user: 0, eventTime: 7, arrival: 7, cents: 500 },
  { user: 1, eventTime: 5, arrival: 6.5, cents: 400 },
  { user: 1, eventTime: 8, arrival: 8, cents: -100 },
]);
const config: SimConfig = { hours: 12, users: 2, batchEvery: 6, batchRate: 3, split: 'event-time', retentionDays: 365, replayRate: 2 };
const at = (out: SimOutcome, t: number) => out.samples.find((s) => s.t === t)!;

describe('the logic versions', () => {
  it('v1 skips refunds, v2 counts them', () => {
    expect(valueOf(1, -300)).toBe(0);
    expect(valueOf(2, -300)).toBe(-300);
    expect(valueOf(1, 500)).toBe(500);
  });
});

describe('Lambda on the hand stream', () => {
  it('merges batch view and speed layer; the old code skips the refund and the event-time split drops the late event', () => {
    const out = simulate(hand, config, []);
    // Published at hour 7: view u0 = 1000 (v1 skips −300), u1 = 2000; the speed layer keeps e4 (+500) and drops late e5.
    expect(out.lambda.publishes).toEqual([{ at: 7, start: 6, read: 3, version: 1, dropped: 1 }]);
    expect(out.top.find((r) => r.user === 0)).toMatchObject({ truth: 1200, lambda: 1500 });
    // u1: truth 2000 + 400 − 100 = 2300; served 2000 (e5 dropped, e6 a refund v1 skips).
    expect(out.top.find((r) => r.user === 1)).toMatchObject({ truth: 2300, lambda: 2000 });
    // Before the publish the speed layer held everything: u0 wrong by 300 (the refund), u1 right.
    expect(at(out, 6.75)).toMatchObject({ lambdaWrong: 1, lambdaErrCents: 300 });
    expect(at(out, 7)).toMatchObject({ lambdaWrong: 2, lambdaErrCents: 300 + 400 });
    // The second run starts at 12 and has not published when the run ends.
    expect(out.lambda.batchRuns).toBe(2);
    expect(out.lambda.batchEvents).toBe(3 + 6);
  });

  it('split by log position, the late event survives the publish', () => {
    const out = simulate(hand, { ...config, split: 'offset' }, []);
    expect(out.lambda.publishes[0]!.dropped).toBe(0);
    expect(out.top.find((r) => r.user === 1)).toMatchObject({ truth: 2300, lambda: 2400 });
  });

  it('with the fix in both code paths from hour 0 and the split by log position, every tick serves the truth', () => {
    const fix: Action[] = [
      { kind: 'deploy', hour: 0, path: 'batch' },
      { kind: 'deploy', hour: 0, path: 'speed' },
    ];
    const out = simulate(hand, { ...config, split: 'offset' }, fix);
    expect(out.samples.every((s) => s.lambdaWrong === 0)).toBe(true);
    expect(out.lambda.fixedAt).toBe(7);
  });

  it('with the fix in the speed layer only, the batch view brings the bug back at its publish', () => {
    const out = simulate(hand, { ...config, split: 'offset' }, [{ kind: 'deploy', hour: 0, path: 'speed' }]);
    expect(at(out, 6.75).lambdaWrong).toBe(0);
    expect(at(out, 7)).toMatchObject({ lambdaWrong: 1, lambdaErrCents: 300 });
    expect(out.lambda.fixedAt).toBeNull();
  });

  it('batch compute is runs × history size when the history is complete before the first run', () => {
    const early = logOf(Array.from({ length: 50 }, (_, i) => ({ user: i % 3, eventTime: i / 100, arrival: i / 100, cents: 100 })));
    const out = simulate(early, { ...config, users: 3, batchEvery: 2, batchRate: 1e9, hours: 10 }, []);
    expect(out.lambda.batchRuns).toBe(5);
    expect(out.lambda.batchEvents).toBe(5 * 50);
  });
});

describe('Kappa on the hand stream', () => {
  const fix: Action[] = [
    { kind: 'deploy', hour: 9, path: 'stream' },
    { kind: 'replay', hour: 9 },
  ];

  it('replays the whole log with the fixed code and switches when caught up: every user right', () => {
    const out = simulate(hand, config, fix);
    // Before the switch the old state: u0 1500 (refund skipped), u1 2400 (e6 arrived at 8, before the fix).
    expect(at(out, 11.75)).toMatchObject({ kappaWrong: 2, kappaErrCents: 300 + 100 });
    // 6 events at 2 an hour: caught up at hour 12.
    expect(out.kappa.switches).toHaveLength(1);
    expect(out.kappa.switches[0]).toMatchObject({ startedAt: 9, at: 12, processed: 6, from: 0, lostEvents: 0, lostUsers: 0, lostCents: 0 });
    expect(at(out, 12).kappaWrong).toBe(0);
    expect(out.kappa.fixedAt).toBe(12);
  });

  it('with 4 hours of retention the replay starts at e5 and cannot bring back what was deleted', () => {
    const out = simulate(hand, { ...config, retentionDays: 4 / 24 }, fix);
    // At hour 9 the log holds events that arrived after hour 5: e5, e4, e6 (3 events, 1.5 hours to read).
    expect(out.kappa.switches[0]).toMatchObject({ at: 10.5, processed: 3, from: 3, fromHour: 6.5, lostEvents: 3, lostUsers: 2, lostCents: 700 + 2000 });
    expect(out.top.find((r) => r.user === 0)).toMatchObject({ truth: 1200, kappa: 500 });
    expect(out.top.find((r) => r.user === 1)).toMatchObject({ truth: 2300, kappa: 300 });
  });

  it('a stream fix without a replay leaves the events before it computed by the old code', () => {
    const out = simulate(hand, config, [{ kind: 'deploy', hour: 0.75, path: 'stream' }]);
    // Only e1 (+1000) came before the fix; the refund at hour 1 is counted: Kappa serves the truth.
    expect(out.wrongAtEnd.kappa).toBe(0);
    const late = simulate(hand, config, [{ kind: 'deploy', hour: 1.25, path: 'stream' }]);
    expect(late.top.find((r) => r.user === 0)).toMatchObject({ truth: 1200, kappa: 1500 });
    expect(late.kappa.fixedAt).toBeNull();
  });
});

describe('replay on a generated stream', () => {
  it('reads exactly the events the log holds from its start to the head at the switch', () => {
    const log = generateLog({ days: 4, users: 50, eventsPerHour: 100, refundShare: 0.1, lateShare: 0.05, lateHours: 6, seed: 7 });
    const out = simulate(log, { ...config, hours: 96, users: 50, batchRate: 1e6, retentionDays: 2, replayRate: 1000 }, [
      { kind: 'deploy', hour: 72, path: 'stream' },
      { kind: 'replay', hour: 72 },
    ]);
    const sw = out.kappa.switches[0]!;
    expect(sw.from).toBe(arrivedBy(log, 72 - 48));
    expect(sw.processed).toBe(arrivedBy(log, sw.at) - sw.from);
    expect(sw.lostEvents).toBe(sw.from);
    // Catch-up: retained / (replay rate − live rate), to within a tick.
    const expected = 72 + (arrivedBy(log, 72) - sw.from) / (1000 - 100);
    expect(Math.abs(sw.at - expected)).toBeLessThan(0.6);
    // What Kappa gets wrong at the end is what the deleted events held.
    expect(out.wrongAtEnd.kappa).toBe(sw.lostUsers);
  });
});
