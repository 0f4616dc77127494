import type { Crossover, LeadChange, Mode } from './model';

/**
 * Where the better of two modes changes along a sweep. "Better" is the smaller value (here, the
 * share of requests missed); points where the two are equal lead nowhere and are passed over, so a
 * change is found between the last point with the old leader and the first with the new one.
 */
export function leadChanges(rates: readonly number[], a: Mode, aValues: readonly number[], b: Mode, bValues: readonly number[]): Crossover {
  if (rates.length !== aValues.length || rates.length !== bValues.length) throw new RangeError('Each mode needs one value per swept rate.');
  const leaderAt = (i: number): Mode | 'tie' => {
    const d = (aValues[i] as number) - (bValues[i] as number);
    return d < 0 ? a : d > 0 ? b : 'tie';
  };
  const changes: LeadChange[] = [];
  // A tie at the start counts as a state of its own, so the first strict lead after it is a change.
  let last: { index: number; leader: Mode | 'tie' } | null = null;
  for (let i = 0; i < rates.length; i++) {
    const leader = leaderAt(i);
    if (leader === 'tie') {
      if (last === null || last.leader === 'tie') last = { index: i, leader };
      continue;
    }
    if (last && leader !== last.leader) {
      const d0 = (aValues[last.index] as number) - (bValues[last.index] as number);
      const d1 = (aValues[i] as number) - (bValues[i] as number);
      const r0 = rates[last.index] as number;
      const r1 = rates[i] as number;
      changes.push({ fromRate: r0, toRate: r1, estimate: r0 + ((r1 - r0) * d0) / (d0 - d1), leader });
    }
    last = { index: i, leader };
  }
  return { a, b, atStart: rates.length ? leaderAt(0) : 'tie', changes };
}

/**
 * The first point at which `mode` misses fewer requests than the other: 'from-start' if it already
 * did at the first swept rate, the first lead change in its favour otherwise (from a tie at the
 * start, too), or null if it never takes the lead.
 */
export function overtakesAt(crossover: Crossover, mode: Mode): LeadChange | 'from-start' | null {
  if (crossover.atStart === mode) return 'from-start';
  return crossover.changes.find((change) => change.leader === mode) ?? null;
}
