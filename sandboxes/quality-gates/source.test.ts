import { describe, expect, it } from 'vitest';
import { LATE_FROM_HOUR, NULL_HOURS, pullOf, requestsOf, titleCase, type SourceRow } from './source';

const cache = new Map<number, SourceRow[]>();
const requests = (day: number) => {
  if (!cache.has(day)) cache.set(day, requestsOf(7, day, 400));
  return cache.get(day)!;
};
const keys = (rows: readonly (readonly unknown[])[]) => rows.map((r) => String(r[0]));

describe('the seeded source', () => {
  it('gives the same day the same requests, and every day its own keys', () => {
    expect(requestsOf(7, 3, 400)).toEqual(requests(3));
    const a = new Set(requests(3).map((r) => r.key));
    expect(requests(4).some((r) => a.has(r.key))).toBe(false);
    expect(a.size).toBe(requests(3).length);
    // Day 1 is a Monday (400 ± noise); day 6 a Saturday (about 80% of that).
    expect(requests(1).length).toBeGreaterThan(300);
    expect(requests(6).length).toBeLessThan(requests(1).length * 1.1);
  });

  it('closes requests with hours only when their status is Closed', () => {
    for (const r of requests(2)) expect(r.hours === null).toBe(r.status !== 'Closed');
  });
});

describe('faults on the pull', () => {
  it('leaves a day without faults alone', () => {
    const pull = pullOf(requests, 2, []);
    expect(pull.writes).toBe(1);
    expect(keys(pull.rows)).toEqual(requests(2).map((r) => r.key));
  });

  it('an empty pull has no rows; a rename changes one column name and no value', () => {
    expect(pullOf(requests, 2, [{ kind: 'empty', day: 2 }]).rows).toHaveLength(0);
    const renamed = pullOf(requests, 2, [{ kind: 'rename', day: 2 }]);
    expect(renamed.columns.map((c) => c.name)).toContain('problem_type');
    expect(renamed.columns.map((c) => c.name)).not.toContain('complaint_type');
    expect(renamed.rows).toEqual(pullOf(requests, 2, []).rows);
  });

  it('a duplicated batch is the same pull written twice', () => {
    const pull = pullOf(requests, 2, [{ kind: 'duplicate', day: 2 }]);
    expect(pull.writes).toBe(2);
    expect(pull.rows).toEqual(pullOf(requests, 2, []).rows);
  });

  it('late data holds back the evening and delivers it with the next pull; a backfill pulls the whole day', () => {
    const faults = [{ kind: 'late', day: 2 }] as const;
    const late = requests(2).filter((r) => r.hour >= LATE_FROM_HOUR).map((r) => r.key);
    expect(late.length).toBeGreaterThan(0);
    expect(keys(pullOf(requests, 2, faults).rows)).toEqual(requests(2).filter((r) => r.hour < LATE_FROM_HOUR).map((r) => r.key));
    expect(keys(pullOf(requests, 3, faults).rows)).toEqual([...late, ...requests(3).map((r) => r.key)]);
    expect(keys(pullOf(requests, 2, faults, true).rows)).toEqual(requests(2).map((r) => r.key));
  });

  it('a burst of nulls empties complaint_type for the hours of the burst, and only those', () => {
    const pull = pullOf(requests, 2, [{ kind: 'nulls', day: 2 }]);
    pull.rows.forEach((row, i) => {
      const hour = requests(2)[i]!.hour;
      expect(row[3] === null).toBe(hour >= NULL_HOURS[0] && hour <= NULL_HOURS[1]);
    });
  });

  it('a unit change multiplies hours by 60; recodes change boroughs and DSNY', () => {
    const clean = pullOf(requests, 2, []).rows;
    const unit = pullOf(requests, 2, [{ kind: 'unit', day: 2 }]).rows;
    unit.forEach((row, i) => {
      const before = clean[i]![6];
      if (before === null) expect(row[6]).toBeNull();
      else expect(Number(row[6])).toBeCloseTo(Number(before) * 60, 6);
    });
    const boroughs = pullOf(requests, 2, [{ kind: 'borough', day: 2 }]).rows;
    expect(boroughs.some((r) => r[4] === 'Brooklyn')).toBe(true);
    expect(boroughs.some((r) => r[4] === 'BROOKLYN')).toBe(false);
    expect(titleCase('STATEN ISLAND')).toBe('Staten Island');
    const agencies = pullOf(requests, 2, [{ kind: 'agency', day: 2 }]).rows;
    expect(agencies.filter((r) => r[2] === 'SANIT')).toHaveLength(clean.filter((r) => r[2] === 'DSNY').length);
  });
});
