import { describe, expect, it } from 'vitest';
import { rpcPrediction } from './compute';
import { simulateRpc, type RpcConfig } from './rpc';
import { expectWithin, meanAndError } from './testing';
import { binomialStandardError } from './workload';

/** Arrivals one per millisecond: the chain's hops have unlimited capacity, so only the count matters. */
const arrivals = (n: number) => Array.from({ length: n }, (_, i) => i);

const config = (overrides: Partial<RpcConfig>): RpcConfig => ({
  arrivalsMs: arrivals(40_000),
  hops: 4,
  failureRate: 0.01,
  latency: { shape: 'fixed', ms: 10 },
  timeoutMs: 100,
  retry: { maxRetries: 0, backoffMs: 0 },
  seed: 1,
  ...overrides,
});

function errorRateCheck(c: RpcConfig, expected: number) {
  const log = simulateRpc(c);
  const n = c.arrivalsMs.length;
  return expectWithin(log.failed / n, expected, binomialStandardError(expected, n));
}

describe('an RPC chain without retries', () => {
  it.each([
    // [per-hop failure, hops, expected error rate]; 4 × 1 % would be 4.00 %, 4 × 10 % would be 40 %.
    [0.01, 4, 1 - 0.99 ** 4], // the chapter's ≈ 3.9 %
    [0.01, 5, 1 - 0.99 ** 5], // 5 hops at 99 %: ≈ 95 % succeed
    [0.1, 4, 1 - 0.9 ** 4], // 34.4 %, far from the linear 40 %
    [0.3, 3, 1 - 0.7 ** 3],
  ])('at p = %s over %s hops fails 1 − (1 − p)^H of requests, within 4 standard errors', (p, hops, expected) => {
    const check = errorRateCheck(config({ failureRate: p, hops }), expected);
    expect(check.ok, check.message).toBe(true);
  });

  it('at p = 1 % over 5 hops leaves about 95 % succeeding, as the chapter says', () => {
    const log = simulateRpc(config({ hops: 5 }));
    const success = 1 - log.failed / 40_000;
    expect(success).toBeGreaterThan(0.945);
    expect(success).toBeLessThan(0.957);
  });

  it('adds fixed per-hop latencies exactly', () => {
    const log = simulateRpc(config({ latency: { shape: 'fixed', ms: 12.5 }, failureRate: 0.05 }));
    let answered = 0;
    for (let i = 0; i < log.arrivalsMs.length; i++) {
      if (Number.isNaN(log.doneMs[i]!)) continue;
      answered++;
      expect(log.doneMs[i]! - log.arrivalsMs[i]!).toBe(50);
    }
    expect(answered).toBe(40_000 - log.failed);
  });

  it('reports a failure to A at the failed hop’s timeout', () => {
    const log = simulateRpc(config({ hops: 3, failureRate: 0.2, timeoutMs: 100 }));
    const waits = new Set<number>();
    for (let i = 0; i < log.arrivalsMs.length; i++) if (Number.isNaN(log.doneMs[i]!)) waits.add(log.callerDoneMs[i]! - log.arrivalsMs[i]!);
    // A failure at the first, second or third hop: 0, 10 or 20 ms of answered hops, then the 100 ms timeout.
    expect([...waits].sort((a, b) => a - b)).toEqual([100, 110, 120]);
  });

  it('turns calls slower than the timeout into failures: exponential calls, mean 10 ms, timeout 20 ms', () => {
    const slower = Math.exp(-20 / 10); // P(call > 20 ms) = e^(−2) ≈ 13.5 %
    const c = config({ hops: 2, failureRate: 0, latency: { shape: 'exponential', ms: 10 }, timeoutMs: 20 });
    const check = errorRateCheck(c, 1 - (1 - slower) ** 2);
    expect(check.ok, check.message).toBe(true);
    const log = simulateRpc(c);
    for (let i = 0; i < log.arrivalsMs.length; i++) if (!Number.isNaN(log.doneMs[i]!)) expect(log.doneMs[i]! - log.arrivalsMs[i]!).toBeLessThanOrEqual(40);
    expect(log.slowTimeouts).toBeGreaterThan(0);
    expect(log.injectedFailures).toBe(0);
  });

  it('meets a slow hop on 1 − 0.99^4 ≈ 3.9 % of four-hop requests with the slow-tail shape', () => {
    const log = simulateRpc(config({ failureRate: 0, latency: { shape: 'slow-tail', ms: 10 }, timeoutMs: 250 }));
    let slow = 0;
    for (let i = 0; i < log.arrivalsMs.length; i++) if (log.doneMs[i]! - log.arrivalsMs[i]! > 40) slow++;
    const expected = 1 - 0.99 ** 4;
    const check = expectWithin(slow / 40_000, expected, binomialStandardError(expected, 40_000));
    expect(check.ok, check.message).toBe(true);
  });
});

describe('an RPC chain with retries', () => {
  it.each([
    [0.2, 2, 4], // per hop 1 − 0.2³ = 0.992, chain 0.968
    [0.3, 1, 3], // per hop 1 − 0.3² = 0.91, chain 0.754
    [0.01, 1, 4], // per hop 0.9999: retries take the chapter's 3.9 % down to 0.04 %
  ])('at p = %s with %s retries over %s hops: each hop succeeds with 1 − p^(r+1)', (p, retries, hops) => {
    const expected = 1 - (1 - p ** (retries + 1)) ** hops;
    const check = errorRateCheck(config({ failureRate: p, hops, retry: { maxRetries: retries, backoffMs: 20 } }), expected);
    expect(check.ok, check.message).toBe(true);
    expect(rpcPrediction(p, hops, { shape: 'fixed', ms: 10 }, 100, retries).predictedErrorRate).toBeCloseTo(expected, 12);
  });

  it('waits timeout plus a jittered, doubling backoff per retry: the mean latency matches its closed form', () => {
    const [p, L, T, b] = [0.2, 10, 50, 20];
    const log = simulateRpc(config({ hops: 1, failureRate: p, timeoutMs: T, latency: { shape: 'fixed', ms: L }, retry: { maxRetries: 2, backoffMs: b } }));
    const latencies: number[] = [];
    for (let i = 0; i < log.arrivalsMs.length; i++) if (!Number.isNaN(log.doneMs[i]!)) latencies.push(log.doneMs[i]! - log.arrivalsMs[i]!);
    // Given success, f earlier attempts failed with probability p^f (1 − p) / (1 − p³); each failure
    // cost the timeout plus a wait drawn uniformly from [0, b·2^k], mean b·2^k / 2.
    const success = 1 - p ** 3;
    const expected = L + ((p * (1 - p)) / success) * (T + b / 2) + ((p * p * (1 - p)) / success) * (2 * T + b / 2 + b);
    const { mean, standardError } = meanAndError(latencies);
    const check = expectWithin(mean, expected, standardError);
    expect(check.ok, check.message).toBe(true);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(L + 2 * T + b + 2 * b);
    expect(log.attempts).toBeGreaterThan(40_000); // retries are extra calls
  });
});

describe('a seeded chain', () => {
  it('replays exactly with the same seed, and differs with another', () => {
    const c = config({ latency: { shape: 'exponential', ms: 10 }, failureRate: 0.05, retry: { maxRetries: 2, backoffMs: 10 }, arrivalsMs: arrivals(2000) });
    const a = simulateRpc(c);
    const b = simulateRpc(c);
    expect(Array.from(b.doneMs)).toEqual(Array.from(a.doneMs));
    expect(b.failed).toBe(a.failed);
    const other = simulateRpc({ ...c, seed: 2 });
    expect(Array.from(other.doneMs)).not.toEqual(Array.from(a.doneMs));
  });
});
