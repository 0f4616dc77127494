import { describe, expect, it } from 'vitest';
import { generateLog } from './generate';
import { compareTables, deliver, replayArrivalOrder, replayGuarded } from './replay';
import { handEvent, handLog } from './testing';

describe('replaying change events', () => {
  const c = handEvent(10, 100, null, {}, 7);
  const u = handEvent(20, 200, c.after, { status: 'accepted', accepted_at: 200 });
  const p = handEvent(30, 300, u.after, { status: 'picked_up', picked_up_at: 300 });
  const d = handEvent(40, 400, p.after, 'delete');

  it('skips a duplicate and anything older than the row holds, and a delete keeps its tombstone', () => {
    const replayed = replayGuarded([u, c, u, d, p]);
    expect(replayed.rows.size).toBe(0);
    expect(replayed.positions.get(7)).toBe(40);
    expect([replayed.applied, replayed.duplicates, replayed.stale]).toEqual([2, 1, 2]);
  });

  it('without the guard, the late update brings the deleted order back', () => {
    const rows = replayArrivalOrder([u, c, u, d, p]);
    expect(rows.get(7)?.status).toBe('picked_up');
    expect(compareTables(new Map(), rows).mismatches).toBe(1);
  });

  it('gives the in-order table for any arrival order of the hand log, with every event twice', () => {
    const log = handLog();
    const truth = replayGuarded(log).rows;
    expect([...truth.keys()]).toEqual([1]);
    expect(truth.get(1)?.status).toBe('delivered');
    const twice = [...log, ...log];
    for (let shift = 0; shift < twice.length; shift++) {
      const rotated = [...twice.slice(shift), ...twice.slice(0, shift)].reverse();
      expect(compareTables(truth, replayGuarded(rotated).rows).mismatches).toBe(0);
    }
  });

  it('gives the generated final table from a faulty delivery, seed after seed', () => {
    for (const seed of [1, 2, 3]) {
      const log = generateLog({ ordersPerDay: 80, days: 5, purgePercent: 50, seed });
      const { arrivals, duplicates, late } = deliver(log.events, 30, 30, seed);
      expect(arrivals.length).toBe(log.events.length + duplicates);
      expect(late).toBeGreaterThan(0);
      const guarded = replayGuarded(arrivals);
      expect(compareTables(log.finalRows, guarded.rows).mismatches).toBe(0);
      expect(guarded.applied).toBeLessThanOrEqual(log.events.length);
      expect(compareTables(log.finalRows, replayArrivalOrder(arrivals)).mismatches).toBeGreaterThan(0);
    }
  });
});
