import { createRng, type Rng } from '@/lib/random';
import { sigmoid } from '@/lib/ml/logistic';
import type { CdcAsofParams, ChangeEvent, OrderRow } from './model';

import { DAY_S } from './time';

export { DAY_S };
const MIN = 60;
export const RESTAURANTS = 12;
export const COURIERS = 80;
/** Where LSNs start: PostgreSQL prints this one as 0/16B3748. */
const FIRST_LSN = 0x16b3748;

/** The log's end: the last day's evening orders have all finished three hours after midnight. */
export const horizonS = (days: number) => days * DAY_S + 3 * 3600;

export const isPeak = (placedAt: number) => {
  const hour = Math.floor((placedAt % DAY_S) / 3600);
  return hour >= 18 && hour < 21 ? 1 : 0;
};

/** The chance an order ends cancelled, from what is known when it is placed and its restaurant's own effect. */
export function cancelChance(distanceKm: number, items: number, placedAt: number, restaurantEffect: number): number {
  return sigmoid(-2.6 + 0.3 * (distanceKm - 3) + 0.7 * isPeak(placedAt) + 0.15 * (items - 2) + restaurantEffect);
}

type Patch = Partial<OrderRow> | 'delete';

/** One order's changes in commit order: its creation, then patches at strictly later seconds. */
function orderTimeline(rng: Rng, orderId: number, placedAt: number, effects: readonly number[], purge: number): Array<[number, Patch]> {
  const restaurant = rng.int(1, RESTAURANTS);
  const distance = Math.round(Math.min(12, 0.5 + rng.exponential(1 / 2.6)) * 10) / 10;
  const items = Math.min(8, 1 + Math.floor(rng.exponential(1 / 1.4)));
  const created: OrderRow = {
    order_id: orderId, status: 'placed', restaurant_id: restaurant, distance_km: distance, items, placed_at: placedAt,
    accepted_at: null, courier_id: null, reassignments: 0, picked_up_at: null, delivered_at: null, cancelled_at: null,
  };
  const steps: Array<[number, Patch]> = [[placedAt, created]];
  let t = placedAt;
  const at = (delay: number) => (t = Math.max(t + 1, Math.round(t + delay)));
  const cancels = rng.bernoulli(cancelChance(distance, items, placedAt, effects[restaurant - 1]!));
  const cancelEarly = cancels && rng.bernoulli(0.55);
  let closedAt: number;
  if (cancelEarly) {
    closedAt = at(rng.int(2 * MIN, 15 * MIN));
    steps.push([closedAt, { status: 'cancelled', cancelled_at: closedAt }]);
  } else {
    const accepted = at(MIN + rng.exponential(1 / (2.5 * MIN)));
    steps.push([accepted, { status: 'accepted', accepted_at: accepted }]);
    steps.push([at(MIN + rng.exponential(1 / (3 * MIN))), { courier_id: rng.int(1, COURIERS) }]);
    let reassignments = 0;
    while (reassignments < 3 && rng.bernoulli(reassignments === 0 ? (cancels ? 0.6 : 0.12) : 0.3)) {
      reassignments++;
      steps.push([at(rng.int(3 * MIN, 10 * MIN)), { courier_id: rng.int(1, COURIERS), reassignments }]);
    }
    if (cancels) {
      closedAt = at(rng.int(3 * MIN, 12 * MIN));
      steps.push([closedAt, { status: 'cancelled', cancelled_at: closedAt }]);
    } else {
      const pickup = Math.max(at(30), Math.round(accepted + rng.int(8 * MIN, 25 * MIN)));
      t = pickup;
      steps.push([pickup, { status: 'picked_up', picked_up_at: pickup }]);
      closedAt = at(Math.max(3 * MIN, (4 + 3 * distance) * MIN + rng.normal(0, 3 * MIN)));
      steps.push([closedAt, { status: 'delivered', delivered_at: closedAt }]);
      // Support corrects an address afterwards now and then: a field known at checkout changes later too.
      if (rng.bernoulli(0.04)) steps.push([at(rng.int(5 * MIN, 60 * MIN)), { distance_km: Math.round(Math.max(0.3, distance + rng.normal(0, 1.5)) * 10) / 10 }]);
    }
  }
  if (cancels && rng.bernoulli(purge)) steps.push([at(DAY_S + rng.int(0, 3600)), 'delete']);
  return steps;
}

/** Seconds from the start of day 0: lunch and dinner peaks, between 10:00 and 23:30. */
function placementTime(rng: Rng, day: number): number {
  const hour = rng.bernoulli(0.35) ? rng.normal(12.5, 1) : rng.normal(19.5, 1.3);
  return day * DAY_S + Math.round(Math.min(23.5, Math.max(10, hour)) * 3600);
}

export interface GeneratedLog {
  /** Every change in log order (LSN strictly increasing), each once: what the database committed. */
  events: ChangeEvent[];
  /** Each order's final row (deleted orders are absent): replaying `events` in order gives exactly this. */
  finalRows: Map<number, OrderRow>;
  orders: number;
  restaurantEffects: number[];
}

/** The application's change log for the whole period, from the seed. */
export function generateLog(params: Pick<CdcAsofParams, 'ordersPerDay' | 'days' | 'purgePercent' | 'seed'>): GeneratedLog {
  const rng = createRng(params.seed);
  const effects = Array.from({ length: RESTAURANTS }, () => rng.normal(0, 0.7));
  const horizon = horizonS(params.days);
  const pending: Array<{ t: number; orderId: number; seq: number; patch: Patch }> = [];
  let orderId = 1000;
  for (let day = 0; day < params.days; day++) {
    const times = Array.from({ length: params.ordersPerDay }, () => placementTime(rng, day)).sort((a, b) => a - b);
    for (const placedAt of times) {
      orderId++;
      orderTimeline(rng, orderId, placedAt, effects, params.purgePercent / 100).forEach(([t, patch], seq) => {
        if (t <= horizon) pending.push({ t, orderId, seq, patch });
      });
    }
  }
  pending.sort((a, b) => a.t - b.t || a.orderId - b.orderId || a.seq - b.seq);
  const rows = new Map<number, OrderRow>();
  const events: ChangeEvent[] = [];
  let lsn = FIRST_LSN;
  for (const { t, orderId: id, patch } of pending) {
    lsn += rng.int(120, 520); // a change record's size in bytes, roughly
    const before = rows.get(id) ?? null;
    if (patch === 'delete') {
      rows.delete(id);
      events.push({ op: 'd', before, after: null, lsn, commitS: t, orderId: id });
    } else {
      const after = { ...(before as OrderRow), ...patch };
      rows.set(id, after);
      events.push({ op: before ? 'u' : 'c', before, after, lsn, commitS: t, orderId: id });
    }
  }
  return { events, finalRows: rows, orders: orderId - 1000, restaurantEffects: effects };
}

/** One event as a Debezium-style envelope (op, before, after, source.lsn, source.ts_ms), the commit time as epoch ms from 5 Jan 2026. */
export function envelope(event: ChangeEvent): string {
  const epoch = Date.UTC(2026, 0, 5);
  const source = { connector: 'postgresql', table: 'orders', lsn: event.lsn, ts_ms: epoch + event.commitS * 1000 };
  // One field a line, each row image on one line: readable, and short enough to scroll.
  return `{\n  "op": "${event.op}",\n  "before": ${JSON.stringify(event.before)},\n  "after": ${JSON.stringify(event.after)},\n  "source": ${JSON.stringify(source)}\n}`;
}
