import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { simulateBus, type BusConfig } from './bus';
import { batchMeans, expectWithin } from './testing';
import { poissonArrivals } from './workload';

const config = (ratePerSec: number, runSec: number, overrides: Partial<BusConfig> = {}): BusConfig => ({
  arrivalsMs: poissonArrivals(ratePerSec, runSec * 1000, createRng(`bus-test/${ratePerSec}/${runSec}`)),
  callLatency: { shape: 'fixed', ms: 1 },
  consumerRatePerSec: 200,
  failureRate: 0,
  retentionMs: 600_000,
  outage: null,
  runMs: runSec * 1000,
  commitIntervalMs: 1000,
  samples: 200,
  seed: 1,
  ...overrides,
});

const delivered = (log: ReturnType<typeof simulateBus>) => Array.from(log.arrivalsMs, (t, i) => log.doneMs[i]! - t);

describe('a message bus whose consumer keeps up', () => {
  it('delivers every message once, loses none, and the producer sees no errors', () => {
    const log = simulateBus(config(100, 120));
    expect(log.lost).toBe(0);
    expect(log.failed).toBe(0);
    expect(log.duplicates).toBe(0);
    expect(delivered(log).every(Number.isFinite)).toBe(true);
    // A waits only for the broker: 1 ms, whatever B does.
    expect(Array.from(log.arrivalsMs, (t, i) => log.callerDoneMs[i]! - t).every((w) => w === 1)).toBe(true);
  });

  it.each([
    [0, 1 / (200 - 100)], // 10 ms
    [0.2, 1 / (200 * 0.8 - 100)], // a failed attempt is redone: capacity 160 per second, 16.7 ms
  ])('at consumer failure rate %s behaves as an M/M/1 queue: mean time in the topic 1 / (μ(1 − p) − λ)', (p, expectedSec) => {
    // A geometric number of exponential attempts is itself exponential, at rate μ(1 − p).
    const log = simulateBus(config(100, 2000, { failureRate: p }));
    const inTopic = delivered(log).map((ms) => ms - 2); // less the 1 ms publish and the 1 ms hand-off to the consumer
    const { mean, standardError } = batchMeans(inTopic);
    const check = expectWithin(mean, expectedSec * 1000, standardError);
    expect(check.ok, check.message).toBe(true);
    expect(log.lost).toBe(0);
  });
});

describe('a consumer outage', () => {
  const outage = { startMs: 20_000, endMs: 40_000 };

  it('builds a backlog of λ × outage and drains it at consumer rate − arrival rate, losing nothing within retention', () => {
    const log = simulateBus(config(100, 120, { outage }));
    expect(log.lost).toBe(0);
    const restart = log.restart!;
    // The backlog is a Poisson count (λ × 20 s = 2,000, sd √2,000), plus the few messages uncommitted at the crash.
    const backlog = expectWithin(restart.backlog, 2000, Math.sqrt(2000) + 100 / 4);
    expect(backlog.ok, backlog.message).toBe(true);
    // Over a drain of D seconds, departures − arrivals varies by about √((μ + λ) D), so the rate by that over D.
    const drainSec = (restart.caughtUpMs! - restart.atMs) / 1000;
    const rate = restart.backlog / drainSec;
    const check = expectWithin(rate, 200 - 100, Math.sqrt(300 * drainSec) / drainSec);
    expect(check.ok, check.message).toBe(true);
    // Not the consumer's full rate: the publishers did not stop.
    expect(rate).toBeLessThan(150);
  });

  it('shows the backlog on the lag chart and B’s view as stale as the outage is long', () => {
    const log = simulateBus(config(100, 120, { outage }));
    const beforeRestart = log.lagSeries.filter((point) => point.tSec < 40).at(-1)!; // 39.6 s
    expect(beforeRestart.lag).toBeGreaterThan(1800);
    expect(beforeRestart.stalenessSec).toBeGreaterThan(19.5);
    expect(log.lagSeries[0]).toEqual({ tSec: 0, lag: 0, stalenessSec: 0 });
    // The message published as the consumer went down waited the whole outage, and then its turn.
    expect(log.maxStalenessMs).toBeGreaterThan(20_000);
    expect(log.maxStalenessMs).toBeLessThan(20_000 + 1000);
  });

  it('redelivers what was processed since the last recorded position: at least once, not exactly once', () => {
    const log = simulateBus(config(100, 120, { outage: { startMs: 20_500, endMs: 40_000 } }));
    // Half a second after the last commit at 20 s, about 50 messages had been processed; they come again.
    expect(log.duplicates).toBeGreaterThan(20);
    expect(log.duplicates).toBeLessThan(100);
    expect(log.lost).toBe(0);
    expect(delivered(log).every(Number.isFinite)).toBe(true); // each first delivery counted once
  });

  it('loses messages only when the outage outlasts retention: about λ × (outage − retention)', () => {
    const within = simulateBus(config(100, 120, { outage, retentionMs: 20_500 }));
    expect(within.lost).toBe(0);
    const beyond = simulateBus(config(100, 120, { outage, retentionMs: 15_000 }));
    // Messages published in the outage's first 5 s expire before the consumer is back; the rest are
    // read in time, since the backlog drains faster than it ages. A Poisson count: λ × 5 s = 500, sd √500.
    const check = expectWithin(beyond.lost, 500, Math.sqrt(500));
    expect(check.ok, check.message).toBe(true);
    expect(beyond.maxStalenessMs).toBeGreaterThanOrEqual(15_000);
  });
});

describe('a consumer that cannot keep up', () => {
  it('lets the backlog grow at λ − μ(1 − p) while the producer still sees no errors', () => {
    // μ = 100 per second failing 20 % of attempts finishes 80 per second; 100 arrive: +20 per second.
    const log = simulateBus(config(100, 100, { consumerRatePerSec: 100, failureRate: 0.2 }));
    const growthPerSec = log.backlogAtEnd / 100;
    const check = expectWithin(growthPerSec, 20, Math.sqrt((100 + 80) * 100) / 100);
    expect(check.ok, check.message).toBe(true);
    expect(log.failed).toBe(0);
    expect(log.lost).toBe(0); // retention (10 min) outlasts the backlog, which drains after the run
  });
});

describe('a seeded bus', () => {
  it('replays exactly with the same seed', () => {
    const c = config(100, 30, { failureRate: 0.1, outage: { startMs: 5000, endMs: 9000 }, callLatency: { shape: 'exponential', ms: 5 } });
    expect(simulateBus(c)).toEqual(simulateBus(c));
    expect(simulateBus({ ...c, seed: 2 }).doneMs).not.toEqual(simulateBus(c).doneMs);
  });
});
