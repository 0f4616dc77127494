import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { quantile } from '@/lib/stats';
import { simulateDb, type DbConfig } from './db';
import { batchMeans, expectWithin } from './testing';
import { binomialStandardError, poissonArrivals } from './workload';

const config = (overrides: Partial<DbConfig>): DbConfig => ({
  arrivalsMs: [],
  slowQueriesMs: [],
  slowQueryMs: 500,
  connections: 1,
  failureRate: 0,
  latency: { shape: 'fixed', ms: 10 },
  timeoutMs: 1000,
  retry: { maxRetries: 0, backoffMs: 0 },
  seed: 1,
  ...overrides,
});

const latencies = (log: ReturnType<typeof simulateDb>) => Array.from(log.arrivalsMs, (t, i) => log.doneMs[i]! - t);

describe('the shared database, by hand', () => {
  it("makes A's queries wait behind B's slow query for the one connection", () => {
    const log = simulateDb(config({ arrivalsMs: [100, 200], slowQueriesMs: [0] }));
    // B holds the connection from 0 to 500; A's first query runs 500–510, its second 510–520.
    expect(latencies(log)).toEqual([410, 320]);
  });

  it("gives up on a query at the timeout and cancels it if it has not started", () => {
    const log = simulateDb(config({ arrivalsMs: [100, 250], slowQueriesMs: [0], timeoutMs: 300 }));
    // The first query would finish at 510, past its 400 ms deadline: A gives up and the query is
    // cancelled, so the second one runs at once when B is done (500–510), 260 ms after it was sent.
    expect(log.failed).toBe(1);
    expect(log.callerDoneMs[0]! - 100).toBe(300);
    expect(latencies(log)[1]).toBe(260);
  });

  it('retries a timed-out query, which then waits its turn again', () => {
    const log = simulateDb(config({ arrivalsMs: [100], slowQueriesMs: [0], timeoutMs: 300, retry: { maxRetries: 1, backoffMs: 0 } }));
    // Gives up at 400, retries at once, the connection frees at 500: done at 510.
    expect(log.failed).toBe(0);
    expect(log.attempts).toBe(2);
    expect(latencies(log)).toEqual([410]);
  });

  it('lets a query that is already running finish, holding its connection, after A gave up on it', () => {
    const log = simulateDb(config({ arrivalsMs: [0, 100, 360], latency: { shape: 'fixed', ms: 200 }, timeoutMs: 250 }));
    // The first runs 0–200. The second waits, runs 200–400, and A gives up on it at 350, but it
    // keeps the connection until 400; the third, sent at 360, waits for it and answers at 600.
    expect(latencies(log)).toEqual([200, Number.NaN, 240]);
    expect(log.failed).toBe(1);
  });

  it('counts an answer due exactly at the timeout as on time', () => {
    const log = simulateDb(config({ arrivalsMs: [0], latency: { shape: 'fixed', ms: 200 }, timeoutMs: 200 }));
    expect(latencies(log)).toEqual([200]);
  });
});

describe('the shared database as a queue', () => {
  it('with one connection, Poisson arrivals and exponential query times, matches M/M/1: mean time 1 / (μ − λ)', () => {
    // λ = 50 per second, μ = 100 per second (10 ms queries): mean time in the system 1 / 50 s = 20 ms.
    const arrivalsMs = poissonArrivals(50, 4_000_000, createRng('mm1-db'));
    const log = simulateDb(config({ arrivalsMs, latency: { shape: 'exponential', ms: 10 }, timeoutMs: 60_000 }));
    // Successive customers' times are correlated, so the standard error comes from batch means.
    const { mean, standardError } = batchMeans(latencies(log));
    const check = expectWithin(mean, 20, standardError);
    expect(check.ok, check.message).toBe(true);
  });

  it("adds B's slow queries to A's tail: A's p99 rises while its median barely moves", () => {
    const arrivalsMs = poissonArrivals(100, 120_000, createRng('a'));
    const slowQueriesMs = poissonArrivals(1, 120_000, createRng('b'));
    const shared = config({ arrivalsMs, connections: 4, latency: { shape: 'fixed', ms: 10 }, slowQueryMs: 800, timeoutMs: 5000 });
    const alone = latencies(simulateDb(shared));
    const withB = latencies(simulateDb({ ...shared, slowQueriesMs }));
    expect(quantile(alone, 0.99)).toBeLessThan(40);
    expect(quantile(withB, 0.99)).toBeGreaterThan(3 * quantile(alone, 0.99));
    expect(quantile(withB, 0.5)).toBeLessThan(15);
  });

  it('fails p of the queries that never reach it, and retries bring that to p^(r+1)', () => {
    const arrivalsMs = Array.from({ length: 40_000 }, (_, i) => i * 5);
    const base = config({ arrivalsMs, connections: 4, failureRate: 0.1, timeoutMs: 100 });
    const once = simulateDb(base);
    const a = expectWithin(once.failed / 40_000, 0.1, binomialStandardError(0.1, 40_000));
    expect(a.ok, a.message).toBe(true);
    const twice = simulateDb({ ...base, retry: { maxRetries: 2, backoffMs: 10 } });
    const b = expectWithin(twice.failed / 40_000, 0.001, binomialStandardError(0.001, 40_000));
    expect(b.ok, b.message).toBe(true);
  });
});
