import { ROLLING_MINUTES, ROLLING_POINTS, WINDOW_MINUTES, type ProfileAnswer } from './model';

/**
 * Each model's answer as one canonical text, so "the same answer in every model" is a string
 * comparison the tests and the view can both make.
 */
export const answerText = {
  profile: (p: ProfileAnswer) => JSON.stringify(p),
  fof: (users: readonly number[]) => `${users.length} users: ${users.join(', ')}`,
  revenue: (r: { revenueCents: number; users: number }) => `${r.revenueCents} cents over ${r.users} users`,
  rolling: (counts: readonly number[]) => counts.join(' '),
  address: (a: { ordersShippedThere: number; after: string; stale: number }) => `${a.ordersShippedThere} orders ship to ${a.after}; ${a.stale} stale copies`,
};

/** Recent first; ties broken by the larger id, the same rule in SQL and in JavaScript. */
export function byRecent<T>(time: (x: T) => number, id: (x: T) => number) {
  return (a: T, b: T) => time(b) - time(a) || id(b) - id(a);
}

/** Bucket index of a click among the rolling count's minutes (from `start`), or -1 outside them. */
export function minuteOf(ts: number, start: number): number {
  const m = Math.floor((ts - start) / 60);
  return m >= 0 && m < ROLLING_MINUTES ? m : -1;
}

/**
 * Per-minute counts → the 5-minute rolling counts at each minute mark of the last hour. The count at
 * mark j covers [mark − 5 min, mark), that is minutes j … j + 4.
 */
export function rollingFromMinutes(perMinute: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let j = 0; j < ROLLING_POINTS; j++) {
    let sum = 0;
    for (let b = j; b < j + WINDOW_MINUTES; b++) sum += perMinute[b]!;
    out.push(sum);
  }
  return out;
}
