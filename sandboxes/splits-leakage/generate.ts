import { sigmoid } from '@/lib/ml/logistic';
import { createRng } from '@/lib/random';
import type { Row, SplitsLeakageParams } from './model';

/** Chance that an active user has a row on a given day, and how many days a user stays active. */
const ACTIVE_DAY_CHANCE = 0.6;
const MIN_ACTIVE_DAYS = 15;
const MAX_ACTIVE_DAYS = 45;
/** The label's log-odds: an intercept, two row features, the user's own effect, nothing else. */
const INTERCEPT = -0.5;
const W1 = 0.9;
const W2 = -0.6;

/**
 * Users join on a uniformly drawn day and stay active for a few weeks, so the later period holds
 * returning users and new ones. Each row's label depends on x1, x2 and the user's own effect (a
 * normal draw with sd `userEffect`, the same on every row of that user). A share of rows is copied
 * (same id), as a replayed ingestion batch would. Rows come out sorted by day, then user.
 */
export function generateRows(params: Pick<SplitsLeakageParams, 'users' | 'days' | 'userEffect' | 'duplicatePercent' | 'seed'>): Row[] {
  const rng = createRng(params.seed);
  const base: Row[] = [];
  for (let user = 0; user < params.users; user++) {
    const join = rng.int(0, params.days - 1);
    const active = rng.int(MIN_ACTIVE_DAYS, MAX_ACTIVE_DAYS);
    const effect = rng.normal(0, params.userEffect);
    for (let day = join; day < Math.min(params.days, join + active); day++) {
      if (!rng.bernoulli(ACTIVE_DAY_CHANCE)) continue;
      const x1 = rng.normal();
      const x2 = rng.normal();
      const y = rng.bernoulli(sigmoid(INTERCEPT + W1 * x1 + W2 * x2 + effect)) ? 1 : 0;
      base.push({ id: 0, user, day, x1, x2, pastPositives: 0, windowPositives: 0, y });
    }
  }
  addWindowFeatures(base);
  base.sort((a, b) => a.day - b.day || a.user - b.user);
  base.forEach((r, i) => (r.id = i));
  const rows: Row[] = [];
  for (const r of base) {
    rows.push(r);
    if (rng.bernoulli(params.duplicatePercent / 100)) rows.push({ ...r });
  }
  return rows;
}

/**
 * Per user: positives on the 7 days before the row's day (what serving can know), and positives on
 * the 15 days from 7 before to 7 after, the row's own label included (an aggregate over the finished table).
 * Rows must be grouped so that each user's rows are in day order (as generated).
 */
export function addWindowFeatures(rows: Row[]): void {
  const byUser = new Map<number, Row[]>();
  for (const r of rows) {
    const list = byUser.get(r.user);
    if (list) list.push(r);
    else byUser.set(r.user, [r]);
  }
  for (const list of byUser.values()) {
    for (const r of list) {
      let past = 0;
      let around = 0;
      for (const o of list) {
        if (o.y !== 1) continue;
        if (o.day >= r.day - 7 && o.day < r.day) past++;
        if (o.day >= r.day - 7 && o.day <= r.day + 7) around++;
      }
      r.pastPositives = past;
      r.windowPositives = around;
    }
  }
}
