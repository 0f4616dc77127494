import { createRng, type Rng } from '@/lib/random';
import { SLOW_TAIL_FACTOR, SLOW_TAIL_SHARE, type LatencyShape } from './model';

/** How long one call takes: `ms` is the fixed time, the exponential mean, or the slow tail's usual time. */
export interface LatencySpec {
  shape: LatencyShape;
  ms: number;
}

export function drawLatency(spec: LatencySpec, rng: Rng): number {
  switch (spec.shape) {
    case 'fixed':
      return spec.ms;
    case 'exponential':
      return rng.exponential(1 / spec.ms);
    case 'slow-tail':
      return rng.next() < SLOW_TAIL_SHARE ? spec.ms * SLOW_TAIL_FACTOR : spec.ms;
  }
}

/** P(a call takes longer than `timeoutMs`), from the shape's distribution. */
export function chanceSlowerThan(spec: LatencySpec, timeoutMs: number): number {
  switch (spec.shape) {
    case 'fixed':
      return spec.ms > timeoutMs ? 1 : 0;
    case 'exponential':
      return Math.exp(-timeoutMs / spec.ms);
    case 'slow-tail':
      return (spec.ms > timeoutMs ? 1 - SLOW_TAIL_SHARE : 0) + (spec.ms * SLOW_TAIL_FACTOR > timeoutMs ? SLOW_TAIL_SHARE : 0);
  }
}

/**
 * A retry policy: after the k-th failed attempt (k = 0, 1, …) wait a random time between 0 and
 * backoffMs × 2ᵏ ("full jitter", as in the ingestion chapter's backoff schedule), then try again,
 * at most `maxRetries` times. maxRetries = 0 means no retries.
 */
export interface RetryPolicy {
  maxRetries: number;
  backoffMs: number;
}

export function backoffDelay(policy: RetryPolicy, retryIndex: number, rng: Rng): number {
  return rng.next() * policy.backoffMs * 2 ** retryIndex;
}

/** Arrival times (ms) of a Poisson process with `ratePerSec` over [0, durationMs). */
export function poissonArrivals(ratePerSec: number, durationMs: number, rng: Rng): number[] {
  const out: number[] = [];
  const perMs = ratePerSec / 1000;
  for (let t = rng.exponential(perMs); t < durationMs; t += rng.exponential(perMs)) out.push(t);
  return out;
}

/**
 * A random stream of its own for each part of a run (arrivals, each mode at each failure rate), so
 * that one part drawing more numbers (say, more retries) does not shift another part's draws, and a
 * point of the sweep equals the main run at the same settings.
 */
export function streamRng(seed: number, label: string): Rng {
  return createRng(`${seed}/${label}`);
}

/** Summary of an outcome count: the binomial standard error √(P(1 − P) / n). */
export function binomialStandardError(probability: number, n: number): number {
  return n > 0 ? Math.sqrt((probability * (1 - probability)) / n) : 0;
}
