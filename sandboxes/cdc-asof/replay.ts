import { createRng } from '@/lib/random';
import type { ChangeEvent, OrderRow, ReplayOutcome } from './model';

/** How far behind its place a late or re-sent event arrives, in events. */
export const MAX_DISPLACEMENT = 60;

/**
 * What the consumer receives: every event once in log order, then faults. A duplicate is a second
 * copy arriving up to MAX_DISPLACEMENT events later (at-least-once redelivery after a restart); a
 * late event arrives after up to that many events that were committed after it (a retried batch).
 */
export function deliver(events: readonly ChangeEvent[], duplicatePercent: number, latePercent: number, seed: number): { arrivals: ChangeEvent[]; duplicates: number; late: number } {
  const rng = createRng(`${seed}:deliver`);
  const keyed: Array<{ key: number; event: ChangeEvent }> = [];
  let duplicates = 0;
  let late = 0;
  events.forEach((event, i) => {
    const isLate = rng.bernoulli(latePercent / 100);
    if (isLate) late++;
    keyed.push({ key: i + (isLate ? rng.int(1, MAX_DISPLACEMENT) + 0.5 : 0), event });
    if (rng.bernoulli(duplicatePercent / 100)) {
      duplicates++;
      keyed.push({ key: i + rng.int(1, MAX_DISPLACEMENT) + 0.25, event });
    }
  });
  keyed.sort((a, b) => a.key - b.key);
  return { arrivals: keyed.map((k) => k.event), duplicates, late };
}

export interface ReplayedTable {
  /** Live rows by key. */
  rows: Map<number, OrderRow>;
  /** The log position each key last took, deleted keys included (their tombstone). */
  positions: Map<number, number>;
  applied: number;
  duplicates: number;
  stale: number;
}

/**
 * The consumer's rule: apply an event only if its LSN is newer than the one the key already holds;
 * an equal LSN is a duplicate and an older one arrived out of order, so both are skipped. A delete
 * leaves a tombstone (the key's LSN is kept after its row is gone), so an older update arriving
 * after the delete cannot bring the row back. Applying an update to a key with no row yet is safe
 * because every after image is the whole row.
 */
export function replayGuarded(arrivals: readonly ChangeEvent[]): ReplayedTable {
  const rows = new Map<number, OrderRow>();
  const positions = new Map<number, number>();
  let applied = 0;
  let duplicates = 0;
  let stale = 0;
  for (const event of arrivals) {
    const held = positions.get(event.orderId);
    if (held !== undefined && event.lsn <= held) {
      if (event.lsn === held) duplicates++;
      else stale++;
      continue;
    }
    positions.set(event.orderId, event.lsn);
    if (event.op === 'd' || !event.after) rows.delete(event.orderId);
    else rows.set(event.orderId, event.after);
    applied++;
  }
  return { rows, positions, applied, duplicates, stale };
}

/** The rule without the guard: apply every event as it arrives (the last to arrive wins). */
export function replayArrivalOrder(arrivals: readonly ChangeEvent[]): Map<number, OrderRow> {
  const rows = new Map<number, OrderRow>();
  for (const event of arrivals) {
    if (event.op === 'd' || !event.after) rows.delete(event.orderId);
    else rows.set(event.orderId, event.after);
  }
  return rows;
}

const describe = (row: OrderRow | undefined) => (row ? `${row.status}${row.courier_id !== null ? `, courier ${row.courier_id}` : ''}, ${row.reassignments} reassigned` : 'no row');

const sameRow = (a: OrderRow, b: OrderRow) => (Object.keys(a) as Array<keyof OrderRow>).every((k) => a[k] === b[k]);

/** Rows that differ between a replayed table and the truth, with up to `limit` examples. */
export function compareTables(truth: ReadonlyMap<number, OrderRow>, replayed: ReadonlyMap<number, OrderRow>, limit = 5): Pick<ReplayOutcome, 'mismatches' | 'examples'> {
  const keys = new Set([...truth.keys(), ...replayed.keys()]);
  let mismatches = 0;
  const examples: ReplayOutcome['examples'] = [];
  for (const key of [...keys].sort((a, b) => a - b)) {
    const a = truth.get(key);
    const b = replayed.get(key);
    if (a && b && sameRow(a, b)) continue;
    mismatches++;
    if (examples.length < limit) examples.push({ orderId: key, truth: describe(a), replayed: describe(b) });
  }
  return { mismatches, examples };
}
