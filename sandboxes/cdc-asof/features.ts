import type { Row } from '@/lib/engines/sql';
import { isPeak } from './generate';
import { FEATURES, type ChangeEvent, type Feature, type Inequality, type OrderRow } from './model';

type Source = Pick<OrderRow, 'distance_km' | 'items' | 'placed_at' | 'accepted_at' | 'courier_id' | 'reassignments' | 'picked_up_at'>;

/** The model's features from one version of the row; null (no row at the anchor) gives all zeros. */
export function featureValues(row: Source | null): Record<Feature, number> {
  if (!row) return { distance_km: 0, items: 0, peak_hour: 0, accepted: 0, courier_assigned: 0, reassignments: 0, picked_up: 0 };
  return {
    distance_km: row.distance_km,
    items: row.items,
    peak_hour: isPeak(row.placed_at),
    accepted: row.accepted_at === null ? 0 : 1,
    courier_assigned: row.courier_id === null ? 0 : 1,
    reassignments: row.reassignments,
    picked_up: row.picked_up_at === null ? 0 : 1,
  };
}

const num = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** A row from either join as the features' source; null when the join found no row or found a delete. */
export function sourceOf(row: Row): Source | null {
  if (row.lsn === null || row.lsn === undefined || Number(row.deleted) === 1) return null;
  return {
    distance_km: Number(row.distance_km),
    items: Number(row.items),
    placed_at: Number(row.placed_at),
    accepted_at: num(row.accepted_at),
    courier_id: num(row.courier_id),
    reassignments: Number(row.reassignments),
    picked_up_at: num(row.picked_up_at),
  };
}

export const vector = (values: Record<Feature, number>): number[] => FEATURES.map((f) => values[f]);

/** Events grouped by key, each group in log order. */
export function byKey(events: readonly ChangeEvent[]): Map<number, ChangeEvent[]> {
  const groups = new Map<number, ChangeEvent[]>();
  for (const event of events) {
    const group = groups.get(event.orderId);
    if (group) group.push(event);
    else groups.set(event.orderId, [event]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.lsn - b.lsn);
  return groups;
}

/**
 * The row as it stood at `anchorS`, by replaying the key's events in log order and stopping at the
 * first committed after the anchor (the chapter's row_as_of); with '>' an event committed exactly at
 * the anchor is not yet seen. `lsn` is the last event applied (null if none); a delete leaves no row.
 */
export function rowAsOf(events: readonly ChangeEvent[], anchorS: number, inequality: Inequality): { lsn: number | null; row: OrderRow | null } {
  let lsn: number | null = null;
  let row: OrderRow | null = null;
  for (const event of events) {
    const seen = inequality === '>=' ? anchorS >= event.commitS : anchorS > event.commitS;
    if (!seen) break;
    lsn = event.lsn;
    row = event.op === 'd' ? null : event.after;
  }
  return { lsn, row };
}

/** For each feature, the commit second of the last event that changed its value (what the final row shows was written then). */
export function lastChanges(events: readonly ChangeEvent[]): Record<Feature, number> {
  const changed = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
  let previous: Record<Feature, number> | null = null;
  for (const event of events) {
    if (!event.after) continue;
    const values = featureValues(event.after);
    for (const f of FEATURES) if (!previous || previous[f] !== values[f]) changed[f] = event.commitS;
    previous = values;
  }
  return changed;
}
