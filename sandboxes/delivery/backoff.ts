import type { Rng } from '@/lib/random';

/** The ceiling before retry `retry` (1 = the first retry): base × 2^(retry − 1), capped. */
export function backoffCeiling(retry: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** (retry - 1));
}

/** Full jitter: the wait is drawn uniformly between 0 and the ceiling, so retrying workers spread out. */
export function jitteredWait(retry: number, baseMs: number, capMs: number, rng: Rng): number {
  return rng.next() * backoffCeiling(retry, baseMs, capMs);
}

/** The expected total wait of a record that fails all `attempts` tries: half of each ceiling, summed over the attempts − 1 retries. */
export function expectedTotalWait(attempts: number, baseMs: number, capMs: number): number {
  let total = 0;
  for (let retry = 1; retry < attempts; retry++) total += backoffCeiling(retry, baseMs, capMs) / 2;
  return total;
}

/** Waits observed before each retry number, for comparing with the ceilings. */
export interface RetryStat {
  retry: number;
  ceilingMs: number;
  count: number;
  meanMs: number;
  maxMs: number;
}

export class RetryStats {
  private readonly sums: number[] = [];
  private readonly counts: number[] = [];
  private readonly maxes: number[] = [];

  add(retry: number, waitMs: number): void {
    this.sums[retry] = (this.sums[retry] ?? 0) + waitMs;
    this.counts[retry] = (this.counts[retry] ?? 0) + 1;
    this.maxes[retry] = Math.max(this.maxes[retry] ?? 0, waitMs);
  }

  rows(baseMs: number, capMs: number, maxAttempts: number): RetryStat[] {
    const rows: RetryStat[] = [];
    for (let retry = 1; retry < maxAttempts; retry++) {
      const count = this.counts[retry] ?? 0;
      rows.push({ retry, ceilingMs: backoffCeiling(retry, baseMs, capMs), count, meanMs: count ? this.sums[retry]! / count : 0, maxMs: this.maxes[retry] ?? 0 });
    }
    return rows;
  }
}
