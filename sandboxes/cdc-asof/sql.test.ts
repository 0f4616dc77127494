import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import type { ChangeEvent, Inequality } from './model';
import { runSql } from './sql';
import { handEvent, handLog } from './testing';

let db: SqlEngine;
beforeAll(async () => {
  db = await openNodeDuckDB();
}, 120_000);
afterAll(() => db.close());

/** Runs both joins on a fresh set of tables; returns order → [as-of lsn, as-of status] and order → final status. */
function joins(arrivals: readonly ChangeEvent[], anchorMinutes: number, inequality: Inequality) {
  db.exec('DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS log; DROP TABLE IF EXISTS history; DROP TABLE IF EXISTS current_orders; DROP TABLE IF EXISTS labels; DROP TABLE IF EXISTS anchors;');
  const out = runSql(db, arrivals, anchorMinutes, inequality, () => undefined);
  return {
    asof: Object.fromEntries(out.asof.map((r) => [r.order_id, [r.lsn, r.status, r.courier_id, r.cancelled]])),
    naive: Object.fromEntries(out.naive.map((r) => [r.order_id, r.status])),
    currentRows: out.currentRows,
  };
}

// DuckDB-wasm in Node takes a second or more per query on a loaded machine: generous timeouts.
describe('the as-of join on a hand event log', { timeout: 60_000 }, () => {
  it('at placement with >= finds the created row; the final row already holds the future', () => {
    const { asof, naive, currentRows } = joins(handLog(), 0, '>=');
    expect(asof[1]).toEqual([100, 'placed', null, 0]);
    expect(asof[2]).toEqual([250, 'placed', null, 1]);
    expect(naive[1]).toBe('delivered');
    expect(naive[2]).toBeNull(); // deleted a day later: the final table has no row for it
    expect(currentRows).toBe(1);
  });

  it('with > the row committed at the anchor itself is not yet seen, and ASOF LEFT keeps the anchor with NULLs', () => {
    const { asof } = joins(handLog(), 0, '>');
    expect(asof[1]).toEqual([null, null, null, 0]);
    expect(asof[2]).toEqual([null, null, null, 1]);
  });

  it('ten minutes after placement finds the version in force then', () => {
    // Order 1's anchor is 18:12: accepted 18:05, courier 77 at 18:07, picked up only at 18:19.
    const { asof } = joins(handLog(), 10, '>=');
    expect(asof[1]).toEqual([300, 'accepted', 77, 0]);
    expect(asof[2]).toEqual([250, 'placed', null, 1]); // 18:16: its cancellation at 18:20 is still ahead
  });

  it('gives the same rows when every event arrives twice and in reverse order', () => {
    const log = handLog();
    const faulty = [...log, ...log].reverse();
    for (const minutes of [0, 10, 60]) expect(joins(faulty, minutes, '>=')).toEqual(joins(log, minutes, '>='));
  });

  it('keeps one version per key and commit second, the later log position, so ties cannot pick at random', () => {
    const log = handLog();
    const courier = log.find((e) => e.lsn === 300)!;
    const sameSecond = handEvent(310, courier.commitS, courier.after, { courier_id: 78, reassignments: 1 });
    const { asof } = joins([...log, sameSecond], 10, '>=');
    expect(asof[1]).toEqual([310, 'accepted', 78, 0]);
  });
});
