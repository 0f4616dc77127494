import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import { median, rowCountVerdict, totalVariation } from './checks';
import { transformChecks } from './gates';
import { AGENCIES } from './source';

describe('the rules the checks apply', () => {
  it('row count: the chapter’s worked example (9,000 before; half to double passes)', () => {
    expect(rowCountVerdict(120, [9000]).passed).toBe(false);
    expect(rowCountVerdict(40_000, [9000]).passed).toBe(false);
    expect(rowCountVerdict(7800, [9000]).passed).toBe(true);
    expect(rowCountVerdict(4500, [9000]).passed).toBe(true);
    expect(rowCountVerdict(18_000, [9000]).passed).toBe(true);
    expect(rowCountVerdict(0, []).passed).toBe(false);
    // The median of the last seven: one odd day in the history does not move the band.
    expect(rowCountVerdict(1000, [1, 1000, 1000, 1000, 1000, 1000, 1000]).base).toBe(1000);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('distribution shift: the chapter’s three complaint types, 40/30/30 against 25/30/45, are 0.15 apart', () => {
    const base = new Map([['noise', 0.4], ['heat', 0.3], ['parking', 0.3]]);
    const today = new Map([['noise', 0.25], ['heat', 0.3], ['parking', 0.45]]);
    expect(totalVariation(today, base)).toBeCloseTo(0.15, 12);
    expect(totalVariation(base, base)).toBe(0);
    expect(totalVariation(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(1);
  });
});

/** A hand-made staged table: one row per rule it breaks, plus rows that break nothing. */
const STAGE = `CREATE TABLE stage AS SELECT * FROM (VALUES
  (1, '101', TIMESTAMP '2026-01-05 10:00:00', 'NYPD', 'Noise - Residential', 'BROOKLYN', 'Closed'),
  (2, '102', TIMESTAMP '2026-01-05 10:05:00', 'HPD', 'HEAT/HOT WATER', 'QUEENS', 'Open'),
  (3, '102', TIMESTAMP '2026-01-05 10:05:00', 'HPD', 'HEAT/HOT WATER', 'QUEENS', 'Open'),
  (4, '103', TIMESTAMP '2026-01-05 11:00:00', NULL, 'Rodent', 'BRONX', 'Closed'),
  (5, '104', TIMESTAMP '2026-01-05 11:30:00', 'DOT', NULL, 'Brooklyn', 'Closed'),
  (6, '105', TIMESTAMP '2026-01-05 12:00:00', 'SANIT', 'Dirty Condition', 'MANHATTAN', 'CLOSED'),
  (7, NULL, TIMESTAMP '2026-01-05 12:30:00', 'DEP', 'Sewer', NULL, 'Closed'),
  (8, NULL, TIMESTAMP '2026-01-05 12:40:00', 'DEP', 'Sewer', 'QUEENS', 'In Progress')
) AS t(row_id, unique_key, created_at, agency, complaint_type, borough, status)`;

describe('the tests after the transform, on a hand table (dbt’s semantics)', () => {
  let db: SqlEngine;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    db.load('agencies', [{ name: 'agency', type: 'text' }], [AGENCIES.map((a) => a.agency)]);
    db.exec(STAGE);
  }, 60_000);
  afterAll(() => db.close());

  it('finds exactly the rows each test should, and lets nulls through every test but not_null', () => {
    const { checks, failingRows } = transformChecks(db, 'stage');
    const by = Object.fromEntries(checks.map((c) => [c.check, c]));
    // unique: the second copy of 102 only; the two null keys are not duplicates to dbt's unique.
    expect(by.unique!.failing).toBe(1);
    // not_null: row 4 (agency), 5 (complaint_type), 7 (key and borough), 8 (key).
    expect(by.not_null!.failing).toBe(4);
    expect(by.not_null!.detail).toContain('unique_key (2)');
    // accepted_values: "Brooklyn" (row 5) and "CLOSED" (row 6); row 7's null borough passes.
    expect(by.accepted_values!.failing).toBe(2);
    // relationships: SANIT (row 6); row 4's null agency passes.
    expect(by.relationships!.failing).toBe(1);
    expect([...failingRows].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});
